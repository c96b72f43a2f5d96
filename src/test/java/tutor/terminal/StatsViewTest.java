package tutor.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;
import tutor.session.LearnerSettings;
import tutor.stats.GoalLine;
import tutor.stats.StatsReport;
import tutor.store.History;
import tutor.store.LoggedReview;

/** The statistics page fits 80 columns, with charts, and in words only. */
class StatsViewTest {
  /**
   * Right answers to two exercises on two days: with P(known) at least 0.95, mastered
   * (docs/mastery.md).
   */
  private static final tutor.mastery.Evidence SHOWN =
      new tutor.mastery.Evidence(
          "e1", java.time.Instant.parse("2025-09-01T09:00:00Z"), true, true, false);

  private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

  private static StatsReport report() {
    List<LoggedReview> log = new ArrayList<>();
    for (int d = 200; d >= 0; d -= (d % 5 == 0 ? 3 : 1)) {
      for (int k = 0; k < d % 7 + 1; k++) {
        log.add(
            new LoggedReview(
                new CardKey("p", "x"),
                NOW.minus(Duration.ofDays(d)).plusSeconds(k),
                "study",
                k % 3 == 0 ? 1 : 3,
                k % 3 != 0,
                d % 4 == 0 ? null : 20_000L + 1000L * k,
                0,
                "",
                k % 2 == 0 ? CardPhase.REVIEW : CardPhase.NEW,
                null));
      }
    }
    return report(log);
  }

  private static StatsReport report(List<LoggedReview> log) {
    List<StoredSkill> skills =
        List.of(
            new StoredSkill(
                "p",
                "a",
                "Finding your way around the file system without getting lost",
                "",
                0,
                List.of()),
            new StoredSkill("p", "b", "Files and directories", "", 1, List.of("a")),
            new StoredSkill("p", "c", "Looking inside files", "", 2, List.of("b")),
            new StoredSkill("p", "d", "Redirection", "", 3, List.of("c")),
            new StoredSkill(
                "p", "e", "Pipes with a rather long title to cut", "", 4, List.of("d", "c", "a")),
            new StoredSkill("p", "f", "Text processing", "", 5, List.of("e")),
            new StoredSkill("p", "g", "Wildcards", "", 6, List.of("a")));
    Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    mastery.put(new SkillKey("p", "a"), new SkillMastery(0.99, 9, 9, SHOWN));
    mastery.put(new SkillKey("p", "b"), new SkillMastery(0.97, 5, 5, SHOWN));
    mastery.put(new SkillKey("p", "c"), new SkillMastery(0.6, 3, 2));
    // 60 reviews due over the next 17 days
    Integer[] perDay = new Integer[StatsReport.FORECAST_DAYS];
    java.util.Arrays.fill(perDay, 0);
    for (int i = 0; i < 60; i++) perDay[i % 17]++;
    LearnerSettings settings = LearnerSettings.from(Map.of("timezone", "UTC"), ZoneId.of("UTC"));
    return StatsReport.of(
        new StatsReport.Input(
            "default",
            NOW,
            settings,
            skills,
            mastery,
            Map.of(),
            new FsrsScheduler(SchedulerConfig.defaults()),
            Map.of("p", "A pack with a long title"),
            null,
            List.of(perDay),
            History.tallies(log),
            List.of(
                new GoalLine(
                    1,
                    "p",
                    "master p by 2026-04-01",
                    "behind",
                    "2 of 7 skills mastered; behind by 12"
                        + " days: about 9 new exercises a day are needed, your pace is 3."))));
  }

  private static void fits80(List<String> lines) {
    for (String l : lines)
      assertTrue(Charts.visibleLength(l) <= 80, "(" + Charts.visibleLength(l) + ") " + l);
  }

  /** One review in a month is "1 review", in words and beside the chart ("of 1 reviews" was). */
  @Test
  void aSingleReviewIsOneReview() {
    List<LoggedReview> one =
        List.of(
            new LoggedReview(
                new CardKey("p", "x"),
                NOW,
                "study",
                1,
                false,
                5_000L,
                0,
                "",
                CardPhase.REVIEW,
                null));
    String words = String.join("\n", StatsView.render(report(one), Style.PLAIN));
    assertTrue(words.contains("March 2026: 0% of 1 review remembered, below the target."), words);
    String chart = String.join("\n", StatsView.render(report(one), new Style(false, true)));
    assertTrue(chart.contains("  of 1 review\n"), chart);
    assertFalse(chart.contains("1 reviews") || words.contains("1 reviews"), chart + words);
  }

  /**
   * A learner on their first day: the days of the week before they began are not shown, in charts
   * or in words (they read as six days of study missed).
   */
  @Test
  void timeStudiedStartsOnTheFirstDayOfStudy() {
    List<LoggedReview> today = new ArrayList<>();
    for (int k = 0; k < 3; k++)
      today.add(
          new LoggedReview(
              new CardKey("p", "x"),
              NOW.plusSeconds(k),
              "study",
              3,
              true,
              5_000L,
              0,
              "",
              CardPhase.NEW,
              null));
    for (Style style : List.of(new Style(false, true), Style.PLAIN)) {
      List<String> lines = StatsView.render(report(today), style);
      List<String> time =
          lines.subList(
              lines.indexOf(
                  lines.stream().filter(l -> l.startsWith("Time studied")).findFirst().get()),
              lines.size());
      String all = String.join("\n", time);
      assertTrue(all.contains("Tue 10 Mar"), all);
      for (String before : List.of("Wed 4 Mar", "Mon 9 Mar"))
        assertFalse(all.contains(before), before + " is before the first answer:\n" + all);
    }
  }

  @Test
  void withChartsEveryLineFits80ColumnsAndEverySectionIsThere() {
    List<String> lines = StatsView.render(report(), new Style(false, true));
    fits80(lines);
    String all = String.join("\n", lines);
    for (String s :
        new String[] {
          "Progress of default",
          "Knowledge graph",
          "Reviews due in the next 30 days: 60",
          "Study days in the last 26 weeks",
          "Current streak: 3 days",
          "Retention",
          "Time studied",
          "Goals",
          "behind"
        }) {
      assertTrue(all.contains(s), s + "\n" + all);
    }
    assertTrue(all.contains("█") && all.contains("├─") && all.contains("┤"), all);
    assertTrue(
        all.contains("  Finding your way around the file syst…  █"),
        "long titles are cut:\n" + all);
    assertFalse(all.contains("\u001b["), "no colour asked, no escape codes");
    // The other prerequisites of a skill, beside its parent in the tree, in words that say so:
    // "(+2 more needed)" read as if something were missing.
    assertTrue(all.contains("Pipes with a rather long title to cut  locked  (+2 prereqs)"), all);
    assertFalse(all.contains("more needed"), all);
  }

  @Test
  void inWordsOnlyThereAreNoSymbolsAndEveryChartIsSaidInSentences() {
    List<String> lines = StatsView.render(report(), Style.PLAIN);
    fits80(lines);
    String all = String.join("\n", lines).replaceAll("\n +", " ");
    for (char c : "█░▒▓│├└─┤▁▂▃▄▅▆▇·…".toCharArray()) {
      assertFalse(all.indexOf(c) >= 0, "symbol " + c + " in plain output:\n" + all);
    }
    assertTrue(
        all.contains(
            "Pipes with a rather long title to cut: locked; builds on Redirection, Looking inside"
                + " files and Finding your way around the file system without getting lost"),
        all);
    assertTrue(all.contains("Files and directories: mastered, 97% known"), all);
    assertTrue(all.contains("today: 4; tomorrow: 4; Thu 12 Mar: 4;"), all);
    assertTrue(all.contains("Current streak: 3 days. Longest: 3 days, to Tue 10 Mar."), all);
    assertTrue(
        all.matches(
            "(?s).*(January|February|March) 2026: \\d+% of \\d+ reviews remembered, (below|at or above) the target.*"),
        all);
    assertTrue(all.contains("time unknown"), "days whose answers were all piped:\n" + all);
  }

  @Test
  void withColourLevelsAreColouredAndLinesStillFit() {
    List<String> lines = StatsView.render(report(), new Style(true, true));
    fits80(lines);
    String all = String.join("\n", lines);
    assertTrue(all.contains("\u001b[32m"), "mastered in green");
    assertTrue(all.contains("\u001b[2m"), "locked dimmed");
  }

  @Test
  void minutesReadWellInBothForms() {
    assertEquals("<1 min", StatsView.minutes(20_000, true));
    assertEquals("1 h 05 min", StatsView.minutes(65 * 60_000, true));
    assertEquals("1 hour 5 minutes", StatsView.minutes(65 * 60_000, false));
    assertEquals("14 minutes", StatsView.minutes(14 * 60_000, false));
  }
}
