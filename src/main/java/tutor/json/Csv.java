package tutor.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way tutor reads CSV text: RFC 4180 by Jackson's CSV module, rows of any width, each with
 * the line it starts on, and a one-line message naming the line where the text stops being CSV. The
 * CSV importer and the review-log reader of {@code optimize} both read through it.
 */
public final class Csv {
  /** One row and the line (from 1) it starts on. */
  public record Row(int line, List<String> fields) {}

  /** Text that is not CSV; the message is "LINE: what is wrong" (the caller prefixes its file). */
  public static final class NotCsvException extends Exception {
    private static final long serialVersionUID = 1L;

    NotCsvException(String message) {
      super(message);
    }
  }

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.WRAP_AS_ARRAY)
          // A quote may follow spaces after the separator ("a; \"b\""); fields are stripped anyway.
          .enable(CsvParser.Feature.TRIM_SPACES)
          .build();

  private Csv() {}

  /**
   * The rows of {@code text}, fields separated by {@code separator}; with {@code comments}, lines
   * starting with '#' are skipped (Anki's header lines among them).
   */
  public static List<Row> read(String text, char separator, boolean comments)
      throws NotCsvException {
    List<Row> rows = new ArrayList<>();
    forEach(text, separator, comments, rows::add);
    return rows;
  }

  /**
   * Each row of {@code text} to {@code each}, in order, as it is read: a long file (a review log of
   * a million rows) is never held twice. An exception {@code each} throws ends the reading.
   */
  public static void forEach(String text, char separator, boolean comments, Consumer<Row> each)
      throws NotCsvException {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    if (comments) schema = schema.withComments();
    int line = 1;
    try (MappingIterator<List<String>> it =
        MAPPER.readerForListOf(String.class).with(schema).readValues(text)) {
      while (it.hasNextValue()) {
        line = it.getCurrentLocation().getLineNr();
        each.accept(new Row(line, List.copyOf(it.nextValue())));
      }
    } catch (JsonProcessingException | RuntimeJsonMappingException e) {
      throw notCsv(line, e);
    } catch (IOException e) {
      // A String is read without I/O; Jackson's signature declares it all the same.
      throw new NotCsvException(line + ": cannot read: " + e.getMessage());
    }
  }

  /** A one-line error naming the line (and column) where the CSV stops making sense. */
  private static NotCsvException notCsv(int rowLine, Exception e) {
    String message = String.valueOf(e.getMessage());
    JsonLocation at =
        e instanceof JsonProcessingException j
            ? j.getLocation()
            : e.getCause() instanceof JsonProcessingException j ? j.getLocation() : null;
    if (message.startsWith("Missing closing quote")) {
      return new NotCsvException(
          rowLine + ": a quoted field starts in this row and is never closed");
    }
    if (at != null && message.startsWith("Unexpected character")) {
      return new NotCsvException(
          at.getLineNr()
              + ": column "
              + Math.max(1, at.getColumnNr() - 1) // Jackson counts the character it read
              + ": text after a closing quote (inside quotes, write a quote as \"\")");
    }
    String first = message.lines().findFirst().orElse("");
    return new NotCsvException(
        (at != null ? at.getLineNr() + ": column " + at.getColumnNr() : rowLine)
            + ": not valid CSV ("
            + first
            + ")");
  }
}
