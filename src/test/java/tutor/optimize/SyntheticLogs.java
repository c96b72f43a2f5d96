package tutor.optimize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The small review logs shipped with the tests (see SyntheticRevlog for how they were made). */
final class SyntheticLogs {
  private SyntheticLogs() {}

  static List<String> shippedLines() {
    try (InputStream in = SyntheticLogs.class.getResourceAsStream(SyntheticRevlog.SHIPPED_FILE)) {
      if (in == null)
        throw new IllegalStateException("missing test resource " + SyntheticRevlog.SHIPPED_FILE);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Items of the shipped log; its sessions are at 09:00 UTC, so the day start hour is moot. */
  static List<Item> shippedItems() {
    List<RevlogEntry> log = RevlogCsv.parse(SyntheticRevlog.SHIPPED_FILE, shippedLines());
    return TrainingItems.fromRevlog(log, ReviewDays.startingAtUtcHour(0)).items();
  }
}
