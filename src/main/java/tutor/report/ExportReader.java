package tutor.report;

import java.nio.file.Path;

/**
 * Reads one learner export for the reports. The one implementation reads what {@code tutor export}
 * writes ({@link ExportFiles}); tests and the benchmark may hand in data directly.
 */
public interface ExportReader {
  /** Throws {@link ReportInputException} saying what is wrong with the file. */
  LearnerData read(Path path);
}
