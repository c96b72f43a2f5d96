package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * A credential is not issued on mastery changed by hand. P(known) and each skill's count of answers
 * and right ones are read from the mastery rows and stated in the signed credential ("Mastery per
 * skill: The basics 99% (500 answers, 500 right)"): a row raised by hand would be certified as the
 * learner's. issue recomputes the rows from the answer log as doctor does, and refuses.
 */
class CredentialMasteryTamperTest {
  @TempDir Path dir;

  @Test
  void masteryChangedByHandEarnsNoCredential() throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    ProfileCredentialReportTest.masterBasics(cli);
    Rows.exec(db, "UPDATE mastery SET attempts = 500, correct = 500 WHERE skill_id = 'basics'");
    Cli.Result raised = issue(cli);
    assertEquals(1, raised.code(), raised.toString());
    assertTrue(
        raised
            .err()
            .startsWith(
                "tutor: the mastery of 1 skill is not what your answers made of it (changed outside"
                    + " tutor); no credential issued"),
        raised.toString());
    assertTrue(
        raised.err().contains("demo/basics: 500 attempts, 500 right, not 8 and 8"),
        raised.toString());
    assertFalse(Files.exists(dir.resolve("badge.json")), "nothing issued");

    // doctor --fix writes back what the answers say; the credential then states their figures
    assertEquals(0, cli.run("doctor", "--fix", "--yes", "--now=2026-03-02T10:00:00Z").code());
    Cli.Result after = issue(cli);
    assertEquals(0, after.code(), after.toString());
    assertTrue(
        Files.readString(dir.resolve("badge.json")).contains("(8 answers, 8 right)"),
        "the figures of the answer log");
  }

  private Cli.Result issue(Cli cli) {
    return cli.issueFirstSteps(dir.resolve("badge.json").toString(), "--now=2026-03-02T10:00:00Z");
  }
}
