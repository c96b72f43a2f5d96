package tutor.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.kind.Kind;
import tutor.mastery.SkillMastery;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Pack;
import tutor.pack.SkillKey;
import tutor.store.LoggedReview;

/**
 * Item analysis of a pack's exercises over many learners' answers (docs/reports.md): attempts,
 * success rate, mean response time, discrimination, hints, the answers the key rejects most often,
 * and flags for items that look broken. Learners are added one at a time (in parallel: one analysis
 * per thread, then {@link #merge}); nothing of a learner is kept but counts.
 */
public final class ItemAnalysis {
  /** Flags need answers from at least this many learners. */
  public static final int MIN_LEARNERS = 10;

  /** Below this success rate: everyone fails. */
  public static final double EVERYONE_FAILS = 0.10;

  /** At or above this success rate: (almost) nobody fails. */
  public static final double NOBODY_FAILS = 0.98;

  /** At or below this discrimination: negative. */
  public static final double NEGATIVE_DISCRIMINATION = -0.10;

  /** The share of learners in each of the upper and lower groups (Kelley's 27 %). */
  public static final double GROUP = 0.27;

  /** Distinct wrong answers counted per exercise; later new ones count as "other". */
  static final int MAX_DISTINCT_WRONG = 1000;

  /** Wrong answers listed per exercise. */
  public static final int TOP_WRONG = 5;

  /** A wrong answer and how often it was given. */
  public record WrongAnswer(String answer, int count) {}

  /** Disputed answers listed per exercise. */
  public static final int TOP_DISPUTED = 10;

  /**
   * One exercise.
   *
   * @param meanResponseSeconds null when no answer was timed
   * @param discrimination null with fewer than {@link #MIN_LEARNERS} learners
   * @param wrongAnswers the most frequent wrong answers, most frequent first
   * @param shown times a learner asked to see the answer (:show) instead of answering
   * @param disputed answers the key rejected and the learner counted as right (:dispute), most
   *     frequent first: candidates for the key
   * @param leeches how many learners have it as a leech: forgotten, after learning it, as many
   *     times as their leech-threshold setting (8 by default; docs/mastery.md, "Leeches")
   */
  public record ItemStats(
      String packId,
      String exercise,
      String skill,
      ExerciseType type,
      String key,
      int attempts,
      int learners,
      int correct,
      Double meanResponseSeconds,
      Double discrimination,
      int hintsUsed,
      List<WrongAnswer> wrongAnswers,
      List<String> flags,
      int shown,
      List<WrongAnswer> disputed,
      int leeches) {
    public int disputedCount() {
      return disputed.stream().mapToInt(WrongAnswer::count).sum();
    }

    public double successRate() {
      return attempts == 0 ? Double.NaN : correct / (double) attempts;
    }
  }

  private final Pack pack;
  private final Map<String, Exercise> exercises = new LinkedHashMap<>();
  private final Map<String, Counts> counts = new HashMap<>();
  private int learners;
  private long answers;

  public ItemAnalysis(Pack pack) {
    this.pack = pack;
    for (Exercise e : pack.exercises()) exercises.put(e.id(), e);
  }

  /** Everything counted of one exercise. */
  private static final class Counts {
    int attempts;
    int correct;
    long timedMillis;
    int timed;
    int hints;
    // per learner who answered it: mastery of its skill, and whether the first answer was right
    double[] mastery = new double[16];
    boolean[] firstRight = new boolean[16];
    int learners;
    final Map<String, Integer> wrong = new HashMap<>();
    int otherWrong;
    int leeches;
    int shown;
    final Map<String, Integer> disputed = new HashMap<>();

    void learner(double m, boolean right) {
      if (learners == mastery.length) {
        mastery = Arrays.copyOf(mastery, learners * 2);
        firstRight = Arrays.copyOf(firstRight, learners * 2);
      }
      mastery[learners] = m;
      firstRight[learners] = right;
      learners++;
    }

    void wrong(String answer, int n) {
      if (wrong.containsKey(answer) || wrong.size() < MAX_DISTINCT_WRONG)
        wrong.merge(answer, n, Integer::sum);
      else otherWrong += n;
    }

    void disputed(String answer, int n) {
      if (disputed.containsKey(answer) || disputed.size() < MAX_DISTINCT_WRONG)
        disputed.merge(answer, n, Integer::sum);
    }

    void merge(Counts o) {
      shown += o.shown;
      o.disputed.forEach(this::disputed);
      attempts += o.attempts;
      correct += o.correct;
      timedMillis += o.timedMillis;
      timed += o.timed;
      hints += o.hints;
      for (int i = 0; i < o.learners; i++) learner(o.mastery[i], o.firstRight[i]);
      o.wrong.forEach(this::wrong);
      otherWrong += o.otherWrong;
      leeches += o.leeches;
    }
  }

  /** Adds one learner's answers to this pack's exercises; answers to other packs are ignored. */
  public void add(LearnerData d) {
    Map<String, Boolean> first = new LinkedHashMap<>();
    for (LoggedReview a : d.answers()) {
      if (!a.card().packId().equals(pack.id())) continue;
      Exercise e = exercises.get(a.card().exerciseId());
      if (e == null) continue; // not in this version of the pack
      answers++;
      Counts c = counts.computeIfAbsent(e.id(), k -> new Counts());
      c.attempts++;
      if (a.correct()) c.correct++;
      if (a.shown()) c.shown++; // nothing typed: not a wrong answer to list
      else if (a.disputed()) c.disputed(shown(e, a.answer()), 1);
      else if (!a.correct() && e.type() != ExerciseType.FLASHCARD) c.wrong(shown(e, a.answer()), 1);
      if (a.responseMillis() != null) {
        c.timedMillis += a.responseMillis();
        c.timed++;
      }
      c.hints += a.hintsUsed();
      first.putIfAbsent(e.id(), a.correct());
    }
    int threshold = leechThreshold(d.settings());
    d.cards()
        .forEach(
            (k, card) -> {
              if (k.packId().equals(pack.id())
                  && exercises.containsKey(k.exerciseId())
                  && card.lapses() >= threshold) {
                counts.computeIfAbsent(k.exerciseId(), x -> new Counts()).leeches++;
              }
            });
    first.forEach(
        (id, right) -> {
          SkillMastery m =
              d.mastery().get(new SkillKey(pack.id(), exercises.get(id).skills().get(0)));
          counts.get(id).learner(m == null ? 0 : m.pKnown(), right);
        });
    learners++;
  }

  /** The learner's leech-threshold setting, or the default when unset or unreadable. */
  static int leechThreshold(Map<String, String> settings) {
    try {
      int t = Integer.parseInt(settings.getOrDefault("leech-threshold", ""));
      return t >= 1 ? t : tutor.session.LearnerSettings.DEFAULT_LEECH_THRESHOLD;
    } catch (NumberFormatException e) {
      return tutor.session.LearnerSettings.DEFAULT_LEECH_THRESHOLD;
    }
  }

  /** Adds what another analysis of the same pack counted. */
  public ItemAnalysis merge(ItemAnalysis other) {
    other.counts.forEach((id, c) -> counts.computeIfAbsent(id, k -> new Counts()).merge(c));
    learners += other.learners;
    answers += other.answers;
    return this;
  }

  public int learners() {
    return learners;
  }

  public long answers() {
    return answers;
  }

  public Pack pack() {
    return pack;
  }

  /** Every exercise of the pack, in pack order, answered or not. */
  public List<ItemStats> result() {
    List<ItemStats> out = new ArrayList<>();
    for (Exercise e : exercises.values()) {
      Counts c = counts.getOrDefault(e.id(), new Counts());
      List<WrongAnswer> wrong = new ArrayList<>();
      c.wrong.forEach((a, n) -> wrong.add(new WrongAnswer(a, n)));
      wrong.sort(
          Comparator.comparingInt(WrongAnswer::count)
              .reversed()
              .thenComparing(WrongAnswer::answer));
      List<WrongAnswer> top = List.copyOf(wrong.subList(0, Math.min(TOP_WRONG, wrong.size())));
      List<WrongAnswer> disputed = new ArrayList<>();
      c.disputed.forEach((a, n) -> disputed.add(new WrongAnswer(a, n)));
      disputed.sort(
          Comparator.comparingInt(WrongAnswer::count)
              .reversed()
              .thenComparing(WrongAnswer::answer));
      List<WrongAnswer> topDisputed =
          List.copyOf(disputed.subList(0, Math.min(TOP_DISPUTED, disputed.size())));
      Double d = discrimination(c);
      Double seconds = c.timed == 0 ? null : c.timedMillis / 1000.0 / c.timed;
      out.add(
          new ItemStats(
              pack.id(),
              e.id(),
              e.skills().get(0),
              e.type(),
              key(e),
              c.attempts,
              c.learners,
              c.correct,
              seconds,
              d,
              c.hints,
              top,
              flags(e, c, d, top),
              c.shown,
              topDisputed,
              c.leeches));
    }
    return out;
  }

  /**
   * Kelley's index: the share of first answers right in the upper 27 % of learners by mastery of
   * the skill, minus that share in the lower 27 %. Ties in mastery are ordered wrong-first at the
   * top and right-last at the bottom, so the index never depends on the order learners came in.
   */
  static Double discrimination(Counts c) {
    int n = c.learners;
    if (n < MIN_LEARNERS) return null;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> -c.mastery[i])
            .thenComparing(i -> c.firstRight[i]));
    int g = Math.max(1, (int) Math.round(GROUP * n));
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < g; i++) {
      if (c.firstRight[order[i]]) upper++;
      if (c.firstRight[order[n - 1 - i]]) lower++;
    }
    return (upper - lower) / (double) g;
  }

  private static List<String> flags(Exercise e, Counts c, Double d, List<WrongAnswer> top) {
    List<String> flags = new ArrayList<>();
    // A leech says something of the item whatever the number of learners: the author should look.
    if (c.leeches > 0) {
      flags.add(
          "a leech for "
              + c.leeches
              + (c.leeches == 1 ? " learner" : " learners")
              + ": forgotten again and again after being learned (unclear, or too much in one item?)");
    }
    if (c.learners < MIN_LEARNERS) return flags;
    double rate = c.correct / (double) c.attempts;
    if (rate < EVERYONE_FAILS) flags.add("everyone fails (" + pct(rate) + " right)");
    if (rate >= NOBODY_FAILS) flags.add("nobody fails (" + pct(rate) + " right)");
    if (d != null && d <= NEGATIVE_DISCRIMINATION) {
      flags.add(
          String.format(
              Locale.ROOT,
              "negative discrimination (%.2f): learners who master the skill do worse",
              d));
    }
    if (!top.isEmpty() && top.get(0).count() > c.correct) {
      flags.add(
          "the wrong answer '"
              + top.get(0).answer()
              + "' ("
              + top.get(0).count()
              + " times) is more popular than the right one ("
              + c.correct
              + " times): a wrong or missing key?");
    }
    return flags;
  }

  private static String pct(double r) {
    return Math.round(100 * r) + "%";
  }

  /**
   * An answer as people read it: spaces tidied, then as its kind reads it (a choice with a fixed
   * order names its options).
   */
  static String shown(Exercise e, String answer) {
    String a = tidy(answer);
    return Kind.of(e).inWords(a);
  }

  /**
   * Leading and trailing space removed, inner runs of space made one (without a regex: it runs per
   * answer).
   */
  private static String tidy(String answer) {
    String a = answer.strip();
    boolean clean = true;
    for (int i = 0; i < a.length() && clean; i++) {
      char c = a.charAt(i);
      if (c != ' ' && Character.isWhitespace(c)
          || c == ' ' && i + 1 < a.length() && a.charAt(i + 1) == ' ') {
        clean = false;
      }
    }
    return clean ? a : String.join(" ", a.split("\\s+"));
  }

  /** The accepted answer, in words. */
  static String key(Exercise e) {
    return Kind.of(e).key();
  }
}
