package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.packfile.PackReader;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.Stores;
import tutor.store.StudyData;

/** A clock that jumps: an answer earlier than the card's last review. */
class ClockJumpTest {
  @TempDir Path dir;

  @Test
  void anAnswerBeforeTheLastReviewIsASameMomentReviewScheduledFromItsOwnTime() throws Exception {
    Path db = dir.resolve("t.db");
    Instant ahead = Instant.parse("2200-01-01T09:00:00Z");
    Instant back = Instant.parse("2026-03-02T09:00:00Z");
    try (Store store = Stores.open(db)) {
      Learner learner = store.currentLearner(back);
      store.installPack(PackReader.read(TestPacks.demo(dir)), "test", "h", back);
      StudyData data = store.studyData(learner.id());
      StoredExercise capital =
          data.exercises().stream()
              .filter(e -> e.key().equals(new CardKey("demo", "capital")))
              .findFirst()
              .orElseThrow();
      Map<SkillKey, tutor.pack.StoredSkill> skills = new HashMap<>();
      data.skills().forEach(s -> skills.put(new SkillKey(s.packId(), s.skill().id()), s));
      AnswerRecorder recorder =
          new AnswerRecorder(
              store, new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false)), skills);
      Map<CardKey, CardState> cards = new HashMap<>(data.cards());
      Map<SkillKey, SkillMastery> mastery = new HashMap<>(data.mastery());
      recorder.record(learner.id(), "study", capital, attempt(ahead), 1, cards, mastery);
      recorder.record(learner.id(), "study", capital, attempt(back), 1, cards, mastery);

      CardState card = cards.get(capital.key());
      assertEquals(back, card.lastReview(), "scheduled from the answer, not from the review ahead");
      assertTrue(card.due().isAfter(back) && card.due().isBefore(ahead), card.toString());
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT reviewed_at, elapsed_days FROM reviews ORDER BY id DESC LIMIT 1")) {
        assertEquals(back.toEpochMilli(), rs.getLong(1), "the answer keeps its own time");
        assertEquals(0, rs.getLong(2), "no time elapsed: never a negative interval");
      }
    }
  }

  private static ExerciseRunner.Attempt attempt(Instant at) {
    return new ExerciseRunner.Attempt(Rating.GOOD, true, "Paris", "Paris", null, 0, null, at);
  }
}
