package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Replays every ts-fsrs 5.4.2 reference case in ../shared/fsrs (relative to the project root, the
 * working directory under Maven). Skipped when that directory is absent; the bundled sample in
 * src/test/resources/fsrs always runs (see BundledReferenceCasesTest).
 */
class ReferenceCasesTest {
  private static final Path DIR = Path.of("..", "shared", "fsrs");

  private static JsonNode read(String file) throws IOException {
    Path path = DIR.resolve(file);
    assumeTrue(Files.isRegularFile(path), "../shared/fsrs not present: reference cases skipped");
    return new ObjectMapper().readTree(path.toFile());
  }

  @Test
  void memoryModelMatchesEveryTsFsrsMemoryCase() throws IOException {
    ReferenceReplay replay = new ReferenceReplay();
    replay.replayMemory(read("memory-cases.json"));

    assertEquals(616, replay.curvePoints);
    assertEquals(672, replay.intervalPoints);
    assertEquals(922, replay.memorySequences);
    assertEquals(6037, replay.memoryReviews);
    System.out.println("[fsrs reference] memory: " + replay.summary());
  }

  @Test
  void schedulerMatchesEveryTsFsrsSchedulerCase() throws IOException {
    ReferenceReplay replay = new ReferenceReplay();
    replay.replayScheduler(read("scheduler-cases.json"));

    assertEquals(292, replay.schedulerCases);
    assertEquals(2295, replay.schedulerReviews);
    System.out.println("[fsrs reference] scheduler: " + replay.summary());
  }
}
