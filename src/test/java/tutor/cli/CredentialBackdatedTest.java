package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * A credential is not dated before the answers it rests on. Issued with --now a month before the
 * answers (or with the system clock set back), it was signed and valid: "validFrom 2026-02-01",
 * certifying on that day a mastery shown on 1 and 2 March (its own activityEndDate).
 */
class CredentialBackdatedTest {
  @TempDir Path dir;

  @Test
  void aCredentialDatedBeforeItsAnswersIsNotIssued() throws Exception {
    Cli cli = new Cli(dir.resolve("tutor.db"));
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    ProfileCredentialReportTest.masterBasics(cli); // answers on 1 and 2 March, 09:00
    Cli.Result early = issue(cli, "2026-02-01T10:00:00Z");
    assertEquals(1, early.code(), early.toString());
    assertEquals(
        "tutor: your answers to these skills go up to 2026-03-02T09:00:00Z, after the time of issue"
            + " 2026-02-01T10:00:00Z: a credential cannot be dated before the answers it rests on"
            + " (check --now or the system clock); none issued",
        early.err().strip());
    assertEquals("", early.out());
    assertEquals(0, issue(cli, "2026-03-02T10:00:00Z").code(), "after them, it is");
  }

  private static Cli.Result issue(Cli cli, String at) {
    return cli.issueFirstSteps("-", "--now=" + at);
  }
}
