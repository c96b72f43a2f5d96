package tutor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.packfile.PackWriter;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.ReviewOutcome;
import tutor.schedule.SchedulerConfig;
import tutor.store.Store;
import tutor.store.Stores;

/**
 * Big, seeded test data for the speed benchmarks: packs of many exercises (a skill graph, every
 * exercise type, realistic lengths of text) and a database in which one learner has 100,000 cards
 * and 1,000,000 reviews, each card's history made by the real scheduler, so due dates, stabilities
 * and the review log agree as they would after years of study.
 */
final class BigData {
  /** "Now" for the generated learner: their last study day was the day before. */
  static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  static final String PACK_ID = "big";

  private BigData() {}

  /**
   * A pack of {@code exercises} exercises over {@code skills} skills, each requiring up to two
   * earlier ones.
   */
  static Pack pack(String id, int exercises, int skills, long seed) {
    return pack(id, exercises, skills, seed, 0);
  }

  /**
   * As above, each explanation longer by about {@code extraChars} characters of ordinary prose: a
   * pack of the same shape but more bytes (issue 19: a 50 MB pack of normal-size values).
   */
  static Pack pack(String id, int exercises, int skills, long seed, int extraChars) {
    Random rnd = new Random(seed);
    List<Skill> skillList = new ArrayList<>();
    for (int s = 0; s < skills; s++) {
      List<String> requires = new ArrayList<>();
      for (int k = 0; k < 2 && s > 0; k++) {
        String r = skillId(Math.max(0, s - 1 - rnd.nextInt(Math.min(s, 20))));
        if (!requires.contains(r)) requires.add(r);
      }
      skillList.add(
          new Skill(
              skillId(s),
              "Skill " + s + " of the generated pack",
              "What skill " + s + " is about, in one sentence.",
              requires,
              "## Skill "
                  + s
                  + "\n\nA short lesson: what it is, why it matters, and one `example` to try.",
              List.of(),
              List.of(),
              null));
    }
    List<Exercise> list = new ArrayList<>(exercises);
    for (int i = 0; i < exercises; i++) {
      // Exercises in teaching order: the first ones belong to the first skills.
      String skill = skillId((int) ((long) i * skills / exercises));
      list.add(exercise(i, skill, rnd, extraChars));
    }
    return new Pack(
        1,
        id,
        "Generated pack of " + exercises + " exercises",
        "1.0.0",
        "Generated for benchmarks.",
        List.of("tutor bench"),
        "CC0-1.0",
        "en",
        skillList,
        list);
  }

  private static String skillId(int s) {
    return String.format(Locale.ROOT, "skill-%04d", s);
  }

  private static final String PROSE =
      "The lesson works through this case step by step, names the rule it"
          + " applies, and shows where a learner usually goes wrong and why. ";

  private static Exercise exercise(int i, String skill, Random rnd, int extraChars) {
    String id = String.format(Locale.ROOT, "ex-%06d", i);
    int difficulty = 1 + rnd.nextInt(5);
    String prompt =
        "Question "
            + i
            + ": which word completes the sentence about topic "
            + rnd.nextInt(1000)
            + " in the way the lesson explained it?";
    List<String> hints =
        List.of("Think of what the lesson said about topic " + rnd.nextInt(1000) + ".");
    String explanation =
        "Because the rule for this case says so: the answer follows from the definition given"
            + " in the lesson, applied to example "
            + i
            + "."
            + (extraChars > 0
                ? " " + PROSE.repeat(Math.max(1, extraChars / PROSE.length())).strip()
                : "");
    Exercise.Body body =
        switch (i % 5) {
          case 0 ->
              new Exercise.Text(List.of("answer" + i, "answer " + i), null, Normalization.DEFAULT);
          case 1 ->
              new Exercise.Choice(
                  List.of("option a" + i, "option b" + i, "option c" + i, "option d" + i),
                  List.of(rnd.nextInt(4)),
                  true);
          case 2 ->
              new Exercise.Flashcard(
                  "The back of card " + i + ": the fact to remember, in a sentence.");
          case 3 -> new Exercise.Numeric(i % 97, 0, false, "");
          default ->
              new Exercise.Cloze(
                  "The {{word" + i + "}} goes in this sentence.",
                  List.of(new Gap(List.of("word" + i))),
                  Normalization.DEFAULT);
        };
    String shownPrompt =
        body instanceof Exercise.Flashcard
            ? "Front of card " + i + ": what is fact " + i + "?"
            : body instanceof Exercise.Cloze ? "" : prompt;
    return new Exercise(
        id, List.of(skill), shownPrompt, difficulty, hints, explanation, List.of(), body);
  }

  /**
   * Writes {@code pack} as a pack directory, all its exercises in one file (a big one, on purpose).
   */
  static void writePack(Pack pack, Path dir) throws IOException {
    Map<String, String> files = PackWriter.files(pack);
    Files.createDirectories(dir.resolve("exercises"));
    StringBuilder all = new StringBuilder("exercises:\n");
    for (Map.Entry<String, String> f : files.entrySet()) {
      if (f.getKey().equals("pack.yaml")) {
        Files.writeString(dir.resolve("pack.yaml"), f.getValue());
      } else {
        String text = f.getValue();
        all.append(text, text.indexOf('\n') + 1, text.length());
      }
    }
    Files.writeString(dir.resolve("exercises").resolve("all.yaml"), all);
  }

  /**
   * A database with the given pack installed and one learner ("default") with {@code cards} cards
   * and {@code reviewsPerCard} reviews each. Each card's history is played through the scheduler
   * with a learner who is right about 90% of the time, then placed in time so that it is somewhere
   * within its current interval: about 2% of the cards are due now, as after a short break.
   */
  static void database(Path db, Pack pack, int cards, int reviewsPerCard, long seed)
      throws Exception {
    Files.deleteIfExists(db);
    try (Store store = Stores.open(db)) {
      store.installPack(pack, "generated", "generated", NOW.minus(Duration.ofDays(2000)));
      long learner = store.currentLearner(NOW.minus(Duration.ofDays(2000))).id();
      // Limits high enough for a long benchmark session; answers arrive in a script.
      store.setSetting(learner, "new-per-day", "1000");
      store.setSetting(learner, "reviews-per-day", "100000");
      store.setSetting(learner, "timezone", "UTC");
    }
    FsrsScheduler scheduler = new FsrsScheduler(SchedulerConfig.defaults());
    Random rnd = new Random(seed);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA synchronous = OFF"); // generation only: a crash means generating again
      }
      c.setAutoCommit(false);
      try (PreparedStatement review =
              c.prepareStatement(
                  "INSERT INTO reviews(learner_id, pack_id, exercise_id,"
                      + " reviewed_at, kind, rating, correct, response_ms, hints_used, answer, phase_before, elapsed_days,"
                      + " scheduled_days, stability, difficulty, card_before, mastery_before)"
                      + " VALUES (1,?,?,?,'study',?,?,?,0,?,?,?,?,?,?,?,?)");
          PreparedStatement card =
              c.prepareStatement(
                  "INSERT INTO cards(learner_id, pack_id, exercise_id, phase,"
                      + " step, stability, difficulty, due, last_review, reps, lapses) VALUES (1,?,?,?,?,?,?,?,?,?,?)");
          PreparedStatement lesson =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO lessons_seen(learner_id, pack_id, skill_id, seen_at) VALUES (1,?,?,?)")) {
        for (int i = 0; i < cards; i++) {
          Exercise e = pack.exercises().get(i);
          List<Object[]> rows = new ArrayList<>();
          CardState state = CardState.newCard(Instant.EPOCH);
          long t = 0;
          for (int n = 0; n < reviewsPerCard; n++) {
            double u = rnd.nextDouble();
            Rating rating =
                u < 0.08
                    ? Rating.AGAIN
                    : u < 0.12 ? Rating.HARD : u < 0.97 ? Rating.GOOD : Rating.EASY;
            Instant at = Instant.ofEpochMilli(t);
            ReviewOutcome o = scheduler.review(state, rating, at, rnd.nextLong());
            rows.add(
                new Object[] {
                  at.toEpochMilli(),
                  rating.value(),
                  rating == Rating.AGAIN ? 0 : 1,
                  state.phase() == CardPhase.NEW
                      ? "new"
                      : state.phase().name().toLowerCase(Locale.ROOT),
                  o.elapsedDays(),
                  o.scheduledDays(),
                  o.card().stability(),
                  o.card().difficulty(),
                  state.phase() == CardPhase.NEW ? null : cardJson(state)
                });
            state = o.card();
            // The next review when it falls due, at some time of that day.
            t = Math.max(state.due().toEpochMilli(), t + 60_000) + rnd.nextInt(3_600_000);
          }
          // Place the history so that now is a random point of the card's current interval.
          long interval =
              Math.max(60_000, state.due().toEpochMilli() - state.lastReview().toEpochMilli());
          long shift =
              NOW.toEpochMilli()
                  - state.lastReview().toEpochMilli()
                  - (long) (rnd.nextDouble() * 1.02 * interval);
          shift = Math.floorDiv(shift, 86_400_000L) * 86_400_000L; // whole days: times of day stay
          for (Object[] r : rows) {
            review.setString(1, pack.id());
            review.setString(2, e.id());
            review.setLong(3, (long) r[0] + shift);
            review.setInt(4, (int) r[1]);
            review.setInt(5, (int) r[2]);
            review.setInt(6, 2000 + rnd.nextInt(20_000));
            review.setString(7, (int) r[2] == 1 ? "right" : "wrong");
            review.setString(8, (String) r[3]);
            review.setLong(9, (long) r[4]);
            review.setInt(10, (int) r[5]);
            review.setDouble(11, (double) r[6]);
            review.setDouble(12, (double) r[7]);
            review.setString(13, r[8] == null ? null : shifted((String) r[8], shift));
            review.setString(
                14,
                "{\""
                    + pack.id()
                    + "/"
                    + e.skills().get(0)
                    + "\":{\"p_known\":0.9,\"attempts\":3,"
                    + "\"correct\":3}}");
            review.addBatch();
          }
          card.setString(1, pack.id());
          card.setString(2, e.id());
          card.setString(3, state.phase().name().toLowerCase(Locale.ROOT));
          card.setInt(4, state.step());
          card.setDouble(5, state.stability());
          card.setDouble(6, state.difficulty());
          card.setLong(7, state.due().toEpochMilli() + shift);
          card.setLong(8, state.lastReview().toEpochMilli() + shift);
          card.setInt(9, state.reps());
          card.setInt(10, state.lapses());
          card.addBatch();
          if (i % 1000 == 999) {
            review.executeBatch();
            card.executeBatch();
          }
        }
        review.executeBatch();
        card.executeBatch();
        for (Skill s : pack.skills()) {
          lesson.setString(1, pack.id());
          lesson.setString(2, s.id());
          lesson.setLong(3, NOW.minus(Duration.ofDays(1000)).toEpochMilli());
          lesson.addBatch();
        }
        lesson.executeBatch();
      }
      // Every skill with cards is mastered, the others are open to be learned.
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO mastery(learner_id, pack_id, skill_id, p_known, attempts, correct, updated_at)"
                + " SELECT 1, k.pack_id, es.skill_id, 0.97, count(*), count(*), "
                + NOW.minus(Duration.ofDays(1)).toEpochMilli()
                + " FROM cards k JOIN exercise_skills es ON es.pack_id = k.pack_id AND es.exercise_id = k.exercise_id"
                + " GROUP BY k.pack_id, es.skill_id");
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("ANALYZE");
      }
    }
  }

  private static String cardJson(CardState s) {
    return String.format(
        Locale.ROOT,
        "{\"phase\":\"%s\",\"step\":%d,\"stability\":%s,\"difficulty\":%s,\"due\":%d,"
            + "\"last_review\":%d,\"reps\":%d,\"lapses\":%d}",
        s.phase().name().toLowerCase(Locale.ROOT),
        s.step(),
        s.stability(),
        s.difficulty(),
        s.due().toEpochMilli(),
        s.lastReview().toEpochMilli(),
        s.reps(),
        s.lapses());
  }

  /** The card JSON with its times moved by {@code shift} (as the history was). */
  private static String shifted(String json, long shift) {
    StringBuilder out = new StringBuilder();
    for (String part : json.split(",")) {
      if (out.length() > 0) out.append(',');
      if (part.startsWith("\"due\":") || part.startsWith("\"last_review\":")) {
        int colon = part.indexOf(':');
        out.append(part, 0, colon + 1).append(Long.parseLong(part.substring(colon + 1)) + shift);
      } else {
        out.append(part);
      }
    }
    return out.toString();
  }
}
