package tutor.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * An export read as a stream, table by table and row by row, so that a history of any size is read
 * in constant memory. Whatever is wrong with it is thrown as {@link ImportRefused}, saying where.
 */
public interface ExportSource extends Closeable {
  ExportHeader header() throws IOException;

  /** The next table's name, or null when there are no more. */
  String nextTable() throws IOException;

  /**
   * The next row of the current table, column to value (Long, Double, String or null); null at its
   * end.
   */
  Map<String, Object> nextRow() throws IOException;

  /** How messages name a table of this export: "reviews.csv", "table 'reviews'". */
  default String nameOf(String table) {
    return "table '" + table + "'";
  }

  /** Where the last row was read, for messages: "reviews.csv, line 12". */
  String position();

  /**
   * After the last table: the manifest, every table with its count and checksum; null for an export
   * from before manifests (format_version 1), which cannot be checked.
   */
  Map<String, ExportWriter.TableCheck> manifest() throws IOException;
}
