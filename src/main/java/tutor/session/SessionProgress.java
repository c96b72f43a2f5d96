package tutor.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.mastery.Level;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.Scheduler;
import tutor.schedule.StudyDay;
import tutor.store.SkillTally;

/**
 * What a session changed of the levels of skills, by one definition: the level every display shows
 * ({@link Picker#memory}: P(known), evidence, fading recall, the prerequisite cap, unlocks,
 * placement). It is kept in step with each answer, so that what is said after an answer ({@link
 * #answered}) and the summary's list at the end ({@link #improved()}) are the same changes: a skill
 * said to move up during the session is in the summary unless it was also said to move back.
 */
final class SessionProgress {
  /** Same moves of more skills than this in one answer are said in one line. */
  private static final int NAMED = 3;

  private final Picker picker;
  private final Scheduler scheduler;
  private final List<StoredSkill> skills;
  private final Map<SkillKey, StoredSkill> byKey = new HashMap<>();
  private final Map<SkillKey, Level> before;

  /** Each skill's tally, kept in step with the session's answers. */
  private final Map<SkillKey, SkillTally> tallies;

  /** The instant the tallies' retrievability was summed at. */
  private final Instant summedAt;

  /** Each skill's level after the last answer. */
  private final SkillLevels levels;

  /** Skills whose tally changed since the levels were last worked out. */
  private final Set<SkillKey> tallied = new HashSet<>();

  /** Each skill's place in {@link #skills}: the order changes are said in. */
  private final Map<SkillKey, Integer> order = new HashMap<>();

  /**
   * Skills open at some time in this session: "Unlocked" is said once, never again after a lapse
   * locked and a later answer unlocked the same skill.
   */
  private final Set<SkillKey> opened = new HashSet<>();

  /** Skills said to be locked again in this session: said once. */
  private final Set<SkillKey> relockSaid = new HashSet<>();

  /** What the session's answers added to {@link #opened} and {@link #relockSaid}, in order. */
  private final List<SkillKey> openedLog = new ArrayList<>();

  private final List<SkillKey> relockLog = new ArrayList<>();

  /** Both logs' lengths before each answer of the session, for :undo to go back to. */
  private final Deque<int[]> marks = new ArrayDeque<>();

  private SessionProgress(
      Picker picker,
      Scheduler scheduler,
      List<StoredSkill> skills,
      Map<SkillKey, SkillTally> tallies,
      Instant summedAt,
      Map<SkillKey, SkillMastery> mastery) {
    this.picker = picker;
    this.scheduler = scheduler;
    this.skills = skills;
    for (int i = 0; i < skills.size(); i++) {
      byKey.put(skills.get(i).key(), skills.get(i));
      order.putIfAbsent(skills.get(i).key(), i);
    }
    this.tallies = new HashMap<>(tallies);
    this.summedAt = summedAt;
    this.levels = new SkillLevels(picker, this.tallies, mastery);
    this.before = java.util.Collections.unmodifiableMap(new HashMap<>(levels.levels()));
    before.forEach(
        (k, l) -> {
          if (l != Level.LOCKED) opened.add(k);
        });
  }

  /** Takes note of every skill's level as the session starts, from every exercise and card. */
  static SessionProgress start(
      Picker picker,
      Scheduler scheduler,
      List<StoredExercise> exercises,
      List<StoredSkill> skills,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      Instant now) {
    return new SessionProgress(
        picker,
        scheduler,
        skills,
        picker.tallies(Picker.Request.of(exercises, cards, mastery, now)),
        now,
        mastery);
  }

  /**
   * Takes note of every skill's level from what the store summed of each skill ({@link
   * tutor.store.Store#skillTallies}, retrievability at {@code summedAt}): the same levels, without
   * a card or exercise kept.
   */
  static SessionProgress start(
      Picker picker,
      Scheduler scheduler,
      List<StoredSkill> skills,
      Map<SkillKey, SkillTally> tallies,
      Instant summedAt,
      Map<SkillKey, SkillMastery> mastery) {
    return new SessionProgress(picker, scheduler, skills, tallies, summedAt, mastery);
  }

  /**
   * One answer (or a dispute) moved a card of {@code packId} practising {@code skillIds} from
   * {@code cardBefore} to {@code cardAfter}, and {@code mastery} is the mastery after it (an answer
   * changes its skills' mastery only, as {@link AnswerRecorder} does): the level changes it made,
   * in words, in teaching order. A skill's first answer (new to learning) goes unsaid (the exercise
   * said it was new material); a lapse that sends a skill back is said, and a skill locked again
   * (never practised: a practised one stays open) is said once a session.
   */
  List<String> answered(
      String packId,
      List<String> skillIds,
      CardState cardBefore,
      CardState cardAfter,
      Instant at,
      Map<SkillKey, SkillMastery> mastery) {
    return answered(packId, skillIds, cardBefore, cardAfter, at, mastery, true);
  }

  /**
   * As {@link #answered(String, List, CardState, CardState, Instant, Map)}, for an answer right or
   * not: a miss never says that its own skill moved up. A missed exercise is reviewed again at
   * once, so its recall counts as fresh and a fading skill read "fading -> learned" just under "Not
   * quite" (a week's trial, F16): the skill's level is still worked out the same way, and a right
   * answer or the summary says where it stands.
   */
  List<String> answered(
      String packId,
      List<String> skillIds,
      CardState cardBefore,
      CardState cardAfter,
      Instant at,
      Map<SkillKey, SkillMastery> mastery,
      boolean right) {
    marks.push(new int[] {openedLog.size(), relockLog.size()});
    missed = !right;
    try {
      return said(packId, skillIds, cardBefore, cardAfter, at, mastery);
    } finally {
      missed = false;
    }
  }

  /** The answer being told was a miss ({@link #answered}). */
  private boolean missed;

  /**
   * A dispute recorded the last answer again as right: its changes, as {@link #answered}, said as a
   * change of that answer (what :undo takes back is the answer, disputed or not).
   */
  List<String> disputed(
      String packId,
      List<String> skillIds,
      CardState cardBefore,
      CardState cardAfter,
      Instant at,
      Map<SkillKey, SkillMastery> mastery) {
    return said(packId, skillIds, cardBefore, cardAfter, at, mastery);
  }

  private List<String> said(
      String packId,
      List<String> skillIds,
      CardState cardBefore,
      CardState cardAfter,
      Instant at,
      Map<SkillKey, SkillMastery> mastery) {
    List<SkillKey> answered = skillIds.stream().map(id -> new SkillKey(packId, id)).toList();
    tally(packId, skillIds, cardBefore, cardAfter, at);
    return news(relevel(mastery, answered), answered);
  }

  /**
   * A card of {@code packId} practising {@code skillIds} was put back from {@code cardBefore} to
   * {@code cardAfter} by :undo; {@link #undone} follows once every card taken back is told.
   */
  void takenBack(
      String packId, List<String> skillIds, CardState cardBefore, CardState cardAfter, Instant at) {
    tally(packId, skillIds, cardBefore, cardAfter, at);
  }

  /**
   * :undo took the last answer back ({@link #takenBack}), the mastery is as before it. Nothing is
   * said (the undo says so itself), and what was said of unlocks goes back to before that answer.
   */
  void undone(Map<SkillKey, SkillMastery> mastery) {
    relevel(mastery, null);
    int[] mark = marks.poll();
    if (mark == null) return;
    while (openedLog.size() > mark[0]) opened.remove(openedLog.remove(openedLog.size() - 1));
    while (relockLog.size() > mark[1]) relockSaid.remove(relockLog.remove(relockLog.size() - 1));
  }

  /** Keeps the tallies in step with one card. */
  private void tally(
      String packId, List<String> skillIds, CardState cardBefore, CardState cardAfter, Instant at) {
    boolean seenBefore = seen(cardBefore);
    boolean seenAfter = seen(cardAfter);
    // The tallies were summed at one instant; a card moved now counts by its recall now (within
    // the study day the two are the same: retrievability counts whole days).
    double was = seenBefore ? scheduler.retrievability(cardBefore, summedAt) : 0;
    double is =
        seenAfter ? scheduler.retrievability(cardAfter, at.isBefore(summedAt) ? summedAt : at) : 0;
    for (String id : skillIds) {
      SkillKey k = new SkillKey(packId, id);
      SkillTally t = tallies.get(k);
      if (t == null) continue; // not an installed skill's exercise: no tally to keep
      int count = (seenAfter ? 1 : 0) - (seenBefore ? 1 : 0);
      tallied.add(k);
      tallies.put(
          k,
          new SkillTally(
              k, t.exercises(), t.seen() + count, t.recallSum() - was + is, t.recalled() + count));
    }
  }

  /**
   * Works out again the levels the changed tallies and mastery can move ({@link SkillLevels}): the
   * skills whose level changed, with their level before. {@code mastered}: the skills whose mastery
   * may have changed since (an answer's), null for any.
   */
  private Map<SkillKey, Level> relevel(
      Map<SkillKey, SkillMastery> mastery, List<SkillKey> mastered) {
    Map<SkillKey, Level> was = levels.update(tallied, tallies, mastery, mastered);
    tallied.clear();
    return was;
  }

  /** Each skill's level now, for tests to hold against a count from scratch. */
  Map<SkillKey, Level> levels() {
    return levels.levels();
  }

  /** Each skill's tally now, kept in step with the session's answers. */
  Map<SkillKey, SkillTally> tallies() {
    return java.util.Collections.unmodifiableMap(tallies);
  }

  private static boolean seen(CardState c) {
    return c != null && c.phase() != CardPhase.NEW;
  }

  /**
   * The changes of the skills in {@code was} (their levels before) to their levels now in words
   * ({@code answered}: the answer's skills), in teaching order, noting what is said once a session.
   */
  private List<String> news(Map<SkillKey, Level> was, List<SkillKey> answered) {
    Map<SkillKey, Level> is = levels.levels();
    List<String> out = new ArrayList<>();
    List<String> unlocked = new ArrayList<>();
    List<StoredSkill> relocked = new ArrayList<>();
    // Skills the answer did not practise that made the same move (a prerequisite's lapse capping
    // its mastered dependants): named together.
    Map<String, List<String>> together = new LinkedHashMap<>();
    List<SkillKey> moved = new ArrayList<>();
    for (SkillKey k : was.keySet()) if (order.containsKey(k)) moved.add(k);
    moved.sort(java.util.Comparator.comparing(order::get));
    for (SkillKey k : moved) {
      StoredSkill s = skills.get(order.get(k));
      Level from = was.getOrDefault(k, Level.LOCKED);
      if (from == null) from = Level.LOCKED;
      Level to = is.getOrDefault(k, from);
      if (from == to) continue;
      if (to == Level.LOCKED) {
        if (relockSaid.add(k)) {
          relockLog.add(k);
          relocked.add(s);
        }
      } else if (from == Level.LOCKED && open(s, to, is)) {
        // "Unlocked" once a session: a skill open earlier (locked again since) goes unsaid. A
        // locked skill practised by choice (study --skill) until known is learned, not unlocked:
        // what it requires is still not known (said as a move below).
        if (opened.add(k)) {
          openedLog.add(k);
          unlocked.add(s.title());
        }
      } else if (from == Level.NEW && to == Level.LEARNING) {
        continue;
      } else if (answered.contains(k)) {
        if (missed && to.rank() > from.rank()) continue;
        // Up into fading under "Correct." read as a step back: known now, and the rest of its
        // exercises are what is being forgotten.
        String why =
            to == Level.FADING && from.rank() < to.rank()
                ? " (known now; its other exercises need a review)"
                : "";
        out.add(s.title() + ": " + from.label() + " -> " + to.label() + why);
      } else {
        together
            .computeIfAbsent(from.label() + " -> " + to.label(), x -> new ArrayList<>())
            .add(s.title());
      }
    }
    together.forEach((move, titles) -> out.add(names(titles) + ": " + move));
    if (!unlocked.isEmpty()) out.add("Unlocked: " + names(unlocked));
    // Skills locked again by the same prerequisites: one line, as "Unlocked" names them together.
    Map<String, List<String>> relockedBy = new LinkedHashMap<>();
    for (StoredSkill s : relocked) {
      List<String> missing = new ArrayList<>();
      for (String r : s.requires()) {
        SkillKey rk = new SkillKey(s.packId(), r);
        if (!is.getOrDefault(rk, Level.LOCKED).known()) missing.add(title(rk));
      }
      relockedBy
          .computeIfAbsent(
              names(missing) + (missing.size() == 1 ? " is" : " are"), x -> new ArrayList<>())
          .add(s.title());
    }
    relockedBy.forEach(
        (until, titles) -> out.add("Locked again until " + until + " learned: " + names(titles)));
    return out;
  }

  /**
   * Whether {@code s}, at level {@code level} among {@code levels}, is open: new or learning (a
   * locked skill shows as locked, MasteryModel.level), or all it requires known. A skill known by
   * practice while locked (study --skill) shows as learned, and is still locked.
   */
  private static boolean open(StoredSkill s, Level level, Map<SkillKey, Level> levels) {
    if (level == Level.NEW || level == Level.LEARNING) return true;
    for (String r : s.requires()) {
      if (!levels.getOrDefault(new SkillKey(s.packId(), r), Level.LOCKED).known()) return false;
    }
    return true;
  }

  /** Titles as "A", "A and B", "A, B and C", "A, B, C and 2 more". */
  static String names(List<String> titles) {
    return TitleList.of(titles, NAMED);
  }

  private String title(SkillKey k) {
    StoredSkill s = byKey.get(k);
    return s == null ? k.skillId() : s.title();
  }

  /**
   * Skills whose level rose since the start (locked to new is an unlock), in teaching order: the
   * net of what {@link #answered} said.
   */
  List<SessionSummary.LevelUp> improved() {
    return changes(levels.levels());
  }

  /** As {@link #improved(Map, Map, Instant)}, over {@code exercises}. */
  List<SessionSummary.LevelUp> improved(
      List<StoredExercise> exercises,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      Instant now) {
    return changes(picker.memory(Picker.Request.of(exercises, cards, mastery, now)).levels());
  }

  /**
   * The same from what the store summed of each skill at the end ({@link
   * tutor.store.Store#skillTallies}), without a card or exercise read: the levels counted afresh,
   * which {@link #improved()} keeps in step with instead.
   */
  List<SessionSummary.LevelUp> improved(
      Map<SkillKey, SkillTally> tallies, Map<SkillKey, SkillMastery> mastery) {
    return changes(picker.memory(tallies, mastery).levels());
  }

  /**
   * Skills at a lower level than at the start (a miss took them back, or locked them again), in
   * teaching order: the net of the moves back {@link #answered} said.
   */
  List<SessionSummary.LevelUp> movedBack() {
    return changes(levels.levels(), -1);
  }

  private List<SessionSummary.LevelUp> changes(Map<SkillKey, Level> after) {
    return changes(after, 1);
  }

  /**
   * Skills whose level moved in {@code direction} (1 up, -1 down) from the start to {@code after}.
   */
  private List<SessionSummary.LevelUp> changes(Map<SkillKey, Level> after, int direction) {
    List<SessionSummary.LevelUp> out = new ArrayList<>();
    for (StoredSkill s : skills) {
      Level was = before.getOrDefault(s.key(), Level.LOCKED);
      Level is = after.getOrDefault(s.key(), was);
      if (Integer.signum(is.rank() - was.rank()) == direction)
        out.add(
            new SessionSummary.LevelUp(
                s.title(), was, is, was == Level.LOCKED && open(s, is, after)));
    }
    return out;
  }

  /** One sentence on when to come back, from the cards of the session's scope. */
  static String comeBack(
      List<StoredExercise> scope, Map<CardKey, CardState> cards, Instant now, StudyDay day) {
    return comeBack(scope, cards, now, day, 0, null);
  }

  /** The same, with {@code newToday} new exercises still open today, studied with {@code goOn}. */
  static String comeBack(
      List<StoredExercise> scope,
      Map<CardKey, CardState> cards,
      Instant now,
      StudyDay day,
      int newToday,
      String goOn) {
    int dueNow = 0;
    Instant next = null;
    for (StoredExercise e : scope) {
      CardState c = cards.get(e.key());
      if (c == null || c.phase() == CardPhase.NEW) continue;
      if (!c.due().isAfter(now)) dueNow++;
      else if (next == null || c.due().isBefore(next)) next = c.due();
    }
    return comeBack(dueNow, next, date -> dueOn(scope, cards, date, day), now, day, newToday, goOn);
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
    return comeBack(dueNow, next, dueOn, now, day, 0, null);
  }

  /**
   * The same, knowing that {@code newToday} new exercises are still open today (within the day's
   * allowance), to be studied with {@code goOn}: after a --limit, "Come back tomorrow" beside new
   * material open now was untrue. As Anki's and Duolingo's, the advice says what can be done now
   * first, and when reviews come back after it.
   */
  static String comeBack(
      int dueNow,
      Instant next,
      java.util.function.Function<LocalDate, Integer> dueOn,
      Instant now,
      StudyDay day,
      int newToday,
      String goOn) {
    if (dueNow > 0) {
      return dueNow
          + (dueNow == 1 ? " exercise is" : " exercises are")
          + " due now: go on whenever you like"
          + (goOn == null ? "." : " (" + goOn + ").");
    }
    String open =
        newToday > 0
            ? newToday
                + (newToday == 1 ? " new exercise is" : " new exercises are")
                + " still open today: go on whenever you like"
                + (goOn == null ? "." : " (" + goOn + ").")
            : "";
    if (next == null)
      return newToday > 0
          ? open
          : "Nothing is scheduled yet: come back for new material whenever you like.";
    String later = later(next, dueOn, now, day, newToday > 0);
    // A session of one pack or skill counts its own: "Come back tomorrow, when 2 exercises are
    // due" after study --pack sql, and tutor due saying 8 for tomorrow, read as a contradiction.
    if (goOn != null && (goOn.contains(" --pack ") || goOn.contains(" --skill ")))
      later = later.replaceFirst("^(Come back .*) due\\.$", "$1 due (" + goOn + ").");
    return open.isEmpty() ? later : open + " " + later;
  }

  /** When seen exercises are next due; {@code then}: after new work open now. */
  private static String later(
      Instant next,
      java.util.function.Function<LocalDate, Integer> dueOn,
      Instant now,
      StudyDay day,
      boolean then) {
    LocalDate today = day.dateOf(now);
    LocalDate nextDay = day.dateOf(next);
    int onThatDay = dueOn.apply(nextDay);
    String what = onThatDay + (onThatDay == 1 ? " exercise" : " exercises");
    if (nextDay.equals(today)) {
      String at = DateTimeFormatter.ofPattern("HH:mm").format(next.atZone(day.zone()));
      int tomorrow = dueOn.apply(today.plusDays(1));
      // Under half a minute away reads "in 1 minute", never "Come back now (at 07:12)".
      Duration wait = Duration.between(now, next);
      String in =
          Durations.in(wait.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : wait);
      // What is left and when: "the rest of today's 5 exercises" read as done, left or the goal.
      return "Still due today: "
          + what
          + (onThatDay == 1 ? ", " : ", the first ")
          + in
          + " (at "
          + at
          + ")."
          + (tomorrow > 0
              ? " Due tomorrow: " + tomorrow + (tomorrow == 1 ? " exercise." : " exercises.")
              : "");
    }
    long days = ChronoUnit.DAYS.between(today, nextDay);
    String when =
        days == 1 ? "tomorrow" : "on " + EnglishDates.longDate(nextDay) + " (in " + days + " days)";
    if (then) return "Reviews: " + what + (onThatDay == 1 ? " is" : " are") + " due " + when + ".";
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
