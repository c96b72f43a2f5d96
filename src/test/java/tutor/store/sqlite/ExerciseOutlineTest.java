package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.kind.Kind;
import tutor.mastery.BktParameters;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.pack.StoredExercise;

/**
 * Sessions pick from exercises in outline (no wording, no JSON to parse): an outline must tell the
 * picker everything the full exercise would, whether the pack was installed now or before
 * migrations 007 and 008.
 */
class ExerciseOutlineTest {
  @TempDir Path dir;

  private static final List<Exercise> EXERCISES =
      List.of(
          new Exercise(
              "card",
              List.of("a"),
              "Front?",
              1,
              List.of("a hint"),
              "why",
              List.of("t"),
              new Exercise.Flashcard("Back.")),
          new Exercise(
              "pick-one",
              List.of("b", "a"),
              "Which?",
              3,
              List.of(),
              "",
              List.of(),
              new Exercise.Choice(List.of("w", "x", "y", "z"), List.of(2), true)),
          new Exercise(
              "pick-two",
              List.of("b"),
              "Which two?",
              4,
              List.of(),
              "",
              List.of(),
              new Exercise.Choice(List.of("w", "x", "y"), List.of(0, 2), false)),
          new Exercise(
              "typed",
              List.of("a"),
              "Type it",
              2,
              List.of(),
              "",
              List.of(),
              new Exercise.Text(List.of("it"), null, Normalization.DEFAULT)),
          new Exercise(
              "gaps",
              List.of("b"),
              "",
              5,
              List.of(),
              "",
              List.of(),
              new Exercise.Cloze(
                  "The {{cat}} sat.", List.of(new Gap(List.of("cat"))), Normalization.DEFAULT)),
          new Exercise(
              "number",
              List.of("a"),
              "How many?",
              2,
              List.of(),
              "",
              List.of(),
              new Exercise.Numeric(42, 0.5, false, "")),
          new Exercise(
              "sorted",
              List.of("a", "b"),
              "Order them",
              2,
              List.of(),
              "",
              List.of(),
              new Exercise.Order(List.of("1", "2", "3"))));

  private static Pack pack() {
    return new Pack(
        1,
        "p",
        "P",
        "1.0.0",
        "",
        List.of(),
        "",
        "en",
        List.of(new Skill("a", "A", "", List.of()), new Skill("b", "B", "", List.of("a"))),
        EXERCISES);
  }

  @Test
  void anOutlineTellsThePickerWhatTheExerciseWould() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("t.db"))) {
      store.installPack(pack(), "src", "hash", Instant.EPOCH);
      long learner = store.currentLearner(Instant.EPOCH).id();
      assertSameShape(
          store.studyData(learner).exercises(), store.studyOutline(learner).exercises());
      for (Exercise e : EXERCISES)
        assertEquals(e, store.exercise(new CardKey("p", e.id())).orElseThrow());
      // An update that drops and reorders exercises: the outlines follow.
      Pack p = pack();
      store.installPack(
          new Pack(
              1,
              "p",
              "P",
              "1.1.0",
              "",
              List.of(),
              "",
              "en",
              p.skills(),
              List.of(EXERCISES.get(4), EXERCISES.get(1), EXERCISES.get(6))),
          "src",
          "hash2",
          Instant.EPOCH);
      assertSameShape(
          store.studyData(learner).exercises(), store.studyOutline(learner).exercises());
      assertEquals(3, store.studyOutline(learner).exercises().size());
    }
  }

  @Test
  void packsInstalledBeforeMigrations007And008GetTheirOutlinesFromTheBodies() throws Exception {
    Path file = dir.resolve("old.db");
    try (SqliteStore store = SqliteStore.open(file)) {
      store.installPack(pack(), "src", "hash", Instant.EPOCH);
    }
    // As before migrations 007 and 008: what an older tutor left (no outlines, no new indexes).
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("DROP INDEX exercises_outline");
      s.execute("DROP INDEX reviews_first_attempts");
      s.execute("ALTER TABLE exercises DROP COLUMN skill_ids");
      s.execute("ALTER TABLE exercises DROP COLUMN options");
      s.execute("ALTER TABLE exercises DROP COLUMN correct_options");
      s.execute("ALTER TABLE packs DROP COLUMN outline");
      s.execute("DROP TABLE units"); // and what came after them
      s.execute("ALTER TABLE reviews DROP COLUMN shown");
      s.execute("ALTER TABLE reviews DROP COLUMN disputed");
      for (String column :
          List.of(
              "first_right_exercise",
              "first_right_at",
              "another_exercise",
              "another_day",
              "placed")) {
        s.execute("ALTER TABLE mastery DROP COLUMN " + column);
      }
      s.execute("DROP TABLE leeches");
      for (String index :
          List.of("cards_phase_due", "cards_pack_due", "exercise_skills_skill", "reviews_tally")) {
        s.execute("DROP INDEX " + index); // 013, 014
      }
      s.execute("CREATE INDEX reviews_learner_time ON reviews(learner_id, reviewed_at)");
      s.execute("DROP TABLE pack_media");
      s.execute("ALTER TABLE exercises DROP COLUMN examples");
      s.execute("DROP INDEX cards_last_review"); // 020
      s.execute("DROP INDEX cards_pack_phase_due"); // 021
      s.execute("DROP INDEX cards_review_risk"); // 022
      s.execute("DROP TABLE streak_marks"); // 023, and its triggers (on reviews)
      for (String t :
          List.of(
              "streak_marks_answer_removed",
              "streak_marks_past_answer_added",
              "streak_marks_answer_moved")) s.execute("DROP TRIGGER " + t);
      s.execute("ALTER TABLE goals DROP COLUMN met_on"); // 027
      s.execute("ALTER TABLE mastery DROP COLUMN opened"); // 028
      s.execute("DROP TABLE skill_fading"); // 029, and its triggers (on other tables)
      List<String> triggers = new java.util.ArrayList<>();
      try (java.sql.ResultSet rs =
          s.executeQuery(
              "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'skill_fading%'")) {
        while (rs.next()) triggers.add(rs.getString(1));
      }
      for (String t : triggers) s.execute("DROP TRIGGER " + t);
      s.execute("PRAGMA user_version = " + Database.MIGRATIONS.indexOf("007-exercise-outline.sql"));
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      long learner = store.currentLearner(Instant.EPOCH).id();
      assertSameShape(
          store.studyData(learner).exercises(), store.studyOutline(learner).exercises());
    }
  }

  private static void assertSameShape(List<StoredExercise> full, List<StoredExercise> outline) {
    assertEquals(full.size(), outline.size());
    for (int i = 0; i < full.size(); i++) {
      StoredExercise f = full.get(i);
      StoredExercise o = outline.get(i);
      assertEquals(f.key(), o.key());
      assertEquals(f.position(), o.position());
      assertEquals(f.exercise().skills(), o.exercise().skills());
      assertEquals(f.exercise().difficulty(), o.exercise().difficulty());
      assertEquals(f.exercise().type(), o.exercise().type());
      BktParameters p = new BktParameters(0.2, 0.15, 0.2, 0.1);
      assertEquals(Kind.chance(p, f.exercise()), Kind.chance(p, o.exercise()), f.key().toString());
    }
  }
}
