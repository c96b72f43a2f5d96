package tutor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import tutor.mastery.SkillMastery;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;

/**
 * Simulated learners study the bundled packs with the real tutor, end to end: each simulated day a
 * {@code tutor study --jsonl} session (docs/protocol.md) with {@code --now} and a time budget, the
 * learner answering what tutor shows; {@code pack list} and {@code stats --format json} before and
 * after; at the end {@code export}. The learner's true knowledge is hidden ({@link
 * SimulatedLearner}, or a random guesser who knows nothing). Every step is checked:
 *
 * <ol type="a">
 *   <li>new material only of skills whose prerequisites tutor counts as known (a skill already
 *       practised stays open: counted apart, it is the documented hysteresis);
 *   <li>a skill tutor shows as mastered is truly learned (false mastery, by skill-day);
 *   <li>the success rate on new material, beside the learner's target;
 *   <li>no new material while a review due at that moment waits (due reviews come first);
 *   <li>exit code 0, nothing on standard error that looks like a stack trace, no protocol error, a
 *       right answer never graded wrong, and every answer in the export;
 *   <li>no discouraging streak: at most {@link #MAX_NEW_MISSES_IN_A_ROW} wrong answers in a row to
 *       new material of one skill in a session (a right answer to any of its exercises, or a
 *       prerequisite's review after a miss, ends the run; a missed learning step does not).
 * </ol>
 *
 * Also counted, not failed: new skills begun while a prerequisite is not truly learned (hidden
 * state) or not shown as mastered (tutor unlocks on known, docs/mastery.md).
 */
final class EndToEndSimulation {
  /** The pack of the goal every other learner sets. */
  static final String GOAL_PACK = "unix-shell";

  /** More wrong answers in a row than this to new material of one skill discourage (check f). */
  static final int MAX_NEW_MISSES_IN_A_ROW = 4;

  static final Instant START = Instant.parse("2026-01-05T18:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern SUSPENDED =
      java.util.regex.Pattern.compile("leeches unsuspend (\\S+)");

  /** Tutor's offer of the lesson after misses in a row (StudySession#offerHelp). */
  private static final java.util.regex.Pattern OFFER =
      java.util.regex.Pattern.compile("You missed \\d+ in a row on (.+?)\\. Type :lesson");

  /**
   * Who studies: a modelled learner (its seed) who learns only by answering, a modelled learner who
   * also learns from reading lessons, a random guesser (random options and orders, wrong typed
   * answers), or a random guesser on choices alone, who skips every other exercise.
   */
  record Learner(String kind, long seed) {
    static Learner modelled(long seed) {
      return new Learner("learner", seed);
    }

    /**
     * A modelled learner who reads each new skill's lesson, and the lesson tutor offers after
     * misses: it teaches a ready skill with a rate of this learner's own, between 0.1 (the prior
     * tutor itself assumes, docs/mastery.md) and 0.7.
     */
    static Learner reader(long seed) {
      return new Learner("reader", seed);
    }

    double lessonRate() {
      return kind.equals("reader")
          ? 0.1 + 0.6 * new SplittableRandom(seed * 31 + 5).nextDouble()
          : 0;
    }

    static Learner guesser(long seed) {
      return new Learner("guesser", seed);
    }

    static Learner choiceGuesser(long seed) {
      return new Learner("choice-guesser", seed);
    }

    boolean guesses() {
      return kind.contains("guesser");
    }

    boolean skipsTyped() {
      return kind.equals("choice-guesser");
    }
  }

  /** What one learner's days showed. */
  static final class Run {
    final Learner learner;
    final List<String> violations = new ArrayList<>();
    int answersGiven;
    int answersRecorded = -1;
    int sessions;
    int newServed;
    int newRight;
    double newPredicted;

    /** Of the new exercises, those of a skill never practised before (its very first ones). */
    int firstServed;

    int firstRight;
    double firstPredicted;
    int skipped;
    int suspended;

    /** New exercises offered under the hysteresis (each once: a skipped one comes again). */
    int hysteresisNew;

    /** Skill-days shown mastered (pack list, mornings), and of those not truly learned. */
    int masteredSkillDays;

    int falseMasteredSkillDays;

    /** Days on which at least one skill not truly learned was shown mastered. */
    int daysWithFalseMastery;

    /** The first such day (1-based), 0 if none. */
    int firstFalseMasteryDay;

    /** The longest run of days one such skill stayed shown as mastered. */
    int longestFalseMastery;

    /** Skills truly learned at the end, and shown as mastered at the end. */
    int learnedAtEnd;

    int shownMasteredAtEnd;
    int wrongAccepted;

    /** Level changes to mastered said in sessions, and of those of skills not truly learned. */
    int masteredAnnounced;

    int falseMasteredAnnounced;
    int rightAnswers;
    double targetSuccess;

    /** Reviews (due, keep, fading, exam, remediation) and learning steps, served and right. */
    int reviewsServed;

    int reviewsRight;
    int stepsServed;
    int stepsRight;

    /** Lessons read: before a new skill, and asked for after tutor offered them. */
    int lessonsRead;

    int lessonsAsked;

    /** The longest run of wrong answers to new material of one skill in a session (check f). */
    int longestNewMissRun;

    /** The longest run of wrong answers in a session, whatever was served. */
    int longestMissRun;

    /** Runs of wrong answers to new material of one skill longer than the check allows. */
    int discouragingRuns;

    /** New skills begun while a prerequisite was not truly learned, or not shown as mastered. */
    int firstBeforeTrulyReady;

    int firstBeforePrereqMastered;

    /** The skills counted in those two: each once, however often it is offered (and skipped). */
    final Set<SkillKey> begun = new HashSet<>();

    /** The new exercises offered under the hysteresis, each once. */
    final Set<String> underHysteresis = new HashSet<>();

    Run(Learner learner) {
      this.learner = learner;
    }

    void violation(int day, String what) {
      if (violations.size() < 200) violations.add("day " + day + ": " + what);
    }
  }

  private final Curriculum curriculum;
  private final LearnerAnswers answers;
  private final Map<SkillKey, StoredSkill> skills;
  private final Map<String, SkillKey> byTitle = new HashMap<>();
  private final Path template;

  /**
   * @param work a directory for the databases; the packs of {@code content} are installed once into
   *     a template that every learner's database is copied from
   */
  EndToEndSimulation(Path content, Path work) throws Exception {
    this.curriculum = Curriculum.load(content);
    this.answers = new LearnerAnswers(curriculum, content);
    this.skills = curriculum.skillsByKey();
    for (StoredSkill s : curriculum.skills()) byTitle.put(s.title(), s.key());
    Files.createDirectories(work);
    this.template = work.resolve("template.db");
    TutorProcess tutor = new TutorProcess(template, START);
    try (var dirs = Files.list(content)) {
      for (Path pack : dirs.filter(d -> Files.exists(d.resolve("pack.yaml"))).sorted().toList()) {
        TutorProcess.Result r = tutor.run("pack", "add", pack.toString());
        if (r.code() != 0) throw new IllegalStateException("pack add " + pack + ": " + r.err());
      }
    }
  }

  Curriculum curriculum() {
    return curriculum;
  }

  /** One learner, {@code days} days of at most {@code minutes} minutes of study each. */
  Run run(Learner who, int days, int minutes, Path dir) throws Exception {
    Files.createDirectories(dir);
    Path db = dir.resolve("tutor.db");
    Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
    TutorProcess tutor = new TutorProcess(db, START);
    Run run = new Run(who);
    SimulatedLearner mind =
        who.guesses() ? null : new SimulatedLearner(who.seed(), skills, who.lessonRate());
    SplittableRandom random = new SplittableRandom(who.seed() * 7919 + (who.guesses() ? 1 : 0));
    run.targetSuccess = setting(tutor, run, "target-success");
    // every other learner has a goal, so that goal status is checked against pack list too
    boolean goal = who.seed() % 2 == 1;
    if (goal) {
      TutorProcess.Result r =
          tutor.run("goal", "add", "--pack", GOAL_PACK, "--minutes", String.valueOf(minutes));
      checkExit(run, 0, "goal add", r.code(), r.err());
    }
    Map<SkillKey, Integer> falseRun = new HashMap<>();
    Set<SkillKey> practised = new HashSet<>();
    Map<String, Instant> dueAt = new HashMap<>();
    for (int day = 1; day <= days; day++) {
      Instant start = START.plus(Duration.ofDays(day - 1));
      tutor.clock().set(start);
      Map<SkillKey, JsonNode> morning = skillStates(tutor, run, day, "pack", "list");
      checkMastered(run, day, morning, mind, start, falseRun);
      if (goal) checkGoal(tutor, run, day, morning);
      Map<SkillKey, Double> pKnown = new HashMap<>();
      Map<SkillKey, String> levels = new HashMap<>();
      morning.forEach(
          (k, s) -> {
            pKnown.put(k, s.path("p_known").asDouble());
            levels.put(k, s.path("level").asText());
            if (s.path("exercises_seen").asInt() > 0) practised.add(k);
          });
      session(tutor, run, day, minutes, mind, random, pKnown, levels, practised, dueAt, dir);
      skillStates(tutor, run, day, "stats");
    }
    Instant end = START.plus(Duration.ofDays(days));
    tutor.clock().set(end);
    Map<SkillKey, JsonNode> last = skillStates(tutor, run, days + 1, "pack", "list");
    checkMastered(run, days + 1, last, mind, end, falseRun);
    for (JsonNode s : last.values())
      if (s.path("level").asText().equals("mastered")) run.shownMasteredAtEnd++;
    run.learnedAtEnd = mind == null ? 0 : mind.learnedCount();
    TutorProcess.Result export = tutor.run("export", "--out", "-");
    checkExit(run, days, "export", export.code(), export.err());
    if (export.code() == 0)
      run.answersRecorded = JSON.readTree(export.out()).path("tables").path("reviews").size();
    if (run.answersRecorded != run.answersGiven)
      run.violation(
          days, "answers given " + run.answersGiven + ", in the export " + run.answersRecorded);
    return run;
  }

  private double setting(TutorProcess tutor, Run run, String name) throws Exception {
    TutorProcess.Result r = tutor.run("settings", "--format", "json");
    checkExit(run, 0, "settings", r.code(), r.err());
    for (JsonNode v : JSON.readTree(r.out()).path("settings"))
      if (v.path("key").asText().equals(name)) return v.path("value").asDouble();
    return Double.NaN;
  }

  /** Each skill's entry of {@code pack list} or {@code stats} in JSON. */
  private Map<SkillKey, JsonNode> skillStates(
      TutorProcess tutor, Run run, int day, String... command) throws Exception {
    List<String> args = new ArrayList<>(List.of(command));
    args.add("--format");
    args.add("json");
    TutorProcess.Result r = tutor.run(args.toArray(String[]::new));
    checkExit(run, day, String.join(" ", command), r.code(), r.err());
    Map<SkillKey, JsonNode> out = new LinkedHashMap<>();
    if (r.code() != 0) return out;
    JsonNode root = JSON.readTree(r.out());
    JsonNode packs = root.isArray() ? root : root.path("packs");
    for (JsonNode p : packs) {
      JsonNode list = p.has("skill_progress") ? p.path("skill_progress") : p.path("skills");
      for (JsonNode s : list)
        out.put(new SkillKey(p.path("pack").asText(), s.path("skill").asText()), s);
    }
    if (command[0].equals("stats")) checkMastered(run, day, out, null, null, null);
    return out;
  }

  /** (b) for goals: the skills a goal counts as done are those pack list shows as mastered. */
  private void checkGoal(TutorProcess tutor, Run run, int day, Map<SkillKey, JsonNode> listed)
      throws Exception {
    TutorProcess.Result r = tutor.run("goal", "status", "--format", "json");
    checkExit(run, day, "goal status", r.code(), r.err());
    if (r.code() != 0) return;
    Set<String> remaining = new HashSet<>();
    for (JsonNode g : JSON.readTree(r.out()))
      if (g.path("pack").asText().equals(GOAL_PACK))
        g.path("skills_remaining").forEach(x -> remaining.add(x.asText()));
    for (Map.Entry<SkillKey, JsonNode> e : listed.entrySet()) {
      if (!e.getKey().packId().equals(GOAL_PACK)) continue;
      boolean listedMastered = e.getValue().path("level").asText().equals("mastered");
      boolean goalDone = !remaining.contains(e.getKey().skillId());
      if (listedMastered != goalDone)
        run.violation(
            day,
            e.getKey()
                + (goalDone ? " done for the goal, " : " remaining for the goal, ")
                + e.getValue().path("level").asText()
                + " in pack list");
    }
  }

  /**
   * (b): every skill shown as mastered is truly learned. With {@code falseRun} null, only compares
   * (stats at the end of a day) without counting days.
   */
  private void checkMastered(
      Run run,
      int day,
      Map<SkillKey, JsonNode> states,
      SimulatedLearner mind,
      Instant now,
      Map<SkillKey, Integer> falseRun) {
    if (falseRun == null) return;
    boolean any = false;
    for (Map.Entry<SkillKey, JsonNode> e : states.entrySet()) {
      boolean shown = e.getValue().path("level").asText().equals("mastered");
      boolean truly = mind != null && mind.learned(e.getKey());
      if (shown) run.masteredSkillDays++;
      if (shown && !truly) {
        run.falseMasteredSkillDays++;
        any = true;
        int length = falseRun.merge(e.getKey(), 1, Integer::sum);
        run.longestFalseMastery = Math.max(run.longestFalseMastery, length);
      } else falseRun.remove(e.getKey());
    }
    if (any) {
      run.daysWithFalseMastery++;
      if (run.firstFalseMasteryDay == 0) run.firstFalseMasteryDay = day;
    }
  }

  private void session(
      TutorProcess tutor,
      Run run,
      int day,
      int minutes,
      SimulatedLearner mind,
      SplittableRandom random,
      Map<SkillKey, Double> pKnown,
      Map<SkillKey, String> levels,
      Set<SkillKey> practised,
      Map<String, Instant> dueAt,
      Path dir)
      throws Exception {
    run.sessions++;
    // the day's transcript, kept beside the database: what to read when a check fails
    StringBuilder transcript = new StringBuilder();
    Map<String, Integer> missesToday = new HashMap<>();
    Set<String> skippedToday = new HashSet<>();
    // (f): each skill's run of wrong answers to its new material, and the session's run of misses
    Map<SkillKey, Integer> newMissRun = new HashMap<>();
    int missRun = 0;
    SkillKey offered = null; // the skill whose lesson tutor offered after misses
    try (TutorProcess.Session s =
        tutor.study(
            "study",
            "--jsonl",
            "--minutes",
            String.valueOf(minutes),
            "--seed",
            String.valueOf(day))) {
      StoredExercise open = null;
      JsonNode openEvent = null;
      boolean intendedRight = false;
      boolean firstOfSkill = false;
      SkillKey lastMissed = null;
      String line;
      while ((line = s.next()) != null) {
        transcript.append(tutor.clock().instant()).append(" < ").append(line).append('\n');
        JsonNode e;
        try {
          e = JSON.readTree(line);
        } catch (Exception bad) {
          run.violation(day, "not a JSON line: " + line);
          continue;
        }
        switch (e.path("event").asText()) {
          case "exercise" -> {
            open = answers.exercise(e.path("pack").asText(), e.path("exercise").asText());
            openEvent = e;
            String reason = e.path("reason").asText();
            Instant now = tutor.clock().instant();
            firstOfSkill = !practised.contains(Curriculum.skillOf(open));
            // a prerequisite's review after a miss is a step back (as is a right answer, below)
            if (reason.equals("remediation") && lastMissed != null) newMissRun.remove(lastMissed);
            if (reason.equals("new")) {
              checkPrerequisites(run, day, open, pKnown, practised);
              if (firstOfSkill) countUnready(run, open, mind, levels);
              checkNoDueWaiting(run, day, open, now, dueAt, skippedToday, missesToday);
            }
          }
          case "await" -> {
            String what = e.path("for").asText();
            if (what.equals("answer") || what.equals("reveal")) {
              ObjectNode cmd = JSON.createObjectNode();
              Instant now = tutor.clock().instant();
              long millis;
              if (run.learner.skipsTyped()
                  && !(open.exercise().body() instanceof tutor.pack.Exercise.Choice)) {
                run.skipped++;
                skippedToday.add(open.packId() + "/" + open.exercise().id());
                s.send("{\"skip\": true}");
                continue;
              }
              // a reader takes the lesson tutor offered, when the exercise is of that skill
              if (mind != null
                  && run.learner.lessonRate() > 0
                  && Curriculum.skillOf(open).equals(offered)) {
                offered = null;
                run.lessonsAsked++;
                s.send("{\"lesson\": true}");
                continue;
              }
              if (mind == null) {
                cmd.set("answer", answers.guess(open, openEvent, random));
                intendedRight = false;
                millis = 8_000 + random.nextInt(8_000);
              } else {
                SimulatedLearner.Answer a = mind.answer(open, now);
                intendedRight = a.right();
                cmd.set(
                    "answer",
                    a.right()
                        ? answers.right(open, openEvent)
                        : answers.wrong(open, openEvent, random));
                millis = a.millis();
              }
              tutor.clock().advance(java.time.Duration.ofMillis(millis));
              run.answersGiven++;
              transcript.append(tutor.clock().instant()).append(" > ").append(cmd).append('\n');
              s.send(JSON.writeValueAsString(cmd));
            } else if (what.equals("confirm")) {
              // a near miss: an honest learner counts only what they meant
              if (intendedRight)
                run.violation(day, open.key() + ": a right answer taken for a near miss");
              s.send("{\"answer\": " + intendedRight + "}");
            } else if (what.equals("continue")) {
              s.send("{\"answer\": \"\"}");
            } else {
              s.send("{\"quit\": true}"); // finish (nothing to dispute: the learner trusts it)
            }
          }
          case "feedback" -> {
            boolean correct = e.path("correct").asBoolean(intendedRight);
            String id = e.path("exercise").asText();
            String key = open.packId() + "/" + id;
            if (correct) run.rightAnswers++;
            String reasonServed = openEvent.path("reason").asText();
            if (reasonServed.matches("due|keep|fading|exam|remediation")) {
              run.reviewsServed++;
              if (correct) run.reviewsRight++;
            } else if (!reasonServed.equals("new")) {
              run.stepsServed++;
              if (correct) run.stepsRight++;
            }
            SkillKey answeredSkill = Curriculum.skillOf(open);
            missRun = correct ? 0 : missRun + 1;
            run.longestMissRun = Math.max(run.longestMissRun, missRun);
            lastMissed = correct ? null : answeredSkill;
            if (correct) newMissRun.remove(answeredSkill);
            else if (reasonServed.equals("new")) {
              int n = newMissRun.merge(answeredSkill, 1, Integer::sum);
              run.longestNewMissRun = Math.max(run.longestNewMissRun, n);
              if (n == MAX_NEW_MISSES_IN_A_ROW + 1) {
                run.discouragingRuns++;
                run.violation(
                    day,
                    answeredSkill
                        + ": "
                        + n
                        + " wrong answers in a row to its new material, tutor never stepping back");
              }
            }
            if (mind != null && intendedRight && !correct)
              run.violation(day, key + ": the pack's own answer was graded wrong");
            if (!intendedRight && correct) run.wrongAccepted++;
            if (openEvent.path("reason").asText().equals("new")) {
              double predicted = openEvent.path("predicted_success").asDouble();
              run.newServed++;
              run.newPredicted += predicted;
              if (correct) run.newRight++;
              if (firstOfSkill) {
                run.firstServed++;
                run.firstPredicted += predicted;
                if (correct) run.firstRight++;
              }
            }
            if (!correct) missesToday.merge(key, 1, Integer::sum);
            dueAt.put(key, Instant.parse(e.path("due").asText()));
            for (JsonNode m : e.path("mastery"))
              pKnown.put(
                  new SkillKey(m.path("pack").asText(), m.path("skill").asText()),
                  m.path("after").asDouble());
            for (String skill : open.exercise().skills())
              practised.add(new SkillKey(open.packId(), skill));
            // (b) in the session: "Title: learned -> mastered" said of a skill not truly learned
            for (JsonNode change : e.path("changes")) {
              String c = change.asText();
              int arrow = c.lastIndexOf("-> ");
              if (arrow > 0 && c.lastIndexOf(':') > 0) {
                String named = c.substring(0, c.lastIndexOf(':'));
                String to = c.substring(arrow + 3).strip();
                byTitle.forEach(
                    (title, skillKey) -> {
                      if (named.contains(title)) levels.put(skillKey, to);
                    });
              }
              if (!c.endsWith("-> mastered")) continue;
              // one change may name several skills ("A; B", "A, B and 3 more"): those named
              String named = c.substring(0, c.lastIndexOf(':'));
              for (Map.Entry<String, SkillKey> t : byTitle.entrySet()) {
                if (!named.contains(t.getKey())) continue;
                run.masteredAnnounced++;
                if (mind == null || !mind.learned(t.getValue())) {
                  run.falseMasteredAnnounced++;
                  run.violation(
                      day, t.getValue() + " said mastered in a session, not learned: " + c);
                }
              }
            }
          }
          case "lesson" -> {
            if (mind != null && e.path("part").asText().equals("lesson")) {
              run.lessonsRead++;
              mind.readLesson(
                  new SkillKey(e.path("pack").asText(), e.path("skill").asText()),
                  tutor.clock().instant());
            }
          }
          case "info" -> {
            java.util.regex.Matcher offer = OFFER.matcher(e.path("message").asText());
            if (offer.find()) offered = byTitle.get(offer.group(1));
            // a leech suspended (leech-action suspend): out of the sessions, so never "waiting"
            java.util.regex.Matcher m = SUSPENDED.matcher(e.path("message").asText());
            if (m.find()) {
              dueAt.remove(m.group(1));
              run.suspended++;
            }
          }
          case "error" -> run.violation(day, "protocol error " + e);
          case "summary" -> {
            if (!e.path("ended_by").asText().matches("done|quit|end_of_input"))
              run.violation(day, "summary ended_by " + e.path("ended_by"));
          }
          default -> {}
        }
      }
      checkExit(run, day, "study", s.exitCode(), s.err());
    }
    Files.writeString(dir.resolve("day-" + day + ".jsonl"), transcript);
  }

  /** (a) new material only on known prerequisites (or of a skill already practised). */
  private void checkPrerequisites(
      Run run, int day, StoredExercise e, Map<SkillKey, Double> pKnown, Set<SkillKey> practised) {
    for (String id : e.exercise().skills()) {
      SkillKey k = new SkillKey(e.packId(), id);
      StoredSkill s = skills.get(k);
      List<String> unknown = new ArrayList<>();
      for (String r : s.requires()) {
        if (pKnown.getOrDefault(new SkillKey(e.packId(), r), 0.0) < SkillMastery.MASTERED)
          unknown.add(r);
      }
      if (unknown.isEmpty()) continue;
      if (practised.contains(k)) {
        if (run.underHysteresis.add(e.key().toString())) run.hysteresisNew++;
      } else
        run.violation(
            day, e.key() + ": new material of " + id + " before " + unknown + " are known");
    }
  }

  /**
   * Counted, not failed: a skill begun while a prerequisite is not truly learned (the hidden state;
   * every dependant of a guesser's), or not shown as mastered (tutor unlocks on known).
   */
  private void countUnready(
      Run run, StoredExercise e, SimulatedLearner mind, Map<SkillKey, String> levels) {
    SkillKey k = Curriculum.skillOf(e);
    if (!run.begun.add(k)) return;
    StoredSkill s = skills.get(k);
    boolean trulyReady = true, mastered = true;
    for (String r : s.requires()) {
      SkillKey req = new SkillKey(e.packId(), r);
      if (mind == null || !mind.learned(req)) trulyReady = false;
      if (!"mastered".equals(levels.get(req))) mastered = false;
    }
    if (!trulyReady) run.firstBeforeTrulyReady++;
    if (!mastered) run.firstBeforePrereqMastered++;
  }

  /** (d) a new exercise while a review that is due waits (not set aside by three misses today). */
  private void checkNoDueWaiting(
      Run run,
      int day,
      StoredExercise e,
      Instant now,
      Map<String, Instant> dueAt,
      Set<String> skippedToday,
      Map<String, Integer> missesToday) {
    for (Map.Entry<String, Instant> d : dueAt.entrySet()) {
      // feedback gives the due time to the second, cut: the card may be due up to a second later
      if (d.getValue().plusSeconds(1).isAfter(now)) continue;
      // set aside for the day: three misses, or skipped (not offered again this session)
      if (missesToday.getOrDefault(d.getKey(), 0) >= 3 || skippedToday.contains(d.getKey()))
        continue;
      run.violation(
          day, "new " + e.key() + " while " + d.getKey() + " was due since " + d.getValue());
      return;
    }
  }

  private static void checkExit(Run run, int day, String command, int code, String err) {
    if (code != 0) run.violation(day, command + " exited " + code + ": " + err.strip());
    if (err.contains("Exception") || err.contains("\tat "))
      run.violation(day, command + " wrote a stack trace: " + err.strip());
  }
}
