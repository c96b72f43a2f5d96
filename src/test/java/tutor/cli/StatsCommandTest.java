package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** tutor stats on a learner who mastered the basics over two days. */
class StatsCommandTest {
  private static final String DAY2 = "--now=2026-03-03T10:00:00Z";
  @TempDir static Path dir;
  private static Cli cli;

  @BeforeAll
  static void twoDaysOfStudy() throws Exception {
    cli = new Cli(dir.resolve("tutor.db"));
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    cli.input(
        "Paris\n5\n100\nCelsius\n1\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "4",
        "--now=2026-03-02T09:00:00Z");
    cli.input(
        "Paris\n5\n100\nCelsius\n1\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "4",
        "--now=2026-03-03T09:00:00Z");
  }

  private static JsonNode json(String... now) throws Exception {
    Cli.Result r = cli.run("stats", "--format", "json", now.length > 0 ? now[0] : DAY2);
    assertEquals(0, r.code(), r.toString());
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void jsonGivesEachSkillsLevelWithTheNamesOtherCommandsUse() throws Exception {
    JsonNode skills = json().get("packs").get(0).get("skills");
    assertEquals("demo", json().get("packs").get(0).get("pack").asText());
    assertEquals("basics", skills.get(0).get("skill").asText());
    assertEquals("mastered", skills.get(0).get("level").asText());
    assertEquals("new", skills.get(1).get("level").asText(), "unlocked by basics, not practised");
    assertEquals(30, json().get("due_per_day").size());
  }

  @Test
  void levelsAreThePickersOwnSoAMasteredSkillLeftAloneFades() throws Exception {
    JsonNode later = json("--now=2027-06-01T10:00:00Z");
    assertEquals("fading", later.get("packs").get(0).get("skills").get(0).get("level").asText());
    assertTrue(later.get("packs").get(0).get("skills").get(0).get("recall").asDouble() < 0.85);
  }

  @Test
  void studyDaysStreaksAndUntimedAnswersAreCounted() throws Exception {
    JsonNode j = json();
    assertEquals(2, j.get("streak").get("current_days").asInt());
    assertEquals(2, j.get("study_days").size());
    JsonNode day = j.get("study_days").get(0);
    assertEquals("2026-03-02", day.get("date").asText());
    assertEquals(4, day.get("answers").asInt());
    assertTrue(day.get("seconds").isNull(), "piped answers have no time");
    assertEquals(4, day.get("untimed_answers").asInt());
  }

  @Test
  void pipedTextHasNoEscapeCodesOrSymbolsAndSaysEveryChartInWords() {
    Cli.Result r = cli.run("stats", DAY2);
    assertEquals(0, r.code(), r.toString());
    assertFalse(
        r.out().contains("\u001b[") || r.out().contains("█") || r.out().contains("├"), r.out());
    for (String s :
        new String[] {
          "The basics: mastered",
          "Knowledge graph of Demo pack",
          "Building on the basics: new; builds on The basics",
          "Study days in the last 26 weeks: 2",
          "Current streak: 2 days",
          "Retention",
          "Time studied",
          "Goals"
        }) {
      assertTrue(r.out().contains(s), s + "\n" + r.out());
    }
    for (String line : r.out().split("\n")) assertTrue(line.length() <= 80, line);
  }

  private static String onTerminal(java.util.Map<String, String> env, String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    all.add("--db=" + dir.resolve("tutor.db"));
    Context ctx =
        new Context(
            env,
            java.io.InputStream.nullInputStream(),
            new java.io.PrintWriter(out, true),
            new java.io.PrintWriter(new java.io.StringWriter(), true),
            true);
    assertEquals(0, Main.run(ctx, all.toArray(String[]::new)));
    return out.toString();
  }

  @Test
  void onATerminalThereAreChartsAndColourUnlessNoColorOrPlainAskForWordsOnly() {
    String charts = onTerminal(java.util.Map.of("HOME", dir.toString()), "stats", DAY2);
    assertTrue(charts.contains("█") && charts.contains("\u001b["), charts);
    // NO_COLOR removes the colour only (no-color.org): the charts stay.
    String noColour =
        onTerminal(java.util.Map.of("HOME", dir.toString(), "NO_COLOR", "1"), "stats", DAY2);
    assertTrue(noColour.contains("█") && !noColour.contains("\u001b["), noColour);
    for (java.util.Map<String, String> env :
        java.util.List.of(java.util.Map.of("HOME", dir.toString(), "TUTOR_PLAIN", "1"))) {
      String words = onTerminal(env, "stats", DAY2);
      assertFalse(
          words.contains("█") || words.contains("\u001b[") || words.contains("─"),
          env + "\n" + words);
    }
    String plain = onTerminal(java.util.Map.of("HOME", dir.toString()), "--plain", "stats", DAY2);
    assertFalse(plain.contains("█") || plain.contains("\u001b["), plain);
  }

  @Test
  void anUnknownPackIsAUsageError() {
    Cli.Result r = cli.run("stats", "--pack", "nope");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no installed pack 'nope'"), r.err());
  }

  @Test
  void theNewCommandsHaveHelpWithExamples() {
    for (String[] cmd :
        new String[][] {
          {"stats", "--help"},
          {"export", "--help"},
          {"import", "--help"},
          {"backup", "--help"},
          {"doctor", "--help"},
          {"learner", "delete", "--help"}
        }) {
      Cli.Result r = cli.run(cmd);
      assertEquals(0, r.code(), String.join(" ", cmd));
      assertTrue(r.out().contains("Examples:"), String.join(" ", cmd) + ":\n" + r.out());
      for (String line : r.out().split("\n"))
        assertTrue(line.length() <= 80, String.join(" ", cmd) + ": " + line);
    }
    assertTrue(Files.exists(dir.resolve("tutor.db")));
  }
}
