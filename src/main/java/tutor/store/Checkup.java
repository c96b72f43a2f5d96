package tutor.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What {@code tutor doctor} asks of an adapter: check a database where it lives, and repair it. */
public interface Checkup {
  /** Checks {@code db}; dates after {@code now} are reported as from the future. */
  DoctorReport check(Path db, Instant now);

  /**
   * Runs the report's repairs ({@link DoctorReport#repairs}) in one transaction on {@code db};
   * returns how many rows they deleted. The caller makes a backup first.
   */
  int repair(Path db, List<String> repairs);
}
