package tutor.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tutor.goal.Goal;
import tutor.goal.GoalPlanner;
import tutor.mastery.Chance;
import tutor.mastery.Level;
import tutor.mastery.Observation;
import tutor.mastery.ObservedEvidence;
import tutor.mastery.SkillMastery;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.DayCounter;
import tutor.store.LoggedReview;

/**
 * Whether a learner has mastered a pack, or a unit of it, checked from their data and nothing else:
 * every skill of it at level mastered now (known by knowledge tracing, on solid prerequisites),
 * with observed evidence (right answers without hints to two different exercises on two different
 * study days, see docs/mastery.md: a placement's inference is not evidence) and a predicted recall
 * now at or above the criterion (the learner's desired retention). A unit is some skills of the
 * pack with everything they require, as for goals. Also gathers the evidence a credential states.
 *
 * @param unit the skill ids asked for; empty for the whole pack
 * @param skills every skill of the pack or unit, in teaching order
 * @param unmet why each skill that falls short does, in words; empty when the criteria are met
 */
public record UnitMastery(
    String packId,
    List<String> unit,
    List<SkillResult> skills,
    List<String> unmet,
    Evidence evidence) {

  /**
   * One skill and where the learner stands.
   *
   * @param observed what the learner's answers show of it (null when not computed)
   */
  public record SkillResult(
      String id,
      String title,
      Level level,
      double pKnown,
      int attempts,
      int correct,
      ObservedEvidence observed) {
    public SkillResult(
        String id, String title, Level level, double pKnown, int attempts, int correct) {
      this(id, title, level, pKnown, attempts, correct, null);
    }
  }

  /**
   * The learner's record on the unit's exercises.
   *
   * @param answers every answer to an exercise of the unit's skills
   * @param reviews of those, reviews of cards already learnt (phase review)
   * @param recalled reviews remembered (rated Hard or better)
   * @param firstAnswer when the first answer was given, null without answers
   * @param lastAnswer when the last was
   */
  public record Evidence(
      int answers, int reviews, int recalled, Instant firstAnswer, Instant lastAnswer) {
    /** Measured retention in percent, or null before any review. */
    public Integer retentionPercent() {
      return reviews == 0 ? null : (int) Math.round(100.0 * recalled / reviews);
    }
  }

  public UnitMastery {
    unit = List.copyOf(unit);
    skills = List.copyOf(skills);
    unmet = List.copyOf(unmet);
  }

  public boolean met() {
    return unmet.isEmpty();
  }

  /**
   * @param unit skill ids of the unit, empty for the whole pack; each must be a skill of the pack
   * @param levels each skill's level now (the picker's, memory and the prerequisite cap included)
   * @param recalls each skill's predicted recall now (mean of its reviewed exercises)
   * @param days what a study day is for the learner
   * @param criterion the predicted recall each skill must have now (the desired retention)
   */
  public static UnitMastery check(
      String packId,
      List<String> unit,
      List<StoredSkill> allSkills,
      List<StoredExercise> exercises,
      Map<SkillKey, SkillMastery> mastery,
      Map<SkillKey, Level> levels,
      Map<SkillKey, Double> recalls,
      List<LoggedReview> answers,
      DayCounter days,
      double criterion,
      Map<tutor.pack.CardKey, Double> guess) {
    // The same closure as a goal's: the skills asked for and everything they require.
    List<SkillKey> path =
        GoalPlanner.path(new Goal(0, packId, unit, null, null, null, Instant.EPOCH), allSkills);
    Map<SkillKey, ObservedEvidence> observed =
        observed(packId, path, exercises, mastery, recalls, answers, days);
    Map<SkillKey, Integer> exerciseCount = new HashMap<>();
    for (StoredExercise e : exercises) {
      if (!e.packId().equals(packId)) continue;
      for (String s : e.exercise().skills())
        exerciseCount.merge(new SkillKey(packId, s), 1, Integer::sum);
    }
    List<SkillResult> results = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    for (SkillKey k : path) {
      StoredSkill s = allSkills.stream().filter(x -> x.key().equals(k)).findFirst().orElseThrow();
      SkillMastery m = mastery.get(k);
      Level level = levels.getOrDefault(k, Level.NEW);
      ObservedEvidence o = observed.get(k);
      results.add(
          new SkillResult(
              s.id(),
              s.title(),
              level,
              m == null ? 0 : m.pKnown(),
              m == null ? 0 : m.attempts(),
              m == null ? 0 : m.correct(),
              o));
      List<String> missing = missing(level, m, o, exerciseCount.getOrDefault(k, 0), criterion);
      // said once the evidence of exercises and days is there: it is what luck can fake
      String chance =
          o.spaced(exerciseCount.getOrDefault(k, 0))
              ? byChance(k, packId, exercises, answers, guess)
              : null;
      if (chance != null) missing.add(chance);
      if (!missing.isEmpty())
        unmet.add(s.title() + " (" + s.id() + "): " + String.join("; ", missing));
    }
    Set<String> ids = new HashSet<>();
    path.forEach(k -> ids.add(k.skillId()));
    Set<Object> unitExercises = new HashSet<>();
    for (StoredExercise e : exercises) {
      if (e.packId().equals(packId) && e.exercise().skills().stream().anyMatch(ids::contains))
        unitExercises.add(e.key());
    }
    int n = 0;
    int reviews = 0;
    int recalled = 0;
    Instant first = null;
    Instant last = null;
    for (LoggedReview a : answers) {
      if (!unitExercises.contains(a.card())) continue;
      n++;
      if (a.phaseBefore() == CardPhase.REVIEW) {
        reviews++;
        if (a.rating() > 1) recalled++;
      }
      if (first == null) first = a.at();
      last = a.at();
    }
    return new UnitMastery(
        packId, unit, results, unmet, new Evidence(n, reviews, recalled, first, last));
  }

  /**
   * Each skill's observed evidence, from its answers (placement's included: they were answered;
   * cramming's not: it moves nothing). The pure seam a credential's statement of evidence uses.
   */
  public static Map<SkillKey, ObservedEvidence> observed(
      String packId,
      List<SkillKey> skills,
      List<StoredExercise> exercises,
      Map<SkillKey, SkillMastery> mastery,
      Map<SkillKey, Double> recalls,
      List<LoggedReview> answers,
      DayCounter days) {
    Map<Object, List<String>> skillsOf = new HashMap<>();
    for (StoredExercise e : exercises) {
      if (e.packId().equals(packId)) skillsOf.put(e.key(), e.exercise().skills());
    }
    Map<SkillKey, List<Observation>> bySkill = new HashMap<>();
    for (SkillKey k : skills) bySkill.put(k, new ArrayList<>());
    for (LoggedReview a : answers) {
      List<String> of = skillsOf.get(a.card());
      if (of == null || "cram".equals(a.kind())) continue;
      Observation o =
          new Observation(a.card().exerciseId(), a.at(), a.correct(), a.hintsUsed() == 0, null);
      for (String s : of) {
        List<Observation> list = bySkill.get(new SkillKey(packId, s));
        if (list != null) list.add(o);
      }
    }
    Map<SkillKey, ObservedEvidence> out = new LinkedHashMap<>();
    for (SkillKey k : skills) {
      SkillMastery m = mastery.get(k);
      out.put(
          k,
          ObservedEvidence.of(
              bySkill.get(k),
              days,
              m != null && m.evidence().placed(),
              recalls.getOrDefault(k, 1.0)));
    }
    return out;
  }

  /**
   * Whether the skill's latest answers could be a guesser's ({@link Chance}, the rule every display
   * of "mastered" uses too): null when they are beyond guessing; else why not, in words.
   */
  static String byChance(
      SkillKey skill,
      String packId,
      List<StoredExercise> exercises,
      List<LoggedReview> answers,
      Map<tutor.pack.CardKey, Double> guess) {
    Set<Object> ofSkill = new HashSet<>();
    for (StoredExercise e : exercises) {
      if (e.packId().equals(packId) && e.exercise().skills().contains(skill.skillId()))
        ofSkill.add(e.key());
    }
    List<Chance.Answer> latest = new ArrayList<>();
    for (int i = answers.size() - 1; i >= 0 && latest.size() < Chance.RECENT; i--) {
      LoggedReview a = answers.get(i);
      if (!ofSkill.contains(a.card()) || "cram".equals(a.kind())) continue;
      latest.add(
          0,
          new Chance.Answer(guess.getOrDefault(a.card(), 0.0), a.correct() && a.hintsUsed() == 0));
    }
    long right = latest.stream().filter(Chance.Answer::shows).count();
    if (right == 0) return null; // said already: no right answer
    if (Chance.beyondGuessing(latest)) return null;
    return String.format(
        Locale.ROOT,
        "right no more often than guessing would be: %d of the last %d answers, where guessing"
            + " gets about %.0f",
        right,
        latest.size(),
        Chance.expectedByGuessing(latest));
  }

  /** What a skill lacks for a credential, in words; empty when nothing. */
  static List<String> missing(
      Level level, SkillMastery m, ObservedEvidence o, int exercisesInSkill, double criterion) {
    List<String> out = new ArrayList<>();
    if (level == Level.LOCKED) {
      out.add("locked, its prerequisites are not known yet");
      return out;
    }
    if (o.rightAnswers() == 0) {
      out.add(
          o.placed()
              ? "placed by the placement test, never answered"
              : m == null || m.attempts() == 0
                  ? "not practised yet"
                  : m.correct() > 0
                      ? "right only after hints so far (an answer helped by a hint shows less)"
                      : "no right answer yet");
    }
    int needed = tutor.mastery.Evidence.exercisesNeeded(exercisesInSkill);
    String shown =
        Math.min(o.exercises(), needed)
            + " of "
            + needed
            + " exercises, "
            + Math.min(o.days(), tutor.mastery.Evidence.DAYS_NEEDED)
            + " of "
            + tutor.mastery.Evidence.DAYS_NEEDED
            + " days";
    if (!o.spaced(exercisesInSkill)) out.add(shown);
    if (m != null && m.attempts() > 0 && !m.known()) {
      out.add(
          String.format(
              Locale.ROOT,
              "P(known) %.2f < %.2f",
              // rounded down: 0.9496 is not "0.95 < 0.95"
              Math.floor((m == null ? 0 : m.pKnown()) * 100) / 100,
              SkillMastery.MASTERED));
    }
    if (o.recall() < criterion)
      out.add(String.format(Locale.ROOT, "recall %.2f < %.2f", o.recall(), criterion));
    if (out.isEmpty() && level != Level.MASTERED) {
      out.add(
          level == Level.LEARNED
              ? "a skill it requires has fallen back; review that first"
              : level.label() + ", not mastered");
    }
    return out;
  }
}
