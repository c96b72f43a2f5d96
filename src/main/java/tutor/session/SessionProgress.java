package tutor.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tutor.mastery.Level;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.StudyDay;

/**
 * What a session changed, for its summary: the skills that moved up a level (by the picker's own
 * levels, fading included) and when to come back.
 */
final class SessionProgress {
  private final Picker picker;
  private final List<StoredExercise> exercises;
  private final List<StoredSkill> skills;
  private final Map<SkillKey, Level> before;

  private SessionProgress(
      Picker picker,
      List<StoredExercise> exercises,
      List<StoredSkill> skills,
      Map<SkillKey, Level> before) {
    this.picker = picker;
    this.exercises = exercises;
    this.skills = skills;
    this.before = before;
  }

  /** Takes note of every skill's level as the session starts. */
  static SessionProgress start(
      Picker picker,
      List<StoredExercise> exercises,
      List<StoredSkill> skills,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      Instant now) {
    return new SessionProgress(
        picker, exercises, skills, new HashMap<>(levels(picker, exercises, cards, mastery, now)));
  }

  /**
   * Takes note of every skill's level from what the store summed of each skill ({@link
   * tutor.store.Store#skillTallies}): the same levels, without a card or exercise kept.
   */
  static SessionProgress start(
      Picker picker,
      List<StoredSkill> skills,
      Map<SkillKey, tutor.store.SkillTally> tallies,
      Map<SkillKey, SkillMastery> mastery) {
    return new SessionProgress(
        picker, List.of(), skills, new HashMap<>(picker.memory(tallies, mastery).levels()));
  }

  /** As {@link #improved(Map, Map, Instant)}, over {@code exercises}. */
  List<SessionSummary.LevelUp> improved(
      List<StoredExercise> exercises,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      Instant now) {
    return new SessionProgress(picker, exercises, skills, before).improved(cards, mastery, now);
  }

  /**
   * As {@link #improved(Map, Map, Instant)}, from what the store summed of each skill at the end
   * ({@link tutor.store.Store#skillTallies}), without a card or exercise read.
   */
  List<SessionSummary.LevelUp> improved(
      Map<SkillKey, tutor.store.SkillTally> tallies, Map<SkillKey, SkillMastery> mastery) {
    return changes(picker.memory(tallies, mastery).levels());
  }

  private static Map<SkillKey, Level> levels(
      Picker picker,
      List<StoredExercise> exercises,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      Instant now) {
    return picker.memory(Picker.Request.of(exercises, cards, mastery, now)).levels();
  }

  /** Skills whose level rose since the start (locked to new is an unlock), in teaching order. */
  List<SessionSummary.LevelUp> improved(
      Map<CardKey, CardState> cards, Map<SkillKey, SkillMastery> mastery, Instant now) {
    return changes(levels(picker, exercises, cards, mastery, now));
  }

  private List<SessionSummary.LevelUp> changes(Map<SkillKey, Level> after) {
    List<SessionSummary.LevelUp> out = new ArrayList<>();
    for (StoredSkill s : skills) {
      Level was = before.getOrDefault(s.key(), Level.LOCKED);
      Level is = after.getOrDefault(s.key(), was);
      if (rank(is) > rank(was)) out.add(new SessionSummary.LevelUp(s.title(), was, is));
    }
    return out;
  }

  /**
   * Up the ladder: locked, new, learning, placed, fading, learned, mastered (a refreshed fading
   * skill moves up; answering a placed skill right makes it learned).
   */
  private static int rank(Level l) {
    return switch (l) {
      case LOCKED -> 0;
      case NEW -> 1;
      case LEARNING -> 2;
      case PLACED -> 3;
      case FADING -> 4;
      case LEARNED -> 5;
      case MASTERED -> 6;
    };
  }

  /** One sentence on when to come back, from the cards of the session's scope. */
  static String comeBack(
      List<StoredExercise> scope, Map<CardKey, CardState> cards, Instant now, StudyDay day) {
    int dueNow = 0;
    Instant next = null;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if (c == null || c.phase() == CardPhase.NEW) continue;
      if (!c.due().isAfter(now)) dueNow++;
      else if (next == null || c.due().isBefore(next)) next = c.due();
    }
    return comeBack(dueNow, next, date -> dueOn(scope, cards, date, day), now, day);
  }

  /**
   * The same from what was counted: seen cards due now, the next due time after now (null: none),
   * and how many seen cards fall due on a study day.
   */
  static String comeBack(
      int dueNow,
      Instant next,
      java.util.function.Function<LocalDate, Integer> dueOn,
      Instant now,
      StudyDay day) {
    if (dueNow > 0) {
      return dueNow
          + (dueNow == 1 ? " exercise is" : " exercises are")
          + " due now: go on whenever you like.";
    }
    if (next == null)
      return "Nothing is scheduled yet: come back for new material whenever you like.";
    LocalDate today = day.dateOf(now);
    LocalDate nextDay = day.dateOf(next);
    int onThatDay = dueOn.apply(nextDay);
    String what = onThatDay + (onThatDay == 1 ? " exercise" : " exercises");
    if (nextDay.equals(today)) {
      String at = DateTimeFormatter.ofPattern("HH:mm").format(next.atZone(day.zone()));
      int tomorrow = dueOn.apply(today.plusDays(1));
      // Under half a minute away reads "in 1 minute", never "Come back now (at 07:12)".
      Duration wait = Duration.between(now, next);
      return "Come back "
          + Durations.in(wait.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : wait)
          + " (at "
          + at
          + ") for "
          + (onThatDay == 1 ? "the last exercise due today" : "the rest of today's " + what)
          + (tomorrow > 0 ? ", and tomorrow for " + tomorrow + " more." : ".");
    }
    long days = ChronoUnit.DAYS.between(today, nextDay);
    String when =
        days == 1 ? "tomorrow" : "on " + EnglishDates.longDate(nextDay) + " (in " + days + " days)";
    return "Come back " + when + ", when " + what + (onThatDay == 1 ? " is" : " are") + " due.";
  }

  private static int dueOn(
      List<StoredExercise> scope, Map<CardKey, CardState> cards, LocalDate date, StudyDay day) {
    int n = 0;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if (c != null && c.phase() != CardPhase.NEW && day.dateOf(c.due()).equals(date)) n++;
    }
    return n;
  }
}
