package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * A credential counts days as the mastery it certifies does: the learner's study days (their time
 * zone, the hour their day starts), not UTC dates. Here a learner in Los Angeles whose day starts
 * at 04:00 studies at 00:30 and 04:30 local time on 1 March (UTC-8): two study days (the first
 * session still belongs to 28 February) on one UTC date. Issued because two study days show the
 * skill, the credential must say two days, and the dates the learner lived them.
 */
class CredentialStudyDaysTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void theDaysStatedAreTheStudyDaysMasteryCounted() throws Exception {
    Cli cli = new Cli(dir.resolve("tutor.db"));
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    assertEquals(0, cli.run("settings", "timezone", "America/Los_Angeles").code());
    assertEquals(0, cli.run("settings", "day-starts-at", "4").code());
    study(cli, "Paris\n5\n100\nCelsius\n1\n", "2026-03-01T08:30:00Z"); // 00:30 local
    study(cli, "Paris\n5\n100\nCelsius\n1\n100\nCelsius\n", "2026-03-01T12:30:00Z"); // 04:30
    Path file = dir.resolve("badge.json");
    Cli.Result r = cli.issueFirstSteps(file.toString(), "--now=2026-03-01T13:00:00Z");
    assertEquals(0, r.code(), r.toString());
    JsonNode vc = JSON.readTree(Files.readString(file));
    assertEquals("2", result(vc, ":days"), "two study days, as the mastery it certifies counted");
    assertEquals("1", result(vc, ":span-days"));
    String narrative = vc.get("evidence").get(0).get("narrative").asText();
    assertTrue(narrative.contains(" on 2 days, from 2026-02-28 to 2026-03-01 "), narrative);
  }

  private static void study(Cli cli, String answers, String at) {
    Cli.Result r =
        cli.input(
            answers, "study", "--skill", "basics", "--limit", "4", "--seed", "7", "--now=" + at);
    assertEquals(0, r.code(), r.toString());
  }

  private static String result(JsonNode vc, String suffix) {
    for (JsonNode result : vc.get("credentialSubject").get("result")) {
      if (result.get("resultDescription").asText().endsWith(suffix))
        return result.get("value").asText();
    }
    throw new AssertionError("no result " + suffix + " in " + vc.get("credentialSubject"));
  }
}
