package tutor.authoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.grade.Grader;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.kind.AnswerGrader;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.packfile.PackReader;

/**
 * The learner-answer set of a bundled pack (src/test/resources/learner-answers/PACK.yaml), graded
 * as a learner's answer is: through the grader and the near-miss check a session uses. A choice is
 * typed as text (its option's text or a start of it), under several shuffles. Used by {@code
 * LearnerAnswersTest} and {@code scripts/bench verdicts}.
 */
public final class LearnerAnswers {
  public static final Path SETS = Path.of("src", "test", "resources", "learner-answers");
  private static final long[] SEEDS = {1, 2, 3};

  /** One answer of the set and what the grader made of it. */
  public record Verdict(
      String exerciseId,
      List<String> typed,
      boolean correct,
      boolean declined,
      boolean accepted,
      boolean offered) {
    /** Graded as the set says: a correct answer accepted, a wrong one rejected without an offer. */
    public boolean asIntended() {
      return correct ? accepted : !accepted && !offered;
    }

    public String shown() {
      return typed.size() == 1 ? "'" + typed.get(0) + "'" : "[" + String.join(" | ", typed) + "]";
    }
  }

  /** The figures of one pack. */
  public record Figures(
      String pack,
      int correct,
      int accepted,
      int declined,
      int wrong,
      int wrongAccepted,
      int wrongOffered,
      int exercises,
      int typedExercises) {
    public double acceptedShare() {
      return correct == 0 ? 1 : (double) accepted / correct;
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "%-10s %3d exercises: correct %d, accepted %d (%.1f %%, %d declined on purpose); wrong %d, accepted %d, offered as near miss %d",
          pack,
          exercises,
          correct,
          accepted,
          100 * acceptedShare(),
          declined,
          wrong,
          wrongAccepted,
          wrongOffered);
    }
  }

  public record Result(Figures figures, List<Verdict> verdicts, List<String> problems) {}

  private LearnerAnswers() {}

  /** Grades every answer of {@code set} against the pack in {@code packDir}. */
  public static Result grade(Path packDir, Path set)
      throws IOException, tutor.packfile.PackException {
    List<Exercise> exercises = PackReader.readAuthored(packDir).pack().exercises();
    Map<String, Exercise> byId = new LinkedHashMap<>();
    for (Exercise e : exercises) byId.put(e.id(), e);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, List<Object>>> answers =
        new ObjectMapper(new YAMLFactory()).readValue(set.toFile(), Map.class);
    Grader grader = new AnswerGrader();
    List<Verdict> verdicts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (var entry : answers.entrySet()) {
      Exercise e = byId.get(entry.getKey());
      if (e == null) {
        problems.add(set + ": no exercise '" + entry.getKey() + "' in " + packDir);
        continue;
      }
      List<List<String>> declined = answers(entry.getValue().get("declined"));
      for (List<String> d : declined) {
        if (!answers(entry.getValue().get("correct")).contains(d)) {
          problems.add(entry.getKey() + ": declined " + d + " is not one of its correct answers");
        }
      }
      for (List<String> typed : answers(entry.getValue().get("correct"))) {
        verdicts.add(verdict(grader, e, typed, true, declined.contains(typed)));
      }
      for (List<String> typed : answers(entry.getValue().get("wrong")))
        verdicts.add(verdict(grader, e, typed, false, false));
    }
    // A set may answer only some kinds of a pack (round 4's regex set answers the shell pack's
    // regex exercises): it must then answer every exercise of those kinds.
    java.util.Set<String> kinds = new java.util.HashSet<>();
    for (String id : answers.keySet())
      if (byId.containsKey(id)) kinds.add(byId.get(id).type().yamlName());
    int typedExercises = 0;
    for (Exercise e : exercises) {
      if (!typedKind(e) || !kinds.contains(e.type().yamlName())) continue;
      typedExercises++;
      if (!answers.containsKey(e.id()))
        problems.add(set + ": no answers for exercise '" + e.id() + "'");
    }
    return new Result(
        figures(packDir.getFileName().toString(), verdicts, answers.size(), typedExercises),
        verdicts,
        problems);
  }

  /**
   * The kinds a learner types an answer to (a choice may be typed as text; a query or a pattern is
   * run by the same kind class a session grades with).
   */
  static boolean typedKind(Exercise e) {
    return List.of("text", "cloze", "numeric", "choice", "sql", "regex")
        .contains(e.type().yamlName());
  }

  private static Figures figures(
      String pack, List<Verdict> verdicts, int exercises, int typedExercises) {
    int correct = 0, accepted = 0, declined = 0, wrong = 0, wrongAccepted = 0, wrongOffered = 0;
    for (Verdict v : verdicts) {
      if (v.correct()) {
        correct++;
        if (v.accepted()) accepted++;
        if (v.declined()) declined++;
      } else {
        wrong++;
        if (v.accepted()) wrongAccepted++;
        else if (v.offered()) wrongOffered++;
      }
    }
    return new Figures(
        pack,
        correct,
        accepted,
        declined,
        wrong,
        wrongAccepted,
        wrongOffered,
        exercises,
        typedExercises);
  }

  private static Verdict verdict(
      Grader grader, Exercise e, List<String> typed, boolean correct, boolean declined) {
    boolean shuffled = !Kind.of(e).items().isEmpty();
    boolean acceptedEvery = true;
    boolean acceptedAny = false;
    boolean offered = false;
    for (long seed : shuffled ? SEEDS : new long[] {0}) {
      Outcome outcome = grader.grade(e, Kind.of(e).present(seed), typed);
      boolean right = outcome instanceof Outcome.Graded g && g.correct();
      acceptedEvery &= right;
      acceptedAny |= right;
      if (outcome instanceof Outcome.Graded g && !g.correct()) {
        offered |= Kind.nearMiss(e, typed, NearMiss.DEFAULT_TOLERANCE).isPresent();
      }
    }
    // A correct answer counts only when every shuffle accepts it; a wrong one fails if any does.
    return new Verdict(
        e.id(), typed, correct, declined, correct ? acceptedEvery : acceptedAny, offered);
  }

  private static List<List<String>> answers(List<Object> raw) {
    List<List<String>> out = new ArrayList<>();
    if (raw == null) return out;
    for (Object o : raw) {
      if (o instanceof List<?> l)
        out.add(l.stream().map(x -> x == null ? "" : x.toString()).toList());
      else out.add(List.of(o == null ? "" : o.toString()));
    }
    return out;
  }
}
