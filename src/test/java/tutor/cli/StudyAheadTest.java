package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;

class StudyAheadTest {
  @TempDir Path dir;

  @Test
  void studyingAheadNeverInflatesIntervals() {
    FsrsScheduler fsrs = new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));
    Instant last = Instant.parse("2026-03-01T09:00:00Z");
    CardState card =
        new CardState(CardPhase.REVIEW, 0, 20, 5, last.plus(Duration.ofDays(20)), last, 4, 0);
    int onTime = fsrs.review(card, Rating.GOOD, last.plus(Duration.ofDays(20)), 1).scheduledDays();
    for (int early = 1; early < 20; early++) {
      int ahead =
          fsrs.review(card, Rating.GOOD, last.plus(Duration.ofDays(20 - early)), 1).scheduledDays();
      assertTrue(
          ahead + (20 - early) <= onTime + 20,
          "reviewed " + early + " days early: next in " + ahead + " days, on time: " + onTime);
    }
  }

  @Test
  void aheadBringsInReviewsDueInTheNextDays() throws Exception {
    Cli cli = new Cli(dir.resolve("tutor.db"));
    cli.run("pack", "add", TestPacks.demo(dir).toString());
    cli.input("Paris\n", "study", "--limit", "1", "--now=2026-03-02T09:00:00Z");
    cli.input(
        "Paris\n", "study", "--limit", "1", "--now=2026-03-02T09:11:00Z"); // graduates to review
    Cli.Result nextDay =
        cli.input("", "study", "--skill", "basics", "--limit", "1", "--now=2026-03-03T09:00:00Z");
    assertTrue(!nextDay.out().contains("(review)"), "not due yet the next day:\n" + nextDay.out());
    Cli.Result ahead =
        cli.input(
            "Paris\n", "study", "--ahead", "30", "--limit", "1", "--now=2026-03-03T09:00:00Z");
    assertTrue(ahead.out().contains("(review)"), ahead.out());
    assertEquals(2, cli.run("study", "--ahead", "-1").code());
  }
}
