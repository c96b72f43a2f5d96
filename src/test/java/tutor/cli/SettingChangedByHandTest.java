package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * A setting changed by hand to a value tutor never writes (a time zone that is none, a day that
 * starts at hour 99, a retention of "lots"): every command that reads the settings says which one
 * in one line, exit 1, instead of "unexpected error: ZoneRulesException"; setting it again or
 * doctor --fix mends it, and nothing is lost.
 */
class SettingChangedByHandTest {
  @TempDir Path dir;

  @Test
  void eachCommandNamesTheSettingInOneLineAndItCanBeSetAgain() throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    assertEquals(
        0, cli.input("Paris\n", "study", "--limit", "1", "--now=2026-03-02T09:00:00Z").code());
    for (String[] bad :
        new String[][] {
          {"timezone", "Mars/Olympus"}, {"day-starts-at", "99"}, {"desired-retention", "lots"}
        }) {
      Rows.exec(
          db,
          "INSERT INTO learner_settings(learner_id, key, value) VALUES (1, '"
              + bad[0]
              + "', '"
              + bad[1]
              + "') ON CONFLICT(learner_id, key) DO UPDATE SET value = excluded.value");
      for (String[] command :
          new String[][] {
            {"due"},
            {"stats"},
            {"study", "--limit", "1"},
            {"credential", "issue", "--pack", "demo", "--out", "-"}
          }) {
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--now=2026-03-03T09:00:00Z";
        Cli.Result r = cli.input("Paris\n", args);
        String err = r.err().strip();
        assertEquals(1, r.code(), String.join(" ", command) + ": " + r);
        assertEquals(1, err.lines().count(), r.toString());
        assertTrue(
            err.startsWith(
                "tutor: learner 'default': the setting " + bad[0] + " = '" + bad[1] + "'"),
            r.toString());
        assertTrue(err.endsWith("tutor doctor --fix sets it back to its default"), r.toString());
        assertFalse(err.contains("unexpected") || err.contains("Exception"), r.toString());
      }
      assertEquals(1, Rows.count(db, "SELECT count(*) FROM reviews"), "nothing lost");
      Rows.exec(db, "DELETE FROM learner_settings WHERE key = '" + bad[0] + "'");
    }
    // mended: by doctor --fix, or by setting it again
    Rows.exec(
        db, "INSERT INTO learner_settings(learner_id, key, value) VALUES (1, 'timezone', 'x')");
    assertEquals(0, cli.run("doctor", "--fix", "--yes", "--now=2026-03-03T09:00:00Z").code());
    assertEquals(0, cli.run("due", "--now=2026-03-03T09:00:00Z").code());
    Rows.exec(
        db, "INSERT INTO learner_settings(learner_id, key, value) VALUES (1, 'timezone', 'x')");
    assertEquals(0, cli.run("settings", "timezone", "Europe/Paris").code(), "set again");
    assertEquals(0, cli.run("due", "--now=2026-03-03T09:00:00Z").code());
  }
}
