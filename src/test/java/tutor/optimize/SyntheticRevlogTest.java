package tutor.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SyntheticRevlogTest {
  @Test
  void theShippedLogIsExactlyWhatTheSeededSimulationProduces() {
    assertEquals(
        SyntheticRevlog.csv(SyntheticRevlog.generate(SyntheticRevlog.SHIPPED)),
        SyntheticLogs.shippedLines(),
        "regenerate with: java -cp target/classes:target/test-classes:... tutor.optimize.SyntheticRevlog");
  }
}
