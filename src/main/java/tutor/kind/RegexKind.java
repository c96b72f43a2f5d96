package tutor.kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tutor.grade.AnswerRunner;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

/**
 * A regular expression (Java's java.util.regex), graded by the strings it must match and must not;
 * the running (with a time limit) is the {@link AnswerRunner}'s. Many patterns are right, so the
 * verdict shows the reference as "one pattern that works", and there are no near misses.
 */
public record RegexKind(Exercise.Regex body) implements Kind {
  static final List<String> MODES = List.of("whole", "find");

  public static final Format FORMAT =
      new Format() {
        public List<String> fields() {
          return List.of(
              "solution",
              "mode",
              "ignore_case",
              "match",
              "reject",
              "hidden_match",
              "hidden_reject");
        }

        public Read read(KindFields f) {
          return new Read(f.string("prompt", true).orElse(""), readRegex(f));
        }

        public Exercise.Body outline(int options, int correct) {
          return new Exercise.Regex("", true, false, List.of(), List.of(), List.of(), List.of());
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
    return "One pattern that works";
  }

  public int responses() {
    return 1;
  }

  /** The strings shown: what to match and what not to. */
  public String text() {
    StringBuilder s = new StringBuilder("Should match: ").append(quoted(body.match()));
    if (!body.reject().isEmpty()) s.append("\nShould not match: ").append(quoted(body.reject()));
    int hidden = body.hiddenMatch().size() + body.hiddenReject().size();
    if (hidden > 0)
      s.append("\n(and ")
          .append(hidden)
          .append(" hidden string")
          .append(hidden == 1 ? "" : "s")
          .append(")");
    return s.toString();
  }

  private static String quoted(List<String> strings) {
    List<String> q = new ArrayList<>();
    // A string of spaces, or one with a run of them, says how many: the screen closes them up.
    for (String x : strings) q.add("'" + x + "'" + tutor.grade.SpacesNote.of(x));
    return String.join(", ", q);
  }

  public String instructions() {
    return (body.whole()
            ? "Type a pattern (Java regex) that matches each whole string"
            : "Type a pattern (Java regex) found in each string to match, as grep finds it")
        + (body.ignoreCase() ? ", ignoring case." : ".");
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    String typed = responses.isEmpty() ? "" : responses.get(0);
    if (typed.isBlank()) return new Outcome.Invalid("Type a pattern, or :skip.");
    AnswerRunner.Verdict v = AnswerRunner.installed().regex(body, typed);
    return new Outcome.Graded(v.correct(), body.solution(), v.detail(), v.tables());
  }

  public String expected(Presentation shown) {
    return body.solution();
  }

  public String key() {
    return body.solution();
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return Optional.empty(); // a pattern a character off matches other strings
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", body.whole() ? "whole" : "find");
    m.put("ignore_case", body.ignoreCase());
    m.put("match", body.match());
    m.put("reject", body.reject());
    m.put("hidden", body.hiddenMatch().size() + body.hiddenReject().size());
    return m;
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.TEXT;
  }

  /** Hardly ever guessed; the default slip. */
  public BktParameters chance(BktParameters skill) {
    return TypedGuess.chance(skill, BktParameters.DEFAULT.slip());
  }

  /** A right pattern may become wrong when a string is added, or a rule made stricter. */
  public Optional<String> resetReason(Exercise.Body after) {
    Exercise.Regex b = (Exercise.Regex) after;
    if (!body.match().containsAll(b.match()) || !body.hiddenMatch().containsAll(b.hiddenMatch())) {
      return Optional.of("strings to match added");
    }
    if (!body.reject().containsAll(b.reject())
        || !body.hiddenReject().containsAll(b.hiddenReject())) {
      return Optional.of("strings to reject added");
    }
    if (b.whole() && !body.whole()) return Optional.of("the whole string must now match");
    if (!b.ignoreCase() && body.ignoreCase()) return Optional.of("case now matters");
    return Optional.empty();
  }

  public Map<String, Object> yaml(String prompt, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    KindYaml.putIf(m, "prompt", prompt);
    m.put("solution", body.solution());
    if (!body.whole()) m.put("mode", "find");
    if (body.ignoreCase()) m.put("ignore_case", true);
    m.put("match", body.match());
    if (!body.reject().isEmpty()) m.put("reject", body.reject());
    if (!body.hiddenMatch().isEmpty()) m.put("hidden_match", body.hiddenMatch());
    if (!body.hiddenReject().isEmpty()) m.put("hidden_reject", body.hiddenReject());
    return m;
  }

  public Normalization typedGrading() {
    return null;
  }

  public tutor.pack.Fixture fixture() {
    return null;
  }

  public CommandTable commands() {
    return null;
  }

  public List<String> exampleProblems(List<String> answer, boolean list) {
    return list
        ? List.of("each example is one pattern, as a learner would type it, not a list")
        : List.of();
  }

  public List<Lint> lint(String what) {
    List<Lint> out = new ArrayList<>();
    if (body.reject().isEmpty() && body.hiddenReject().isEmpty()) {
      out.add(
          new Lint(
              "regex-reject",
              what
                  + ": nothing to reject, so a pattern like .* is accepted; add reject:"
                  + " strings a careless pattern would match"));
    }
    return out;
  }

  public int[] outlineCounts() {
    return new int[2];
  }

  private static Exercise.Body readRegex(KindFields f) {
    Optional<String> solution = f.string("solution", true);
    String mode = f.string("mode", "whole");
    if (!MODES.contains(mode)) {
      f.error(
          "mode",
          "mode should be 'whole' or 'find', not '"
              + mode
              + "'"
              + Examples.didYouMean(mode, MODES));
    }
    boolean ignoreCase = f.bool("ignore_case").orElse(false);
    List<String> match = f.strings("match", true);
    List<String> reject = f.strings("reject", false);
    List<String> hiddenMatch = f.strings("hidden_match", false);
    List<String> hiddenReject = f.strings("hidden_reject", false);
    Set<String> both = new HashSet<>(match);
    both.addAll(hiddenMatch);
    for (String r : reject)
      if (both.contains(r)) f.error("reject", "'" + r + "' is both to match and to reject");
    for (String r : hiddenReject) {
      if (both.contains(r)) f.error("hidden_reject", "'" + r + "' is both to match and to reject");
    }
    if (solution.isEmpty() || !MODES.contains(mode) || match.isEmpty()) return null;
    try {
      Pattern.compile(solution.get());
    } catch (PatternSyntaxException e) {
      f.error("solution", "the solution is not a valid Java regex: " + e.getDescription());
      return null;
    }
    Exercise.Regex regex =
        new Exercise.Regex(
            solution.get(),
            mode.equals("whole"),
            ignoreCase,
            match,
            reject,
            hiddenMatch,
            hiddenReject);
    Optional<String> problem = AnswerRunner.installed().problem(regex);
    if (problem.isPresent()) {
      f.error("solution", problem.get());
      return null;
    }
    return regex;
  }
}
