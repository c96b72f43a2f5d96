package tutor.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.AnswerKeyChange;
import tutor.grade.AnswerKeys;
import tutor.grade.CommandForm;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

/** A text with gaps, one typed line per gap (in any order with {@code any_order}). */
public record ClozeKind(Exercise.Cloze body) implements Kind {
  public static final Format FORMAT =
      new Format() {
        public List<String> fields() {
          return KindYaml.concat(List.of("text", "any_order", "match"), KindYaml.GRADING_FIELDS);
        }

        public Read read(KindFields f) {
          return new Read(f.string("prompt", "Fill in the gaps."), readCloze(f));
        }

        public Exercise.Body outline(int options, int correct) {
          return new Exercise.Cloze("", List.of(), Normalization.DEFAULT);
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
    return body.gaps().size();
  }

  public String text() {
    return Gap.blanked(body.text());
  }

  public String instructions() {
    return body.gaps().size() == 1
        ? "Type what goes in the gap."
        : "Fill the " + body.gaps().size() + " gaps, one at a time.";
  }

  /** The whole command (or text) typed at the first gap, rather than what fills that gap. */
  @Override
  public Optional<List<String>> allAtOnce(String firstTyped) {
    return AnswerKeys.wholeText(body, firstTyped);
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    return cloze(body, responses);
  }

  public String expected(Presentation shown) {
    return Gap.filled(body.text());
  }

  public String key() {
    return String.join(" | ", body.gaps().stream().map(Gap::expected).toList());
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return responses.size() == body.gaps().size()
        ? NearMiss.forCloze(body, responses, tolerance)
        : Optional.empty();
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("text", Gap.blanked(body.text()));
    out.put("gaps", body.gaps().size());
    return out;
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.GAPS;
  }

  /** As typed text: hardly ever guessed, slip 0.12. */
  public BktParameters chance(BktParameters skill) {
    return TypedGuess.chance(skill, 0.12);
  }

  private static Outcome cloze(Exercise.Cloze c, List<String> typed) {
    if (typed.size() != c.gaps().size()) {
      return new Outcome.Invalid("Fill all " + c.gaps().size() + " gaps.");
    }
    // One gap is asked as a text answer is: an Enter pressed too soon is no answer (it was graded
    // "'' should be '--oneline'" and rated Again), as it is at each gap of several.
    if (typed.size() == 1 && typed.get(0).isBlank())
      return new Outcome.Invalid("Type what fills the gap, ? for a hint, or :skip.");
    List<String> wrong = new ArrayList<>();
    if (c.anyOrder()) {
      int[] gapOf = AnswerKeys.gapsFilled(c, typed);
      List<String> open = new ArrayList<>();
      for (int g = 0; g < c.gaps().size(); g++) {
        boolean filled = false;
        for (int x : gapOf) filled |= x == g;
        if (!filled) open.add(c.gaps().get(g).expected());
      }
      for (int i = 0; i < typed.size(); i++) {
        if (gapOf[i] < 0) wrong.add("'" + typed.get(i).strip() + "' fills no gap");
      }
      if (!wrong.isEmpty()) wrong.add("missing: '" + String.join("', '", open) + "'");
      return new Outcome.Graded(wrong.isEmpty(), Gap.filled(c.text()), String.join("; ", wrong));
    }
    for (int i = 0; i < c.gaps().size(); i++) {
      Gap gap = c.gaps().get(i);
      String answer = typed.get(i);
      if (!AnswerKeys.gapMatches(c, i, answer)) {
        wrong.add(
            "gap " + (i + 1) + ": '" + answer.strip() + "' should be '" + gap.expected() + "'");
      }
    }
    return new Outcome.Graded(wrong.isEmpty(), Gap.filled(c.text()), String.join("; ", wrong));
  }

  public Optional<String> resetReason(Exercise.Body after) {
    return AnswerKeyChange.cloze(body, (Exercise.Cloze) after);
  }

  public Map<String, Object> yaml(String prompt, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    KindYaml.putIf(m, "prompt", prompt);
    m.put("text", body.text());
    if (body.anyOrder()) m.put("any_order", true);
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

  /** One answer per gap. */
  public List<String> exampleProblems(List<String> answer, boolean list) {
    int gaps = body.gaps().size();
    // A text without gaps is already an error of its own; its examples cannot be judged.
    if (answer.size() == gaps || gaps == 0) return List.of();
    return List.of(
        "the text has "
            + gaps
            + (gaps == 1 ? " gap" : " gaps")
            + " but this example gives "
            + answer.size()
            + (answer.size() == 1 ? " answer" : " answers")
            + (gaps > 1 ? " (give a list with one answer per gap)" : ""));
  }

  /** Case always counts in a command: no case-only warning for a command's gaps. */
  public List<Lint> lint(String what) {
    if (body.commandAnswers()) return List.of();
    List<Lint> out = new ArrayList<>();
    for (int i = 0; i < body.gaps().size(); i++) {
      Examples.caseOnly(
              what,
              "the alternatives of gap " + (i + 1),
              body.gaps().get(i).alternatives(),
              body.normalization())
          .ifPresent(out::add);
    }
    return out;
  }

  public int[] outlineCounts() {
    return new int[2];
  }

  /**
   * A gap opened and never closed: left as text ({@code xs[{{0}]}), or swallowing the next gap's
   * opening ({@code {{0}] and {{1}}} is one gap, {@code 0}] and {{1}).
   */
  private static boolean unclosedGap(String text, List<Gap> gaps) {
    if (Gap.around(text).stream().anyMatch(piece -> piece.contains("{{"))) return true;
    return gaps.stream().flatMap(g -> g.alternatives().stream()).anyMatch(a -> a.contains("{{"));
  }

  private static Exercise.Body readCloze(KindFields f) {
    String text = f.string("text", true).orElse("");
    List<Gap> gaps = Gap.parse(text);
    if (unclosedGap(text, gaps)) {
      f.error("text", "a '{{' is not closed with '}}': end each gap with '}}' ({{answer}})");
    } else if (f.has("text") && gaps.isEmpty()) {
      f.error("text", "a cloze text needs at least one {{gap}}");
    }
    for (int i = 0; i < gaps.size(); i++) {
      if (gaps.get(i).alternatives().isEmpty()) f.error("text", "gap " + (i + 1) + " is empty");
    }
    boolean anyOrder = f.bool("any_order").orElse(false);
    Normalization norm = f.grading();
    if (!f.match().equals("command")) return new Exercise.Cloze(text, gaps, norm, anyOrder, null);
    // A text that is not a command (prose, or an open quote) still compares its gaps as text.
    List<String> programs = CommandForm.programs(Gap.filled(text), f.commands());
    return new Exercise.Cloze(text, gaps, norm, anyOrder, f.commands().only(programs));
  }
}
