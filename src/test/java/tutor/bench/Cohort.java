package tutor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.store.ExportJson;
import tutor.store.LearnerExport;

/**
 * Generates learner exports (the JSON of tutor export, every table and column) of a synthetic
 * cohort answering a pack: each learner has an ability that sets how often they are right; answers
 * are spread over 120 days. Seeded, so a cohort is the same on every run.
 */
final class Cohort {
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  private static final List<String> REVIEW_COLUMNS =
      List.of(
          "id",
          "pack_id",
          "exercise_id",
          "reviewed_at",
          "kind",
          "rating",
          "correct",
          "response_ms",
          "hints_used",
          "answer",
          "phase_before",
          "elapsed_days",
          "scheduled_days",
          "stability",
          "difficulty",
          "card_before",
          "mastery_before",
          "confidence");

  private Cohort() {}

  /** Writes {@code learners} exports of {@code answers} answers each into {@code dir}. */
  static void write(Path dir, Pack pack, int learners, int answers, long seed) throws IOException {
    Files.createDirectories(dir);
    // each learner has a seed of their own, so the files are the same however the threads share
    // them
    IntStream.range(0, learners)
        .parallel()
        .forEach(
            i -> {
              Random rnd = new Random(seed * 1_000_003 + i);
              LearnerExport e =
                  learner(String.format(Locale.ROOT, "learner-%04d", i), pack, answers, rnd);
              try {
                Files.writeString(
                    dir.resolve(String.format(Locale.ROOT, "learner-%04d.json", i)),
                    ExportJson.write(e),
                    StandardCharsets.UTF_8);
              } catch (IOException ex) {
                throw new UncheckedIOException(ex);
              }
            });
  }

  static LearnerExport learner(String name, Pack pack, int answers, Random rnd) {
    double ability = 0.2 + 0.8 * rnd.nextDouble();
    List<Exercise> exercises = pack.exercises();
    Map<String, Integer> seen = new HashMap<>();
    List<List<Object>> reviews = new ArrayList<>(answers);
    long t = START.toEpochMilli() + rnd.nextInt(86_400_000);
    long step = Duration.ofDays(120).toMillis() / answers;
    for (int n = 0; n < answers; n++) {
      Exercise e = exercises.get(rnd.nextInt(exercises.size()));
      int before = seen.merge(e.id(), 1, Integer::sum) - 1;
      boolean right = rnd.nextDouble() < ability + (1 - ability) * 0.25;
      int rating = right ? (rnd.nextDouble() < 0.2 ? 2 : 3) : 1;
      t += 1 + rnd.nextInt((int) (2 * step));
      String card =
          before == 0
              ? null
              : "{\"phase\":\"review\",\"step\":0,\"stability\":"
                  + (1 + before * 2.5)
                  + ",\"difficulty\":5.3,\"due\":"
                  + t
                  + ",\"last_review\":"
                  + (t - step)
                  + ",\"reps\":"
                  + before
                  + ",\"lapses\":0}";
      Long confidence = rnd.nextBoolean() ? null : (long) (1 + rnd.nextInt(3));
      Object[] row = {
        n + 1L,
        pack.id(),
        e.id(),
        t,
        "study",
        (long) rating,
        right ? 1L : 0L,
        3_000L + rnd.nextInt(20_000),
        rnd.nextDouble() < 0.1 ? 1L : 0L,
        right ? key(e) : "wrong " + rnd.nextInt(5),
        before == 0 ? "new" : "review",
        (long) Math.min(before * 3, 60),
        (long) (before * 3 + 1),
        1 + before * 2.5,
        5.3,
        card,
        "{\""
            + pack.id()
            + "/"
            + e.skills().get(0)
            + "\":{\"p_known\":0.8,\"attempts\":"
            + before
            + ",\"correct\":"
            + before
            + "}}",
        confidence
      };
      reviews.add(Arrays.asList(row));
    }
    List<List<Object>> mastery = new ArrayList<>();
    for (Skill s : pack.skills()) {
      double p = Math.min(0.999, Math.max(0.01, ability + rnd.nextGaussian() * 0.1));
      mastery.add(List.of(pack.id(), s.id(), p, 40L, (long) (40 * ability), t));
    }
    List<List<Object>> cards = new ArrayList<>();
    seen.forEach(
        (id, count) ->
            cards.add(
                List.of(
                    pack.id(),
                    id,
                    "review",
                    0L,
                    1 + count * 2.5,
                    5.3,
                    START.toEpochMilli() + Duration.ofDays(130).toMillis(),
                    START.toEpochMilli() + Duration.ofDays(119).toMillis(),
                    (long) count,
                    0L)));
    Map<String, LearnerExport.Table> tables = new LinkedHashMap<>();
    tables.put(
        "learner_settings",
        new LearnerExport.Table(
            List.of("key", "value"),
            List.of(List.of("desired-retention", "0.9"), List.of("timezone", "Europe/Paris"))));
    tables.put(
        "goals",
        new LearnerExport.Table(
            List.of(
                "id",
                "pack_id",
                "skills",
                "deadline",
                "daily_minutes",
                "daily_exercises",
                "created_at"),
            List.of(
                Arrays.asList(
                    1L, pack.id(), "[]", "2026-06-30", 20L, null, START.toEpochMilli()))));
    tables.put(
        "cards",
        new LearnerExport.Table(
            List.of(
                "pack_id",
                "exercise_id",
                "phase",
                "step",
                "stability",
                "difficulty",
                "due",
                "last_review",
                "reps",
                "lapses"),
            cards));
    tables.put("reviews", new LearnerExport.Table(REVIEW_COLUMNS, reviews));
    tables.put(
        "mastery",
        new LearnerExport.Table(
            List.of("pack_id", "skill_id", "p_known", "attempts", "correct", "updated_at"),
            mastery));
    return new LearnerExport(
        LearnerExport.FORMAT_VERSION,
        4,
        Instant.ofEpochMilli(t).plus(Duration.ofDays(1)),
        name,
        START.toEpochMilli(),
        Map.of(pack.id(), pack.version()),
        tables);
  }

  /** What a learner who knows types. */
  private static String key(Exercise e) {
    Exercise.Body b = e.body();
    if (b instanceof Exercise.Text t && !t.answers().isEmpty()) return t.answers().get(0);
    if (b instanceof Exercise.Numeric n) return Double.toString(n.answer());
    if (b instanceof Exercise.Choice c) return Integer.toString(c.correct().get(0) + 1);
    return "right answer";
  }
}
