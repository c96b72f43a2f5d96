package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * A credential is not issued while the learner gets the skill wrong. After eight right answers
 * P(known) is 0.9999999, and six wrong answers in a row to one exercise over two days leave it
 * above 0.95; FSRS's recall of the card relearnt an hour before is high too. It was issued. Now the
 * last answer to every exercise of the skill must be right (the wrong ones taken back, it is).
 */
class CredentialAfterWrongAnswersTest {
  @TempDir Path dir;

  @Test
  void aSkillWhoseLastAnswersAreWrongEarnsNoCredentialUntilAnsweredRightAgain() throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    ProfileCredentialReportTest.masterBasics(cli); // right on 1 and 2 March
    study(cli, "nope\n".repeat(12), "2026-03-07T09:00:00Z");
    study(cli, "nope\n".repeat(12), "2026-03-08T09:00:00Z");
    assertTrue(
        Rows.count(db, "SELECT count(*) FROM reviews WHERE correct = 0") >= 6, "wrong answers");
    assertTrue(
        Rows.query(db, "SELECT p_known FROM mastery").get(0).get(0) instanceof Double p
            && p >= 0.95,
        "P(known) alone still says mastered");

    Cli.Result refused = issue(cli, "2026-03-08T10:00:00Z");
    assertEquals(1, refused.code(), refused.toString());
    assertTrue(
        refused
            .err()
            .contains(
                "The basics (basics): the last answer to exercise boil was wrong: answer it right"
                    + " again"),
        refused.toString());

    // the wrong answers taken back: the last answer to each exercise is right again
    long wrong = Rows.count(db, "SELECT count(*) FROM reviews WHERE correct = 0");
    assertEquals(
        0, cli.run("undo", "--count=" + wrong, "--yes", "--now=2026-03-08T10:30:00Z").code());
    Cli.Result issued = issue(cli, "2026-03-08T10:40:00Z");
    assertEquals(0, issued.code(), issued.toString());
    // and the credential says it was checked
    assertTrue(
        java.nio.file.Files.readString(dir.resolve("badge-1040.json"))
            .contains("the last answer to each of its exercises right"),
        "its criteria state the check");
  }

  private static void study(Cli cli, String answers, String at) {
    Cli.Result r = cli.input(answers, "study", "--skill", "basics", "--limit", "6", "--now=" + at);
    assertEquals(0, r.code(), r.toString());
  }

  private Cli.Result issue(Cli cli, String at) {
    return cli.issueFirstSteps(
        dir.resolve("badge-" + at.substring(11, 13) + at.substring(14, 16) + ".json").toString(),
        "--now=" + at);
  }
}
