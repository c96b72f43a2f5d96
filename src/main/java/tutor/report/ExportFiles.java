package tutor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tutor.store.ExportCsv;
import tutor.store.ImportRefused;

/**
 * Reads exports as {@code tutor export} writes them (docs/data-formats.md): a JSON file, or a
 * directory of CSV files. CSV is parsed by the export's own {@link ExportCsv}; JSON, by far the
 * larger, is streamed by {@link ExportJsonStream}.
 */
public final class ExportFiles implements ExportReader {
  private static final ExportJsonStream JSON = new ExportJsonStream();

  @Override
  public LearnerData read(Path path) {
    try {
      if (Files.isDirectory(path)) return ExportRows.of(path.toString(), ExportCsv.read(path));
      return JSON.read(path);
    } catch (NoSuchFileException e) {
      throw new ReportInputException(path + ": no such file or directory");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new ReportInputException(path + ": not UTF-8 text, so not a tutor export");
    } catch (IOException e) {
      throw new ReportInputException(path + ": " + e.getMessage());
    } catch (ImportRefused e) {
      throw new ReportInputException(path + ": " + e.getMessage());
    }
  }
}
