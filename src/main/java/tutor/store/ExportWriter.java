package tutor.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes an export as a stream: the header, each table's rows, then the manifest (counts and
 * checksums).
 */
public interface ExportWriter extends Closeable {
  /** A table's row count and the SHA-256 of its rows ({@link RowDigest}). */
  record TableCheck(long rows, String sha256) {}

  void header(ExportHeader header) throws IOException;

  void beginTable(String name, List<String> columns) throws IOException;

  /** One row, its values in the order of the table's columns: Long, Double, String or null. */
  void row(List<Object> values) throws IOException;

  void endTable() throws IOException;

  /** Last: every table with its count and checksum, so that an export cut short is known to be. */
  void manifest(Map<String, TableCheck> tables) throws IOException;
}
