package tutor.store.sqlite;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import tutor.store.Checkup;
import tutor.store.DoctorReport;

/** {@code tutor doctor} on a SQLite database file: {@link Doctor}. */
final class SqliteCheckup implements Checkup {
  @Override
  public DoctorReport check(Path db, Instant now) {
    return Doctor.check(db, now);
  }

  @Override
  public int repair(Path db, List<String> repairs) {
    return Doctor.repair(db, repairs);
  }
}
