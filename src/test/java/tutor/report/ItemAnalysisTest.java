package tutor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.pack.SkillKey;
import tutor.schedule.CardPhase;
import tutor.store.LoggedReview;

/**
 * A synthetic cohort: 300 learners of known ability answer a pack in which one item's key is wrong,
 * one rewards not knowing, and one is trivial. The analysis must flag exactly those.
 */
class ItemAnalysisTest {
  private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

  private static Exercise text(String id, String... answers) {
    return new Exercise(
        id,
        List.of("s"),
        "prompt " + id,
        2,
        List.of("hint"),
        "",
        List.of(),
        new Exercise.Text(List.of(answers), null, Normalization.DEFAULT));
  }

  /**
   * The pack as authored: "capital" says the capital of Australia is Sydney (the planted wrong
   * key).
   */
  static final Pack PACK =
      new Pack(
          1,
          "geo",
          "Geography",
          "1.0.0",
          "",
          List.of(),
          "",
          "en",
          List.of(new Skill("s", "Capitals", "", List.of())),
          List.of(
              text("good-1", "Paris"),
              text("good-2", "Rome"),
              text("good-3", "Lima"),
              text("capital", "Sydney"),
              text("trick", "Bern"),
              text("trivial", "yes"),
              new Exercise(
                  "pick",
                  List.of("s"),
                  "pick",
                  2,
                  List.of(),
                  "",
                  List.of(),
                  new Exercise.Choice(List.of("Oslo", "Bergen"), List.of(0), false))));

  private static Map<String, ItemAnalysis.ItemStats> stats;

  /** One learner of ability {@code a} (0-1), which is also their mastery of the skill. */
  private static LearnerData learner(int n, double a, Random rnd) {
    List<LoggedReview> answers = new ArrayList<>();
    Instant t = START.plus(Duration.ofDays(n % 20));
    for (int round = 0; round < 2; round++) {
      for (Exercise e : PACK.exercises()) {
        boolean knows = rnd.nextDouble() < a;
        String given;
        boolean right;
        switch (e.id()) {
          case "capital" -> { // who knows says Canberra, which the key rejects; a guesser sometimes
            // says Sydney
            given = knows ? "Canberra" : rnd.nextDouble() < 0.1 ? "Sydney" : "Melbourne";
            right = given.equals("Sydney");
          }
          case "trick" -> { // misleading: the more one knows, the likelier the tempting wrong
            // answer
            right = rnd.nextDouble() < 1 - a;
            given = right ? "Bern" : "Zurich";
          }
          case "trivial" -> {
            right = true;
            given = "yes";
          }
          case "pick" -> {
            right = knows || rnd.nextBoolean();
            given = right ? "1" : "2";
          }
          default -> {
            right = knows || rnd.nextDouble() < 0.1;
            given = right ? ((Exercise.Text) e.body()).answers().get(0) : "dunno";
          }
        }
        t = t.plusSeconds(30);
        answers.add(
            new LoggedReview(
                new CardKey("geo", e.id()),
                t,
                "study",
                right ? 3 : 1,
                right,
                5_000L + rnd.nextInt(5_000),
                e.id().equals("good-1") ? 1 : 0,
                given,
                round == 0 ? CardPhase.NEW : CardPhase.REVIEW,
                null));
      }
    }
    answers.add(
        new LoggedReview(
            new CardKey("other-pack", "x"),
            t,
            "study",
            3,
            true,
            null,
            0,
            "x",
            CardPhase.NEW,
            null));
    return new LearnerData(
        "learner-" + n,
        "learner-" + n,
        t,
        Map.of(),
        answers,
        Map.of(new SkillKey("geo", "s"), new SkillMastery(a, 14, 10)),
        List.of(),
        Map.of());
  }

  @BeforeAll
  static void analyse() {
    Random rnd = new Random(2026);
    List<LearnerData> cohort = new ArrayList<>();
    for (int i = 0; i < 300; i++) cohort.add(learner(i, rnd.nextDouble(), rnd));
    // added in two halves and merged, as the command does on two threads
    ItemAnalysis first = new ItemAnalysis(PACK);
    ItemAnalysis second = new ItemAnalysis(PACK);
    cohort.subList(0, 150).forEach(first::add);
    cohort.subList(150, 300).forEach(second::add);
    ItemAnalysis all = first.merge(second);
    assertEquals(300, all.learners());
    assertEquals(300 * 14, all.answers(), "answers to other packs are not counted");
    stats =
        all.result().stream()
            .collect(Collectors.toMap(ItemAnalysis.ItemStats::exercise, Function.identity()));
  }

  @Test
  void thePlantedWrongKeyIsFlaggedWithTheAnswerLearnersActuallyGive() {
    ItemAnalysis.ItemStats s = stats.get("capital");
    assertEquals("Canberra", s.wrongAnswers().get(0).answer());
    assertTrue(
        s.flags().stream()
            .anyMatch(
                f ->
                    f.startsWith("the wrong answer 'Canberra'")
                        && f.endsWith("a wrong or missing key?")),
        s.flags().toString());
    assertTrue(
        s.flags().stream().anyMatch(f -> f.startsWith("everyone fails")), s.flags().toString());
    assertEquals("Sydney", s.key());
  }

  @Test
  void anItemThatRewardsNotKnowingHasNegativeDiscrimination() {
    ItemAnalysis.ItemStats s = stats.get("trick");
    assertTrue(s.discrimination() < -0.3, "discrimination " + s.discrimination());
    assertTrue(
        s.flags().stream().anyMatch(f -> f.startsWith("negative discrimination")),
        s.flags().toString());
  }

  @Test
  void anItemEveryoneGetsRightIsFlaggedAsTooEasy() {
    assertEquals(List.of("nobody fails (100% right)"), stats.get("trivial").flags());
  }

  @Test
  void soundItemsAreNotFlaggedAndSeparateStrongFromWeakLearners() {
    for (String id : List.of("good-1", "good-2", "good-3", "pick")) {
      ItemAnalysis.ItemStats s = stats.get(id);
      assertEquals(List.of(), s.flags(), id);
      assertTrue(s.discrimination() > 0.4, id + " discrimination " + s.discrimination());
    }
  }

  @Test
  void countsTimesAndHintsAreSummedOverTheCohort() {
    ItemAnalysis.ItemStats s = stats.get("good-1");
    assertEquals(600, s.attempts());
    assertEquals(300, s.learners());
    assertEquals(600, s.hintsUsed());
    assertTrue(
        s.meanResponseSeconds() > 5 && s.meanResponseSeconds() < 10,
        "mean " + s.meanResponseSeconds());
    assertTrue(s.successRate() > 0.4 && s.successRate() < 0.7, "success " + s.successRate());
  }

  @Test
  void aFixedOrderChoiceShowsTheOptionChosenNotItsNumber() {
    assertEquals("Bergen", stats.get("pick").wrongAnswers().get(0).answer());
    assertEquals("Oslo", stats.get("pick").key());
  }

  @Test
  void discriminationDoesNotDependOnTheOrderLearnersCameIn() {
    Random rnd = new Random(7);
    List<LearnerData> cohort = new ArrayList<>();
    for (int i = 0; i < 40; i++)
      cohort.add(learner(i, Math.round(rnd.nextDouble() * 4) / 4.0, rnd)); // many ties
    ItemAnalysis forward = new ItemAnalysis(PACK);
    cohort.forEach(forward::add);
    ItemAnalysis backward = new ItemAnalysis(PACK);
    for (int i = cohort.size() - 1; i >= 0; i--) backward.add(cohort.get(i));
    assertEquals(forward.result(), backward.result());
  }

  @Test
  void disputedAnswersAreListedPerExerciseAcrossMergesAndShownAnswersAreNotWrongAnswers() {
    CardKey capital = new CardKey("geo", "capital");
    java.util.function.BiFunction<String, boolean[], LoggedReview> answer =
        (given, flags) ->
            new LoggedReview(
                capital,
                START,
                "study",
                flags[1] ? 3 : 1,
                flags[1],
                null,
                0,
                given,
                CardPhase.NEW,
                null,
                flags[0],
                flags[1]);
    boolean[] disputed = {false, true};
    boolean[] shown = {true, false};
    boolean[] wrong = {false, false};
    ItemAnalysis a = new ItemAnalysis(PACK);
    ItemAnalysis b = new ItemAnalysis(PACK);
    Map<SkillKey, SkillMastery> m = Map.of(new SkillKey("geo", "s"), new SkillMastery(0.5, 1, 0));
    a.add(
        new LearnerData(
            "a",
            "a",
            START,
            Map.of(),
            List.of(
                answer.apply("Canberra", disputed),
                answer.apply("", shown),
                answer.apply("Melbourne", wrong)),
            m,
            List.of(),
            Map.of()));
    b.add(
        new LearnerData(
            "b",
            "b",
            START,
            Map.of(),
            List.of(answer.apply(" Canberra ", disputed), answer.apply("canberra", disputed)),
            m,
            List.of(),
            Map.of()));
    ItemAnalysis.ItemStats s =
        a.merge(b).result().stream()
            .filter(x -> x.exercise().equals("capital"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(
            new ItemAnalysis.WrongAnswer("Canberra", 2),
            new ItemAnalysis.WrongAnswer("canberra", 1)),
        s.disputed());
    assertEquals(3, s.disputedCount());
    assertEquals(1, s.shown());
    assertEquals(List.of(new ItemAnalysis.WrongAnswer("Melbourne", 1)), s.wrongAnswers());
    assertEquals(3, s.correct(), "a disputed answer counts as the learner's call: right");
    assertEquals(5, s.attempts());
  }
}
