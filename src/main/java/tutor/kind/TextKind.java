package tutor.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tutor.grade.AnswerKeyChange;
import tutor.grade.AnswerKeys;
import tutor.grade.CommandForm;
import tutor.grade.CommandMatch;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.grade.TextMatch;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

/** A typed answer: prose, or a shell command compared as a command ({@code match: command}). */
public record TextKind(Exercise.Text body) implements Kind {
  public static final Format FORMAT =
      new Format() {
        public List<String> fields() {
          return KindYaml.concat(List.of("answers", "regex", "match"), KindYaml.GRADING_FIELDS);
        }

        public Read read(KindFields f) {
          return new Read(f.string("prompt", true).orElse(""), readText(f));
        }

        public Exercise.Body outline(int options, int correct) {
          return new Exercise.Text(List.of(), null, Normalization.DEFAULT);
        }
      };

  public boolean graded() {
    return true;
  }

  public Presentation present(long seed) {
    return new Presentation(List.of());
  }

  public List<String> items() {
    return List.of();
  }

  public boolean multiLine() {
    return false;
  }

  public String answerLabel() {
    return "Expected";
  }

  public int responses() {
    return 1;
  }

  public String text() {
    return "";
  }

  public String instructions() {
    return "Type your answer.";
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    return text(body, asRun(body, responses.isEmpty() ? "" : responses.get(0)));
  }

  public String expected(Presentation shown) {
    return body.answers().get(0);
  }

  public String key() {
    return body.answers().isEmpty() ? "/" + body.regex() + "/" : body.answers().get(0);
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return NearMiss.forText(body, asRun(body, responses.get(0)), tolerance);
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    return Map.of();
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.TEXT;
  }

  /** Hardly ever guessed; slip 0.12, where typos and phrasing trip the learner who knows. */
  public BktParameters chance(BktParameters skill) {
    return TypedGuess.chance(skill, 0.12);
  }

  /**
   * A command answer without the shell prompt or backticks copied around it ({@code $ git init}),
   * unless an answer of the key starts with either (then they are part of the answer).
   */
  private static String asRun(Exercise.Text t, String typed) {
    if (!t.commandAnswers()) return typed;
    boolean keyHasThem =
        t.answers().stream()
            .map(String::strip)
            .anyMatch(a -> a.startsWith("`") || a.startsWith("$"));
    return keyHasThem ? typed : CommandMatch.withoutPromptOrBackticks(typed);
  }

  private static Outcome text(Exercise.Text t, String typed) {
    if (typed.isBlank()) return new Outcome.Invalid("Type an answer, ? for a hint, or :skip.");
    boolean correct =
        t.answers().stream().anyMatch(a -> AnswerKeys.textMatches(t, typed, a))
            || (t.regex() != null && TextMatch.matchesRegex(typed, t.regex(), t.normalization()));
    return new Outcome.Graded(correct, t.answers().get(0), correct ? "" : argumentSlip(t, typed));
  }

  /**
   * For a command one letter off in a file or branch name ({@code note.md} for {@code notes.md}):
   * says so, since the answer shown may look the same at a glance. Not credited: another name is
   * another file.
   */
  private static String argumentSlip(Exercise.Text t, String typed) {
    if (!t.commandAnswers()) return "";
    for (String a : t.answers()) {
      Optional<List<String>> slip = CommandMatch.argumentSlip(typed, a, t.commands());
      if (slip.isPresent()) {
        return "Almost: you typed "
            + slip.get().get(0)
            + " where the answer has "
            + slip.get().get(1)
            + ". A name one letter off names something else (another file, branch or setting), so it does not count.";
      }
    }
    return "";
  }

  public Optional<String> resetReason(Exercise.Body after) {
    return AnswerKeyChange.text(body, (Exercise.Text) after);
  }

  public Map<String, Object> yaml(String prompt, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    KindYaml.putIf(m, "prompt", prompt);
    m.put("answers", body.answers());
    if (body.regex() != null) m.put("regex", body.regex());
    if (body.commandAnswers()) m.put("match", "command");
    m.putAll(KindYaml.grading(body.normalization(), packGrading));
    return m;
  }

  public Normalization typedGrading() {
    return body.normalization();
  }

  public tutor.pack.Fixture fixture() {
    return null;
  }

  public CommandTable commands() {
    return body.commands();
  }

  public List<String> exampleProblems(List<String> answer, boolean list) {
    return list
        ? List.of("each example is one answer, as a learner would type it, not a list")
        : List.of();
  }

  /** Commands are case-sensitive by nature (-r and -R differ): no case-only warning for them. */
  public List<Lint> lint(String what) {
    if (body.commandAnswers()) return List.of();
    return Examples.caseOnly(what, "the answers", body.answers(), body.normalization()).stream()
        .toList();
  }

  public int[] outlineCounts() {
    return new int[2];
  }

  private static Exercise.Body readText(KindFields f) {
    List<String> answers = f.strings("answers", true);
    if (answers.stream().anyMatch(String::isBlank)) {
      f.error("answers", "an empty answer can never be given: the learner has to type something");
    }
    String regex = f.string("regex", false).orElse(null);
    if (regex != null) {
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        f.error("regex", "'regex' is not a valid regular expression: " + e.getDescription());
      }
    }
    if (answers.isEmpty()) return null;
    Normalization norm = f.grading();
    if (!f.match().equals("command")) return new Exercise.Text(answers, regex, norm);
    CommandTable table = f.commands();
    List<String> programs = new ArrayList<>();
    for (String a : answers) {
      if (!CommandMatch.parses(a)) {
        f.error(
            "answers",
            "answer '"
                + a
                + "' is not a complete command (an open quote or bracket?); "
                + "give it as a command or use match: text");
      }
      programs.addAll(CommandForm.programs(a, table));
    }
    // Only what the answers use, so that an edit to another program's entry leaves this key alone.
    return new Exercise.Text(answers, regex, norm, table.only(programs));
  }
}
