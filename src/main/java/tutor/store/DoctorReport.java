package tutor.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@link Checkup} found, check by check, and what to do about it. */
public record DoctorReport(Path database, List<Finding> findings) {
  public enum Status {
    OK,
    NOTE,
    PROBLEM;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param check what was checked: database, integrity, schema, foreign keys, orphan rows, journal
   * @param details one line per thing found, may be empty
   * @param advice what to do, empty when nothing needs doing
   * @param repairs SQL statements that {@code tutor doctor --fix} runs to repair it (may be empty)
   */
  public record Finding(
      String check,
      Status status,
      String summary,
      List<String> details,
      String advice,
      List<String> repairs) {
    public Finding(String check, Status status, String summary) {
      this(check, status, summary, List.of(), "", List.of());
    }
  }

  public boolean healthy() {
    return findings.stream().noneMatch(f -> f.status() == Status.PROBLEM);
  }

  /** Every repair statement of every finding, in order. */
  public List<String> repairs() {
    return findings.stream().flatMap(f -> f.repairs().stream()).toList();
  }

  public long problems() {
    return findings.stream().filter(f -> f.status() == Status.PROBLEM).count();
  }
}
