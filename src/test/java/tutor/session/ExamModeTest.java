package tutor.session;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.schedule.SchedulerConfig;

/** Exam mode: every item of the goal is recalled with at least the aim on exam day. */
class ExamModeTest {
  private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant EXAM = START.plus(Duration.ofDays(12));
  // Above the desired retention (0.9) the cards are scheduled for: only exam mode can get there.
  private static final double AIM = 0.95;
  private final FsrsScheduler scheduler =
      new FsrsScheduler(SchedulerConfig.defaults().withFuzz(false));

  private static StoredExercise ex(String id) {
    return new StoredExercise(
        "p",
        new Exercise(
            id,
            List.of("a"),
            "?",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Text(List.of("x"), null, Normalization.DEFAULT)),
        0);
  }

  @Test
  void everyItemIsAboveTheAimOnExamDayWithAtMostOneExtraReviewEach() {
    List<StoredExercise> scope = new ArrayList<>();
    Map<CardKey, CardState> cards = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      StoredExercise e = ex("e" + i);
      scope.add(e);
      double stability = 3 + i * 2.5; // 3 .. 75 days
      Instant last = START.minus(Duration.ofDays(i % 5));
      cards.put(
          e.key(),
          new CardState(
              CardPhase.REVIEW,
              0,
              stability,
              5,
              last.plus(Duration.ofDays(Math.round(stability))),
              last,
              4,
              0));
    }
    Map<SkillKey, SkillMastery> mastery =
        Map.of(new SkillKey("p", "a"), new SkillMastery(0.99, 10, 10));
    Picker picker =
        new Picker(scheduler, List.of(new StoredSkill("p", "a", "A", "", 0, List.of())));
    int examReviews = 0;
    int dueReviews = 0;
    Map<CardKey, Integer> examPerCard = new HashMap<>();
    for (int day = 0; day < 12; day++) {
      Instant now = START.plus(Duration.ofDays(day));
      for (int n = 0; n < 100; n++) {
        Optional<Pick> p =
            picker.next(
                Picker.Request.of(scope, cards, mastery, now)
                    .exams(Map.of(new SkillKey("p", "a"), EXAM), AIM));
        if (p.isEmpty()
            || (p.get().reason() != Pick.Reason.EXAM && p.get().reason() != Pick.Reason.DUE)) break;
        if (p.get().reason() == Pick.Reason.EXAM) {
          examReviews++;
          examPerCard.merge(p.get().exercise().key(), 1, Integer::sum);
        } else {
          dueReviews++;
        }
        CardKey k = p.get().exercise().key();
        cards.put(k, scheduler.review(cards.get(k), Rating.GOOD, now, 0).card());
      }
    }
    for (Map.Entry<CardKey, CardState> c : cards.entrySet()) {
      double r = scheduler.retrievability(c.getValue(), EXAM);
      assertTrue(r >= AIM, c.getKey() + " recall on exam day " + r);
    }
    assertTrue(examReviews > 0, "some reviews were brought forward");
    assertTrue(
        examPerCard.values().stream().allMatch(n -> n == 1),
        "at most one extra review per item: " + examPerCard);
  }

  @Test
  void withoutAnExamNothingIsBroughtForward() {
    StoredExercise e = ex("e");
    Map<CardKey, CardState> cards =
        Map.of(
            e.key(),
            new CardState(
                CardPhase.REVIEW,
                0,
                40,
                5,
                START.plus(Duration.ofDays(30)),
                START.minus(Duration.ofDays(10)),
                4,
                0));
    Picker picker =
        new Picker(scheduler, List.of(new StoredSkill("p", "a", "A", "", 0, List.of())));
    assertTrue(picker.next(Picker.Request.of(List.of(e), cards, Map.of(), START)).isEmpty());
  }
}
