package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import independent.SpecVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * A credential claims only what the learner's own answers show: the figures and dates it states are
 * those of the review log read directly (not through tutor's code), another learner's answers in
 * the same database count for nothing, it verifies with the independent verifier, and once the
 * answers it rests on are taken back it is no longer issued.
 */
class CredentialClaimsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void itsFiguresAndDatesAreTheLearnersOwnAnswers() throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    // another learner answers much more, earlier and later: none of it may count
    assertEquals(0, cli.run("learner", "add", "other").code());
    for (String day : new String[] {"2026-02-20", "2026-02-21", "2026-03-03"}) {
      cli.input("Paris\n5\n100\nCelsius\n1\n".repeat(3), "study", "--now=" + day + "T08:00:00Z");
    }
    assertEquals(0, cli.run("learner", "use", "default").code());
    ProfileCredentialReportTest.masterBasics(cli);
    Path file = dir.resolve("badge.json");
    Cli.Result r = cli.issueFirstSteps(file.toString(), "--now=2026-03-02T12:00:00Z");
    assertEquals(0, r.code(), r.toString());
    JsonNode vc = JSON.readTree(Files.readString(file));
    assertNull(SpecVerifier.problem(vc), "the independent verifier accepts it");

    long me = Rows.learnerId(db, "default");
    String mine =
        " FROM reviews r JOIN exercise_skills es ON es.pack_id = r.pack_id"
            + " AND es.exercise_id = r.exercise_id WHERE r.learner_id = "
            + me
            + " AND es.skill_id = 'basics' AND r.kind = 'study'";
    long answers = Rows.count(db, "SELECT count(*)" + mine);
    long exercises = Rows.count(db, "SELECT count(DISTINCT r.exercise_id)" + mine);
    long first = Rows.count(db, "SELECT min(r.reviewed_at)" + mine);
    long last = Rows.count(db, "SELECT max(r.reviewed_at)" + mine);
    long days =
        Rows.count(db, "SELECT count(DISTINCT date(r.reviewed_at / 1000, 'unixepoch'))" + mine);
    assertTrue(answers > 0 && days == 2, answers + " answers on " + days + " days");
    JsonNode subject = vc.get("credentialSubject");
    assertEquals(
        Instant.ofEpochMilli(first).truncatedTo(ChronoUnit.SECONDS).toString(),
        subject.get("activityStartDate").asText());
    assertEquals(
        Instant.ofEpochMilli(last).truncatedTo(ChronoUnit.SECONDS).toString(),
        subject.get("activityEndDate").asText());
    assertEquals("2026-03-02T12:00:00Z", vc.get("validFrom").asText(), "issued when it was");
    String narrative = vc.get("evidence").get(0).get("narrative").asText();
    assertTrue(
        narrative.startsWith(
            answers
                + " answers to "
                + exercises
                + " different exercises on "
                + days
                + " days, from 2026-03-01 to 2026-03-02"),
        narrative);
    boolean answersStated = false;
    for (JsonNode result : subject.get("result")) {
      if (result.get("value").asText().equals(Long.toString(answers))) answersStated = true;
    }
    assertTrue(answersStated, "the answers figure: " + subject.get("result"));

    // The last day's answers taken back: the evidence is gone, and so is the credential.
    long lastDay =
        Rows.count(
            db,
            "SELECT count(*) FROM reviews WHERE learner_id = "
                + me
                + " AND reviewed_at >= "
                + Instant.parse("2026-03-02T00:00:00Z").toEpochMilli());
    Cli.Result undo = cli.run("undo", "--count=" + lastDay, "--yes", "--now=2026-03-02T12:01:00Z");
    assertEquals(0, undo.code(), undo.toString());
    Cli.Result again =
        cli.issueFirstSteps(dir.resolve("again.json").toString(), "--now=2026-03-02T12:02:00Z");
    assertEquals(1, again.code(), again.toString());
    assertTrue(Files.notExists(dir.resolve("again.json")));
  }
}
