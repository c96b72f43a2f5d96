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
 * typed as text (its option's text or a start of it) or as numbers, under several shuffles; a
 * number in the set is the option's place in the pack (as the masked prompts list them), retyped as
 * the number that option is shown under in each shuffle. Round 4 (learner-answers/round4/) is
 * graded and reported apart. Used by {@code LearnerAnswersTest} and {@code scripts/bench verdicts}.
 */
public final class LearnerAnswers {
  public static final Path SETS = Path.of("src", "test", "resources", "learner-answers");

  /** Round 4, written unseen by another hand after rounds 1-3 were fixed; reported apart. */
  public static final Path ROUND4 = SETS.resolve("round4");

  /** Round 5, written with the keys in view to probe forms rounds 1-4 left out; reported apart. */
  public static final Path ROUND5 = SETS.resolve("round5");

  /**
   * Round 6, written unseen from masked prompts by four kinds of learner, every exercise but the
   * flashcards (self-rated) answered; its {@code almost} answers are slips that must be refused and
   * offered as near misses.
   */
  public static final Path ROUND6 = SETS.resolve("round6");

  /**
   * Round 7, written unseen from masked prompts by a fresh hand, larger where earlier rounds were
   * thin (more right forms and near misses per exercise); its {@code almost} answers are slips.
   */
  public static final Path ROUND7 = SETS.resolve("round7");

  /**
   * Round 8, written unseen from masked prompts by a fresh hand, larger again where earlier rounds
   * were thin (order and SQL choice exercises); its {@code almost} answers are slips.
   */
  public static final Path ROUND8 = SETS.resolve("round8");

  /**
   * Round 9, written unseen from masked prompts (with the lessons) by a fresh hand: other forms of
   * the same answers and wrong ones right only on the present rows; its {@code almost} answers are
   * slips.
   */
  public static final Path ROUND9 = SETS.resolve("round9");

  /**
   * Round 10, written unseen from masked prompts (with the lessons): other dialect-neutral forms of
   * the same answers and wrong ones right only on the present rows; its {@code almost} answers are
   * slips.
   */
  public static final Path ROUND10 = SETS.resolve("round10");

  private static final java.util.regex.Pattern NUMBERS =
      java.util.regex.Pattern.compile("[\\s,]*[0-9]+([\\s,]+[0-9]+)*[\\s,]*");
  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+");
  private static final long[] SEEDS = {1, 2, 3};

  /** One answer of the set and what the grader made of it. */
  public record Verdict(
      String exerciseId,
      List<String> typed,
      boolean correct,
      boolean declined,
      boolean accepted,
      boolean offered,
      boolean almost) {
    /**
     * Graded as the set says: a correct answer accepted, a wrong one rejected without an offer, a
     * slip ({@code almost}) rejected and offered as a near miss.
     */
    public boolean asIntended() {
      return correct ? accepted : almost ? !accepted && offered : !accepted && !offered;
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
    String name = set.getFileName().toString().replace(".yaml", "");
    // A round's directory (round4 ... round9) labels its sets "git r4" ...; rounds 1-3 are at the
    // top.
    String dir = set.getParent().getFileName().toString();
    boolean round4 = dir.equals("round4");
    boolean round5 = dir.equals("round5");
    String label = dir.matches("round[0-9]+") ? name + " r" + dir.substring(5) : name;
    return grade(label, packDir, set, !round4 && !round5);
  }

  /** The bundled pack a set answers: its name, but the regex set answers the shell pack's. */
  public static Path packOf(Path set) {
    String name = set.getFileName().toString().replace(".yaml", "");
    return Path.of("content", name.equals("regex") ? "unix-shell" : name);
  }

  /**
   * Grades every answer of {@code set} against the pack in {@code packDir}, labelled {@code label};
   * with {@code everyExercise}, a typed exercise the set has no answers for is a problem (round 4
   * leaves the regular-expressions skill to another set).
   */
  public static Result grade(String label, Path packDir, Path set, boolean everyExercise)
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
        verdicts.add(verdict(grader, e, typed, true, declined.contains(typed), false));
      }
      for (List<String> typed : answers(entry.getValue().get("wrong")))
        verdicts.add(verdict(grader, e, typed, false, false, false));
      for (List<String> typed : answers(entry.getValue().get("almost")))
        verdicts.add(verdict(grader, e, typed, false, false, true));
      if (entry.getValue().keySet().stream()
          .anyMatch(k -> !List.of("correct", "wrong", "almost", "declined").contains(k)))
        problems.add(entry.getKey() + ": unknown list in " + entry.getValue().keySet());
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
      if (everyExercise && !answers.containsKey(e.id()))
        problems.add(set + ": no answers for exercise '" + e.id() + "'");
    }
    return new Result(figures(label, verdicts, answers.size(), typedExercises), verdicts, problems);
  }

  /**
   * The kinds a learner types an answer to (a choice may be typed as text; a query or a pattern is
   * run by the same kind class a session grades with).
   */
  static boolean typedKind(Exercise e) {
    return List.of("text", "cloze", "numeric", "choice", "sql", "regex", "order")
        .contains(e.type().yamlName());
  }

  private static Figures figures(
      String pack, List<Verdict> verdicts, int exercises, int typedExercises) {
    int correct = 0, accepted = 0, declined = 0, wrong = 0, wrongAccepted = 0, wrongOffered = 0;
    for (Verdict v : verdicts) {
      if (v.almost()) {
        wrong++;
        if (v.accepted()) wrongAccepted++;
      } else if (v.correct()) {
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
      Grader grader,
      Exercise e,
      List<String> typed,
      boolean correct,
      boolean declined,
      boolean almost) {
    boolean shuffled = !Kind.of(e).items().isEmpty();
    boolean acceptedEvery = true;
    boolean acceptedAny = false;
    boolean offered = false;
    for (long seed : shuffled ? SEEDS : new long[] {0}) {
      tutor.grade.Presentation shown = Kind.of(e).present(seed);
      List<String> asTyped =
          e.type().yamlName().equals("order")
              ? orderNumbers(typed, Kind.of(e).items(), shown)
              : shuffled ? shownNumbers(typed, shown) : typed;
      Outcome outcome = grader.grade(e, shown, asTyped);
      boolean right = outcome instanceof Outcome.Graded g && g.correct();
      acceptedEvery &= right;
      acceptedAny |= right;
      if (outcome instanceof Outcome.Graded g && !g.correct()) {
        offered |= Kind.nearMiss(e, asTyped, NearMiss.DEFAULT_TOLERANCE).isPresent();
      }
    }
    // A correct answer counts only when every shuffle accepts it; a wrong one fails if any does.
    return new Verdict(
        e.id(), typed, correct, declined, correct ? acceptedEvery : acceptedAny, offered, almost);
  }

  /**
   * An order answer as the set writes it (the items' texts in the learner's order) typed as the
   * numbers they are shown under this time; an answer of one string is kept as typed.
   */
  static List<String> orderNumbers(
      List<String> typed, List<String> items, tutor.grade.Presentation shown) {
    if (typed.size() < 2) return typed;
    List<String> numbers = new ArrayList<>();
    for (String item : typed) {
      int place = items.indexOf(item);
      if (place < 0) throw new IllegalArgumentException("no item '" + item + "' in " + items);
      numbers.add("" + shown.positionOf(place));
    }
    return List.of(String.join(" ", numbers));
  }

  /**
   * Option numbers as the set writes them (places in the pack) turned into the numbers shown this
   * time; anything but numbers is kept as typed.
   */
  static List<String> shownNumbers(List<String> typed, tutor.grade.Presentation shown) {
    if (typed.size() != 1 || !NUMBERS.matcher(typed.get(0)).matches()) return typed;
    java.util.regex.Matcher m = NUMBER.matcher(typed.get(0));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int place = Integer.parseInt(m.group());
      boolean known = place >= 1 && place <= shown.order().size();
      m.appendReplacement(sb, known ? "" + shown.positionOf(place - 1) : m.group());
    }
    m.appendTail(sb);
    return List.of(sb.toString());
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
