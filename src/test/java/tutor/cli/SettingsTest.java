package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.session.ProfileKeys;
import tutor.store.AutoBackups;

/** tutor settings: every setting seen and set in one place; profile set is the same thing. */
class SettingsTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir.resolve("tutor.db"));
  }

  @Test
  void theListingShowsEverySettingThatCanBeSet() {
    Cli.Result r = cli().run("settings");
    assertEquals(0, r.code(), r.toString());
    for (String key : ProfileKeys.all().keySet())
      assertTrue(r.out().contains("  " + key + " "), key + ":\n" + r.out());
    for (String key : AutoBackups.DEFAULTS.keySet())
      assertTrue(r.out().contains("  " + key + " "), key);
    for (String key :
        new String[] {"easy-days", "target-success", "typo-tolerance", "session-minutes"}) {
      assertTrue(r.out().contains(key), key);
    }
    assertFalse(r.out().contains(" default "), "a value, not the word 'default':\n" + r.out());
    r.out().lines().forEach(l -> assertTrue(l.length() <= 80, "wider than 80: " + l));
  }

  /**
   * "daily-minutes none" beside sessions opening with "Today's goal: 20 minutes" (a goal's, which
   * comes first) read as a contradiction: the setting names the goals that set minutes a day.
   */
  @Test
  void dailyMinutesNamesTheGoalsThatSetMinutesADay() throws Exception {
    Path pack = StudyScreensLiveTest.longPack(dir);
    assertEquals(0, cli().run("pack", "add", pack.toString()).code());
    assertFalse(cli().run("settings", "--format", "json").out().contains("goal 1 sets"));
    assertEquals(0, cli().run("goal", "add", "--pack", "long", "--minutes", "20").code());
    Cli.Result r = cli().run("settings");
    String listing = String.join(" ", r.out().lines().map(String::strip).toList());
    assertTrue(
        listing.contains(
            "goal 1 sets 20 (the largest of an active goal's comes first: tutor" + " goal status)"),
        r.out());
    r.out().lines().forEach(l -> assertTrue(l.length() <= 80, "wider than 80: " + l));
  }

  @Test
  void aLongValueKeepsItsMeaningInTheMeaningsColumn() {
    assertEquals(0, cli().run("settings", "timezone", "America/New_York").code());
    java.util.List<String> lines = cli().run("settings").out().lines().toList();
    int at = 0;
    while (!lines.get(at).startsWith("  timezone ")) at++;
    // The meanings' column: where desired-retention's meaning starts.
    String first =
        lines.stream().filter(l -> l.startsWith("  desired-retention")).findFirst().get();
    int column = first.indexOf("share of reviews");
    assertTrue(lines.get(at).contains("America/New_York*"), lines.get(at));
    String meaning = lines.get(at + 1);
    assertTrue(
        meaning.startsWith(" ".repeat(column) + "your time zone"),
        "the meaning under the others' column:\n" + String.join("\n", lines));
  }

  @Test
  void anyKeyIsSetAndReadBackWithEitherCommand() {
    Cli c = cli();
    assertEquals(0, c.run("settings", "session-minutes", "20").code());
    assertEquals(0, c.run("settings", "easy-days", "sat,sun").code());
    assertEquals(0, c.run("settings", "typo-tolerance", "0.1").code());
    assertEquals(0, c.run("profile", "set", "target-success", "0.7").code());
    assertEquals("20", c.run("settings", "session-minutes").out().strip());
    assertEquals("0.7", c.run("settings", "target-success").out().strip());
    String listing = c.run("settings").out();
    assertTrue(listing.matches("(?s).*easy-days\\s+sat,sun\\*.*"), listing);
    assertTrue(listing.matches("(?s).*typo-tolerance\\s+0.1\\*.*"), listing);
    // The same check whichever command sets it.
    Cli.Result viaSettings = c.run("settings", "session-minutes", "999");
    Cli.Result viaProfile = c.run("profile", "set", "session-minutes", "999");
    assertEquals(2, viaSettings.code());
    assertEquals(viaSettings.err(), viaProfile.err());
    assertEquals(0, c.run("profile", "set", "backup-keep-daily", "3").code());
    assertEquals("3", c.run("settings", "backup-keep-daily").out().strip());
  }

  @Test
  void jsonListsEveryKeyWithValueDefaultAndScope() throws Exception {
    Cli c = cli();
    c.run("settings", "new-per-day", "5");
    JsonNode doc = new ObjectMapper().readTree(c.run("settings", "--format", "json").out());
    Set<String> keys = new HashSet<>();
    for (JsonNode s : doc.get("settings")) {
      keys.add(s.get("key").asText());
      if (s.get("key").asText().equals("new-per-day")) {
        assertEquals("5", s.get("value").asText());
        assertFalse(s.get("default").asBoolean());
        assertEquals("learner", s.get("scope").asText());
      }
      if (s.get("key").asText().equals("backup-keep-daily"))
        assertEquals("database", s.get("scope").asText());
    }
    Set<String> expected = new HashSet<>(ProfileKeys.all().keySet());
    expected.addAll(AutoBackups.DEFAULTS.keySet());
    assertEquals(expected, keys);
    JsonNode one =
        new ObjectMapper().readTree(c.run("settings", "new-per-day", "--format", "json").out());
    assertEquals("5", one.get("value").asText());
  }

  @Test
  void anUnknownKeyIsOneLineWithASuggestion() {
    Cli.Result r = cli().run("settings", "sesion-minutes");
    assertEquals(2, r.code());
    assertEquals(
        "tutor: unknown setting 'sesion-minutes'; did you mean 'session-minutes'? (tutor settings lists them)",
        r.err().strip());
  }
}
