package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Replays the small ts-fsrs sample shipped in src/test/resources/fsrs; never skipped. */
class BundledReferenceCasesTest {

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = BundledReferenceCasesTest.class.getResourceAsStream("/fsrs/" + name)) {
      assertNotNull(in, "missing test resource fsrs/" + name);
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void memoryModelMatchesBundledTsFsrsSample() throws IOException {
    ReferenceReplay replay = new ReferenceReplay();
    replay.replayMemory(resource("memory-cases-sample.json"));

    assertEquals(18, replay.memorySequences);
    assertTrue(replay.curvePoints > 50 && replay.intervalPoints > 100, replay.summary());
  }

  @Test
  void schedulerMatchesBundledTsFsrsSampleIncludingEveryEdgeCase() throws IOException {
    ReferenceReplay replay = new ReferenceReplay();
    replay.replayScheduler(resource("scheduler-cases-sample.json"));

    assertEquals(17, replay.schedulerCases);
    List<String> edges =
        List.of(
            "sch-edge-tsfsrs-ivl-history",
            "sch-edge-fsrs-rs-memory-state",
            "sch-edge-long-term-fsrs-rs-memory-state",
            "sch-edge-cross-midnight",
            "sch-edge-23h-same-utc-day",
            "sch-edge-learning-hard-at-step1",
            "sch-edge-new-easy-then-lapse",
            "sch-edge-same-day-hard-review",
            "sch-edge-learning-days-late",
            "sch-edge-hard-good-easy-order",
            "sch-edge-long-term-new-again",
            "sch-edge-max-interval");
    assertTrue(replay.schedulerCaseIds.containsAll(edges), replay.schedulerCaseIds::toString);
  }
}
