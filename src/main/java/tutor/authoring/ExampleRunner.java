package tutor.authoring;

import java.util.ArrayList;
import java.util.List;
import tutor.grade.Grader;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.packfile.AuthoredPack;
import tutor.packfile.Examples;

/**
 * Runs the {@code examples:} of every exercise through the real grader. Choice and order examples
 * name options and items by their text; they are turned into the numbers a learner would type under
 * several shuffles, so an example holds whatever order the options are shown in.
 */
public final class ExampleRunner {
  /** Shuffles each choice and order example is tried under (fixed, so that runs repeat). */
  static final long[] SEEDS = {1, 2, 3};

  private final Grader grader;

  public ExampleRunner(Grader grader) {
    this.grader = grader;
  }

  public List<ExampleResult> run(AuthoredPack authored) {
    List<ExampleResult> out = new ArrayList<>();
    for (Exercise e : authored.pack().exercises()) {
      Examples examples = authored.sources().examplesOf(e.id());
      for (Examples.Example x : examples.accept()) out.add(check(e, x, true));
      for (Examples.Example x : examples.reject()) out.add(check(e, x, false));
    }
    return out;
  }

  /**
   * Worked examples that give an exercise's answer away: a skill's worked example whose answer,
   * typed to one of the skill's exercises (one typed answer, no options), is graded right. A
   * learner who reads it before the exercise (it comes with the lesson, and again on {@code
   * :example}) is handed the answer; seen in the sql pack, where the window functions' first
   * example was one exercise's answer with an alias added. Answers of fewer than {@link
   * #GIVEN_AWAY_WORDS} words are left out: a word or a number ("Mars", "3") may well answer another
   * question of the same skill without giving it away; a command or a query does not.
   */
  public List<LintWarning> givenAway(AuthoredPack authored) {
    List<LintWarning> out = new ArrayList<>();
    for (tutor.pack.Skill s : authored.pack().skills()) {
      List<tutor.pack.Skill.WorkedExample> worked = s.workedExamples();
      for (int n = 0; n < worked.size(); n++) {
        String answer = worked.get(n).answer();
        if (answer == null || answer.strip().split("\\s+").length < GIVEN_AWAY_WORDS) continue;
        for (Exercise e : authored.pack().exercises()) {
          Kind kind = Kind.of(e);
          if (!e.skills().contains(s.id()) || !kind.graded()) continue;
          if (!kind.items().isEmpty() || kind.responses() != 1) continue;
          Outcome outcome = grader.grade(e, kind.present(0), List.of(answer.strip()));
          if (outcome instanceof Outcome.Graded g && g.correct()) {
            out.add(
                new LintWarning(
                    "example-gives-answer",
                    authored.sources().skill(s.id()),
                    "skill '"
                        + s.id()
                        + "': worked example "
                        + (n + 1)
                        + " is a right answer to exercise '"
                        + e.id()
                        + "'; a learner reads it before the exercise: solve a different problem"));
          }
        }
      }
    }
    return out;
  }

  /** The fewest words a worked example's answer has for {@link #givenAway} to check it. */
  static final int GIVEN_AWAY_WORDS = 3;

  /** Exercises that can have examples (not flashcards) but have none. */
  public static List<Exercise> withoutExamples(AuthoredPack authored) {
    return authored.pack().exercises().stream()
        .filter(e -> Kind.of(e).graded())
        .filter(e -> authored.sources().examplesOf(e.id()).isEmpty())
        .toList();
  }

  ExampleResult check(Exercise e, Examples.Example x, boolean mustAccept) {
    String shown = show(x.answer());
    boolean shuffled = !Kind.of(e).items().isEmpty();
    long[] seeds = shuffled ? SEEDS : new long[] {0};
    for (long seed : seeds) {
      Presentation p = Kind.of(e).present(seed);
      List<String> typed = typed(e, x.answer(), p);
      Outcome outcome = grader.grade(e, p, typed);
      String problem = problem(outcome, mustAccept, typed, shuffled);
      if (problem.isEmpty() && !mustAccept && outcome instanceof Outcome.Graded) {
        problem = offered(e, typed);
      }
      if (!problem.isEmpty())
        return new ExampleResult(e.id(), mustAccept, shown, x.at(), false, problem);
    }
    return new ExampleResult(e.id(), mustAccept, shown, x.at(), true, "");
  }

  private static String problem(
      Outcome outcome, boolean mustAccept, List<String> typed, boolean shuffled) {
    String as = shuffled ? " (typed as '" + String.join(" | ", typed) + "')" : "";
    if (outcome instanceof Outcome.Invalid invalid) {
      return mustAccept
          ? "should be accepted, but the grader asks for another answer"
              + as
              + ": "
              + invalid.message()
          : "";
    }
    Outcome.Graded g = (Outcome.Graded) outcome;
    if (mustAccept && !g.correct()) {
      return "should be accepted, but is graded wrong"
          + as
          + "; the expected answer is '"
          + g.expected()
          + "'"
          + (g.detail().isBlank() ? "" : " (" + g.detail() + ")");
    }
    if (!mustAccept && g.correct()) return "should be rejected, but is accepted" + as;
    return "";
  }

  /**
   * A wrong answer must also not be offered as a near miss ("Almost ... Count it as right?"): a
   * learner who says yes is credited.
   */
  private static String offered(Exercise e, List<String> typed) {
    return Kind.nearMiss(e, typed, NearMiss.DEFAULT_TOLERANCE)
        .map(
            n ->
                "is graded wrong, but offered as a near miss of '"
                    + n.expected()
                    + "' (\"Almost ... Count it as right?\"): a learner who says yes is credited")
        .orElse("");
  }

  /** What the learner would type for this example when the exercise is shown as {@code p}. */
  static List<String> typed(Exercise e, List<String> answer, Presentation p) {
    List<String> items = Kind.of(e).items();
    return items.isEmpty() ? answer : List.of(positions(answer, items, p));
  }

  private static String positions(List<String> texts, List<String> all, Presentation p) {
    List<String> out = new ArrayList<>();
    for (String t : texts) out.add(Integer.toString(p.positionOf(all.indexOf(t))));
    return String.join(" ", out);
  }

  static String show(List<String> answer) {
    if (answer.size() == 1) return "'" + answer.get(0) + "'";
    return "[" + String.join(", ", answer.stream().map(a -> "'" + a + "'").toList()) + "]";
  }
}
