package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.schedule.FsrsParameters;
import tutor.store.FittedParameters;
import tutor.store.Store;
import tutor.store.Stores;

/**
 * stats, profile, forecast, goal status and credential issue read the learner's settings through
 * the study layer ({@code LearnerSetup}): a desired retention or adopted FSRS parameters set once
 * reach every one of them, as they reach a study session.
 */
class LearnerSetupCommandsTest {
  private static final String DAY1 = "--now=2026-03-02T09:00:00Z";

  /**
   * Two weeks after studying: basics' mean recall is 0.86 with FSRS's default decay (mastered, as
   * recall is at least 0.85) and 0.84 with the fastest decay (fading).
   */
  private static final String AT = "--now=2026-03-15T09:00:00Z";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void masterBasics() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    ok(cli.run("pack", "add", TestPacks.demo(dir).toString()));
    ProfileCredentialReportTest.masterBasics(cli);
  }

  private static Cli.Result ok(Cli.Result r) {
    assertEquals(0, r.code(), r.toString());
    return r;
  }

  private JsonNode json(String... args) throws Exception {
    return JSON.readTree(ok(cli.run(args)).out());
  }

  /** Parameters whose memory decays as fast as FSRS allows (w20, the decay, at its bound). */
  private void adoptFastDecay() throws Exception {
    double[] w = FsrsParameters.DEFAULT.w().clone();
    w[20] = 0.8;
    try (Store store = Stores.open(db)) {
      long learner = store.currentLearner(Instant.parse("2026-03-02T10:00:00Z")).id();
      store.saveFittedParameters(
          new FittedParameters(
              learner,
              Instant.parse("2026-03-02T10:00:00Z"),
              "history",
              100,
              80,
              new FsrsParameters(w),
              0.4,
              0.3,
              0.1,
              0.09,
              true));
    }
  }

  private JsonNode stats() throws Exception {
    return json("stats", "--format", "json", AT);
  }

  private double statsRecall() throws Exception {
    return stats().get("packs").get(0).get("skills").get(0).get("recall").asDouble();
  }

  /** The skills profile calls weak: a fading skill is one. */
  private JsonNode weakSpots() throws Exception {
    return json("profile", "--format", "json", AT).get("weak_spots");
  }

  private JsonNode forecast() throws Exception {
    return json("forecast", "--format", "json", "--days", "60", DAY1);
  }

  /** Why no credential for the pack (its second skill is never practised here). */
  private String credentialRefusal() {
    Cli.Result r = cli.issueDemo(dir.toString(), AT);
    assertEquals(1, r.code(), r.toString());
    return r.err();
  }

  @Test
  void adoptedParametersReachStatsProfileForecastAndCredentials() throws Exception {
    double recall = statsRecall();
    assertEquals(0, weakSpots().size(), "with the default decay basics is still mastered");
    JsonNode forecast = forecast();
    String refusal = credentialRefusal();
    assertTrue(refusal.contains("The basics (basics): recall 0.86 < 0.90"), refusal);

    adoptFastDecay();

    assertTrue(statsRecall() < recall - 0.01, "stats: recall " + statsRecall() + " vs " + recall);
    assertEquals("fading", weakSpots().get(0).get("level").asText(), "profile");
    assertNotEquals(forecast.get("forecast"), forecast().get("forecast"), "forecast");
    assertTrue(
        credentialRefusal().contains("The basics (basics): recall 0.84 < 0.90"),
        "credential: " + credentialRefusal());
  }

  @Test
  void aDesiredRetentionReachesStatsProfileForecastAndCredentials() throws Exception {
    ok(cli.run("settings", "desired-retention", "0.8"));
    assertEquals(0.8, stats().get("desired_retention").asDouble(), "stats");
    assertEquals(
        "0.8",
        json("profile", "--format", "json", AT)
            .get("preferences")
            .get("desired-retention")
            .asText(),
        "profile");
    assertEquals(0.8, forecast().get("desired_retention").asDouble(), "forecast");
    String refusal = credentialRefusal();
    assertFalse(refusal.contains("The basics"), "recall 0.86 is enough at 0.80: " + refusal);
    assertTrue(refusal.contains("Building on the basics (more): not practised yet"), refusal);
  }
}
