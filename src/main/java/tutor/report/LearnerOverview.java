package tutor.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tutor.goal.AnswerTimes;
import tutor.goal.Goal;
import tutor.goal.GoalPlan;
import tutor.goal.GoalPlanner;
import tutor.goal.RecentAnswers;
import tutor.mastery.Level;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.StudyDay;
import tutor.session.LearnerSettings;
import tutor.session.Picker;
import tutor.store.LoggedReview;
import tutor.store.SkillTally;

/**
 * A mentor's view of one learner, from their export (docs/reports.md): goals and pace, mastery by
 * skill, retention, study regularity, and whether they are at risk, with the reasons. Everything is
 * measured up to the moment of the export, in the learner's own time zone.
 *
 * @param lastAnswer null when they never answered
 * @param retention30 share of reviews remembered in the 30 days before the export; null without
 *     reviews
 * @param retentionBefore the same for the 30 days before those
 * @param risks why they are at risk; empty when they are not
 */
public record LearnerOverview(
    String learner,
    String source,
    Instant exportedAt,
    Instant lastAnswer,
    int answers,
    int studyDays28,
    int answers28,
    Double retention30,
    int reviews30,
    Double retentionBefore,
    int reviewsBefore,
    double desiredRetention,
    List<PackMastery> packs,
    List<GoalStatus> goals,
    List<String> risks) {

  /** No answer for this many days before the export: study has stopped. */
  public static final int STOPPED_DAYS = 7;

  /** Retention comparisons need this many reviews in each period. */
  public static final int MIN_REVIEWS = 10;

  /** A fall of retention by this much (0.10 = 10 points) from one 30 days to the next is a risk. */
  public static final double RETENTION_DROP = 0.10;

  /** ... and so is retention this far below the learner's own target. */
  public static final double BELOW_TARGET = 0.10;

  /** 0.9 - 0.8 is 0.0999...: a difference of exactly a threshold counts. */
  private static final double EPSILON = 1e-9;

  /**
   * Mastery in one pack: skills mastered of those practised (and of all, when the pack was given).
   *
   * @param mastered skills at level mastered as {@code tutor stats} would show them; null when the
   *     pack was not given: which answers are whose, and how likely each was to be guessed, are the
   *     pack's, so "mastered" cannot be checked (a lucky guesser would pass), only "known"
   * @param known skills with P(known) at least {@link SkillMastery#MASTERED}
   */
  public record PackMastery(
      String packId,
      Integer mastered,
      int known,
      int practised,
      Integer skills,
      Map<String, Double> pKnown,
      List<String> fading) {
    /** Without the cards' recall (the pack not given): nothing can be seen fading. */
    public PackMastery(
        String packId,
        Integer mastered,
        int known,
        int practised,
        Integer skills,
        Map<String, Double> pKnown) {
      this(packId, mastered, known, practised, skills, pKnown, List.of());
    }
  }

  /** A goal and, when its pack was given, the planner's verdict. */
  public record GoalStatus(
      long id, String packId, String description, String status, String summary) {}

  public static LearnerOverview of(LearnerData d, Map<String, List<StoredSkill>> packs) {
    return of(d, packs, Map.of());
  }

  /**
   * The overview, with {@code exercises} (per pack given, each exercise's skills) to read the
   * exported cards' FSRS state: a skill's level then counts its exercises' recall at the export, so
   * that a mastered skill being forgotten is fading here as in {@code tutor stats}.
   */
  public static LearnerOverview of(
      LearnerData d,
      Map<String, List<StoredSkill>> packs,
      Map<String, Map<String, List<String>>> exercises) {
    return of(d, packs, exercises, Map.of());
  }

  /**
   * The overview, with {@code guesses} (per skill of the packs given, each exercise's chance of
   * being right by guessing, {@link #guesses}) to weigh each skill's answers against guessing as
   * {@code tutor stats} does ({@link tutor.mastery.Chance}): only then can a skill be called
   * mastered here.
   */
  public static LearnerOverview of(
      LearnerData d,
      Map<String, List<StoredSkill>> packs,
      Map<String, Map<String, List<String>>> exercises,
      Map<SkillKey, Map<String, Double>> guesses) {
    LearnerSettings settings = settings(d);
    StudyDay day = settings.day();
    double desired = settings.desiredRetention();
    Instant at = d.exportedAt();
    LocalDate today = day.dateOf(at);
    LocalDate first28 = today.minusDays(27);
    // Cut-offs computed once: this loop runs for every answer of a thousand learners.
    Instant maybe28 =
        at.minus(Duration.ofDays(29)); // before this, no answer is in the last 28 study days
    Instant since30 = at.minus(Duration.ofDays(30));
    Instant since60 = at.minus(Duration.ofDays(60));
    Set<LocalDate> days = new HashSet<>();
    int answers28 = 0;
    int[] recent = new int[2];
    int[] before = new int[2];
    long[] times = new long[d.answers().size()];
    int timed = 0;
    Instant last = null;
    for (LoggedReview a : d.answers()) {
      Instant t = a.at();
      if (t.isAfter(at)) continue;
      last = t;
      if (t.isAfter(maybe28)) {
        LocalDate date = day.dateOf(t);
        if (!date.isBefore(first28)) {
          days.add(date);
          answers28++;
        }
      }
      // placement left out of the time per exercise, as the store's AnswerTimes does
      if (a.responseMillis() != null && !"placement".equals(a.kind()))
        times[timed++] = a.responseMillis();
      if (a.phaseBefore() != CardPhase.REVIEW || !t.isAfter(since60)) continue;
      int[] bucket = t.isAfter(since30) ? recent : before;
      bucket[0]++;
      if (a.rating() > 1) bucket[1]++;
    }
    Double retention = recent[0] == 0 ? null : recent[1] / (double) recent[0];
    Double retentionBefore = before[0] == 0 ? null : before[1] / (double) before[0];
    // The mastery the learner's own stats would read: the latest answers of each skill that may
    // count as mastered weighed against guessing (StudyReads does the same from the database).
    Map<SkillKey, SkillMastery> mastery = weighed(d, exercises, guesses, day);
    Map<SkillKey, Level> levels = levels(d, mastery, packs, exercises, settings, at);
    Set<String> checked = new HashSet<>();
    guesses.keySet().forEach(k -> checked.add(k.packId()));
    List<PackMastery> packMastery = mastery(mastery, packs, exercises, checked, levels);
    // The latest timed answers, newest first: the same AnswerTimes as tutor goal status reads.
    int latest = Math.min(timed, AnswerTimes.READ);
    long[] newest = new long[latest];
    for (int i = 0; i < latest; i++) newest[i] = times[timed - 1 - i];
    AnswerTimes answerTimes = AnswerTimes.of(newest, latest);
    List<GoalStatus> goals = new ArrayList<>();
    List<String> risks = new ArrayList<>();
    for (Goal g : d.goals()) {
      List<StoredSkill> skills = packs.get(g.packId());
      if (skills == null) {
        goals.add(
            new GoalStatus(
                g.id(),
                g.packId(),
                g.describe(),
                "not checked",
                "give --pack with pack " + g.packId() + " to check its pace"));
        continue;
      }
      // The same plan as tutor goal status shows: the same pace, answer time and reading.
      GoalPlan p =
          GoalPlanner.plan(
              g,
              skills,
              mastery,
              exercises.containsKey(g.packId()) ? levels : GoalPlanner.levels(skills, mastery),
              GoalPlanner.reviewLoad(g.packId(), d.cards()),
              today,
              tutor.goal.Pace.of(recent(d, g.packId()), answerTimes)
                  .withPackMinutes(GoalPlanner.packMinutes(g, d.goals())),
              d.lessonsSeen());
      String status = p.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      goals.add(new GoalStatus(g.id(), g.packId(), g.describe(), status, p.summary()));
      if (p.status() == GoalPlan.Status.BEHIND
          || p.status() == GoalPlan.Status.NOT_STARTED
          || p.status() == GoalPlan.Status.MISSED) {
        risks.add("behind on goal " + g.id() + " (" + g.describe() + "): " + p.summary());
      }
    }
    if (last == null) {
      risks.add("never studied");
    } else {
      long idle = Duration.between(last, at).toDays();
      if (idle >= STOPPED_DAYS) {
        risks.add(
            "study stopped: last answer on "
                + day.dateOf(last)
                + ", "
                + idle
                + " days before the export");
      }
    }
    if (retention != null && recent[0] >= MIN_REVIEWS) {
      if (retentionBefore != null
          && before[0] >= MIN_REVIEWS
          && retentionBefore - retention >= RETENTION_DROP - EPSILON) {
        risks.add(
            "retention falling: "
                + pct(retention)
                + " of reviews remembered in the last 30 days, "
                + pct(retentionBefore)
                + " in the 30 before");
      }
      if (desired - retention >= BELOW_TARGET - EPSILON) {
        risks.add(
            "retention below target: "
                + pct(retention)
                + " remembered against "
                + pct(desired)
                + " wanted");
      }
    }
    return new LearnerOverview(
        d.learner(),
        d.source(),
        at,
        last,
        d.answers().size(),
        days.size(),
        answers28,
        retention,
        recent[0],
        retentionBefore,
        before[0],
        desired,
        packMastery,
        goals,
        risks);
  }

  public boolean atRisk() {
    return !risks.isEmpty();
  }

  /**
   * Settings as the learner set them; a zone they never set counts as UTC (the mentor's is
   * irrelevant).
   */
  private static LearnerSettings settings(LearnerData d) {
    try {
      return LearnerSettings.from(d.settings(), ZoneOffset.UTC);
    } catch (RuntimeException e) {
      throw new ReportInputException(
          d.source() + ": its settings cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Each skill's level at the export in the packs whose exercises are known, as {@code tutor stats}
   * works it out ({@link Picker#memory}): its mastery and its exercises' mean FSRS recall, read
   * from the exported cards' stability and last review (FSRS-6's default decay: the export holds no
   * fitted parameters). Empty without those packs.
   */
  private static Map<SkillKey, Level> levels(
      LearnerData d,
      Map<SkillKey, SkillMastery> mastery,
      Map<String, List<StoredSkill>> packs,
      Map<String, Map<String, List<String>>> exercises,
      LearnerSettings settings,
      Instant at) {
    List<StoredSkill> skills = new ArrayList<>();
    packs.forEach(
        (pack, list) -> {
          if (exercises.containsKey(pack)) skills.addAll(list);
        });
    if (skills.isEmpty()) return Map.of();
    FsrsScheduler scheduler =
        new FsrsScheduler(settings.schedulerConfig(tutor.schedule.FsrsParameters.DEFAULT));
    Map<SkillKey, SkillTally> tallies = new HashMap<>();
    exercises.forEach(
        (pack, byExercise) ->
            byExercise.forEach(
                (exercise, skillIds) -> {
                  CardState card = d.cards().get(new CardKey(pack, exercise));
                  boolean seen = card != null && card.phase() != CardPhase.NEW;
                  double recall = seen ? scheduler.retrievability(card, at) : 0;
                  for (String skillId : skillIds) {
                    SkillKey k = new SkillKey(pack, skillId);
                    SkillTally t = tallies.get(k);
                    tallies.put(
                        k,
                        new SkillTally(
                            k,
                            (t == null ? 0 : t.exercises()) + 1,
                            (t == null ? 0 : t.seen()) + (seen ? 1 : 0),
                            (t == null ? 0 : t.recallSum()) + recall,
                            (t == null ? 0 : t.recalled()) + (seen ? 1 : 0)));
                  }
                }));
    return new Picker(scheduler, skills).memory(tallies, mastery).levels();
  }

  /**
   * Per skill of {@code pack}, each exercise's chance of being right by guessing, as knowledge
   * tracing takes it for that skill ({@link tutor.kind.Kind#chance}): what {@link #of(LearnerData,
   * Map, Map, Map)} weighs a skill's answers with.
   */
  public static Map<SkillKey, Map<String, Double>> guesses(tutor.pack.Pack pack) {
    Map<String, tutor.mastery.BktParameters> bkt = new HashMap<>();
    for (tutor.pack.Skill s : pack.skills()) bkt.put(s.id(), s.bkt());
    Map<SkillKey, Map<String, Double>> out = new HashMap<>();
    for (tutor.pack.Exercise e : pack.exercises()) {
      for (String skill : e.skills()) {
        if (!bkt.containsKey(skill)) continue;
        out.computeIfAbsent(new SkillKey(pack.id(), skill), k -> new HashMap<>())
            .put(e.id(), tutor.kind.Kind.chance(bkt.get(skill), e).guess());
      }
    }
    return out;
  }

  /**
   * The export's mastery with the latest answers of each skill that may count as mastered (known,
   * shown on two days) read from its answer log, as the store reads them for {@code tutor stats}
   * (cramming left out, right without hints showing the skill). Skills of packs not given keep none
   * read, and are not called mastered ({@link #mastery}).
   */
  private static Map<SkillKey, SkillMastery> weighed(
      LearnerData d,
      Map<String, Map<String, List<String>>> exercises,
      Map<SkillKey, Map<String, Double>> guesses,
      StudyDay day) {
    Map<SkillKey, java.util.ArrayDeque<tutor.mastery.Chance.Answer>> latest = new HashMap<>();
    // The right answers behind "shown on two exercises on two days", read from the answers too:
    // an export is a file its learner can edit, and the evidence in its mastery rows says so
    // without them (as a credential counts them from the log).
    Map<SkillKey, List<tutor.mastery.Observation>> shown = new HashMap<>();
    d.mastery()
        .forEach(
            (k, m) -> {
              if (m.known() && m.evidence().anotherDay() && guesses.containsKey(k))
                latest.put(k, new java.util.ArrayDeque<>());
            });
    if (latest.isEmpty()) return d.mastery();
    for (LoggedReview a : d.answers()) {
      if ("cram".equals(a.kind())) continue;
      Map<String, List<String>> byExercise = exercises.get(a.card().packId());
      List<String> skills = byExercise == null ? null : byExercise.get(a.card().exerciseId());
      if (skills == null) continue;
      for (String skill : skills) {
        SkillKey k = new SkillKey(a.card().packId(), skill);
        java.util.ArrayDeque<tutor.mastery.Chance.Answer> q = latest.get(k);
        if (q == null) continue;
        if (a.correct() && a.hintsUsed() == 0) {
          shown
              .computeIfAbsent(k, x -> new ArrayList<>())
              .add(new tutor.mastery.Observation(a.card().exerciseId(), a.at(), true, true, null));
        }
        Double guess = guesses.get(k).get(a.card().exerciseId());
        q.addLast(
            new tutor.mastery.Chance.Answer(
                guess == null ? 0 : guess, a.correct() && a.hintsUsed() == 0));
        if (q.size() > tutor.mastery.Chance.RECENT) q.removeFirst();
      }
    }
    Map<SkillKey, SkillMastery> out = new HashMap<>(d.mastery());
    latest.forEach(
        (k, q) -> {
          SkillMastery m = out.get(k);
          tutor.mastery.Evidence e = m.evidence();
          tutor.mastery.ObservedEvidence seen =
              tutor.mastery.ObservedEvidence.of(
                  shown.getOrDefault(k, List.of()), day::elapsedDays, e.placed(), 1);
          out.put(
              k,
              m.withEvidence(
                  new tutor.mastery.Evidence(
                      seen.rightAnswers() == 0 ? null : e.firstExercise(),
                      seen.rightAnswers() == 0 ? null : e.firstRightAt(),
                      e.anotherExercise() && seen.exercises() >= 2,
                      e.anotherDay() && seen.days() >= 2,
                      e.placed(),
                      List.copyOf(q),
                      e.opened())));
        });
    return out;
  }

  private static List<PackMastery> mastery(
      Map<SkillKey, SkillMastery> mastery,
      Map<String, List<StoredSkill>> packs,
      Map<String, Map<String, List<String>>> exercises,
      Set<String> checked,
      Map<SkillKey, Level> levels) {
    Map<String, Map<String, Double>> byPack = new TreeMap<>();
    Map<String, Integer> masteredByPack = new TreeMap<>();
    Map<String, Integer> knownByPack = new TreeMap<>();
    Map<String, List<String>> fadingByPack = new TreeMap<>();
    mastery.forEach(
        (k, m) -> {
          if (m.attempts() > 0)
            byPack.computeIfAbsent(k.packId(), p -> new TreeMap<>()).put(k.skillId(), m.pKnown());
          if (m.attempts() > 0 && m.known()) knownByPack.merge(k.packId(), 1, Integer::sum);
          // Mastered is known, shown on two exercises on two days and beyond guessing
          // (docs/mastery.md), not P(known) alone; with the pack's exercises, not fading
          // either (their recall).
          boolean recall = exercises.containsKey(k.packId());
          Level level = levels.get(k);
          if (m.attempts() > 0 && (recall ? level == Level.MASTERED : m.mastered()))
            masteredByPack.merge(k.packId(), 1, Integer::sum);
          if (m.attempts() > 0 && recall && level == Level.FADING)
            fadingByPack.computeIfAbsent(k.packId(), p -> new ArrayList<>()).add(k.skillId());
        });
    List<PackMastery> out = new ArrayList<>();
    byPack.forEach(
        (pack, skills) -> {
          Integer mastered = checked.contains(pack) ? masteredByPack.getOrDefault(pack, 0) : null;
          List<StoredSkill> all = packs.get(pack);
          List<String> fading = fadingByPack.getOrDefault(pack, List.of());
          out.add(
              new PackMastery(
                  pack,
                  mastered,
                  knownByPack.getOrDefault(pack, 0),
                  skills.size(),
                  all == null ? null : all.size(),
                  skills,
                  fading.stream().sorted().toList()));
        });
    return out;
  }

  /** The weakest practised skills of a pack, lowest P(known) first. */
  public static List<Map.Entry<String, Double>> weakest(PackMastery p, int n) {
    return p.pKnown().entrySet().stream()
        .filter(e -> e.getValue() < SkillMastery.MASTERED)
        .sorted(
            Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .toList();
  }

  /**
   * The learner's answers to a pack as of the export, counted as tutor goal status counts them
   * (GoalStore#recentAnswers): over {@link GoalPlanner#PACE_DAYS} days, study and reviews only.
   */
  static RecentAnswers recent(LearnerData d, String packId) {
    Instant at = d.exportedAt();
    Instant since = at.minus(Duration.ofDays(GoalPlanner.PACE_DAYS));
    int n = 0;
    Instant first = null;
    for (LoggedReview a : d.answers()) {
      if (!a.card().packId().equals(packId) || GoalPlanner.NOT_PACE.contains(a.kind())) continue;
      if (first == null || a.at().isBefore(first)) first = a.at();
      if (!a.at().isBefore(since) && a.at().isBefore(at)) n++;
    }
    return new RecentAnswers(n, first, at, GoalPlanner.PACE_DAYS);
  }

  static String pct(double r) {
    return Math.round(100 * r) + "%";
  }
}
