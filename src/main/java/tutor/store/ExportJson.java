package tutor.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner export as one JSON document (docs/data-formats.md), written and read as a stream with
 * Jackson's streaming API: no tree of the whole document is ever built. The manifest (every table's
 * row count and checksum) comes last, so that an export cut short is known to be.
 */
public final class ExportJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(50_000_000).build())
          .build();

  private ExportJson() {}

  /** The whole export as text (small exports, tests). */
  public static String write(LearnerExport e) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      e.writeTo(new Writer(g));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out + "\n";
  }

  /** A streaming writer to {@code out} (left open: the caller closes it). */
  public static ExportWriter writer(java.io.Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return new Writer(g);
  }

  /** A streaming writer to {@code out} (left open: the caller closes it). */
  public static ExportWriter writer(OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return new Writer(g);
  }

  private static final class Writer implements ExportWriter {
    private final JsonGenerator g;
    private List<String> columns;
    private boolean tablesOpen;

    Writer(JsonGenerator g) {
      this.g = g;
      g.useDefaultPrettyPrinter();
    }

    @Override
    public void header(ExportHeader h) throws IOException {
      g.writeStartObject();
      g.writeStringField("format", LearnerExport.FORMAT);
      g.writeNumberField("format_version", h.formatVersion());
      g.writeNumberField("schema", h.schema());
      g.writeStringField("exported_at", h.exportedAt().toString());
      g.writeObjectFieldStart("learner");
      g.writeStringField("name", h.learner());
      g.writeNumberField("created_at", h.learnerCreatedAt());
      g.writeEndObject();
      g.writeArrayFieldStart("packs");
      for (Map.Entry<String, String> p : h.packs().entrySet()) {
        g.writeStartObject();
        g.writeStringField("pack", p.getKey());
        g.writeStringField("version", p.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    @Override
    public void beginTable(String name, List<String> columns) throws IOException {
      if (!tablesOpen) {
        g.writeObjectFieldStart("tables");
        tablesOpen = true;
      }
      this.columns = columns;
      g.writeArrayFieldStart(name);
    }

    @Override
    public void row(List<Object> values) throws IOException {
      g.writeStartObject();
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        g.writeFieldName(columns.get(i));
        if (v == null) g.writeNull();
        else if (v instanceof Long l) g.writeNumber(l);
        else if (v instanceof Double d) g.writeNumber(d);
        else g.writeString(v.toString());
      }
      g.writeEndObject();
    }

    @Override
    public void endTable() throws IOException {
      g.writeEndArray();
    }

    @Override
    public void manifest(Map<String, TableCheck> tables) throws IOException {
      if (!tablesOpen) g.writeObjectFieldStart("tables");
      g.writeEndObject();
      g.writeObjectFieldStart("manifest");
      g.writeObjectFieldStart("tables");
      for (Map.Entry<String, TableCheck> t : tables.entrySet()) {
        g.writeObjectFieldStart(t.getKey());
        g.writeNumberField("rows", t.getValue().rows());
        g.writeStringField("sha256", t.getValue().sha256());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
    }

    @Override
    public void close() throws IOException {
      g.close();
    }
  }

  /** Reads a whole export held in a string; a text that is not one is refused with the reason. */
  public static LearnerExport read(String text) {
    try (ExportSource s = source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      return LearnerExport.read(s);
    } catch (IOException e) {
      throw new ImportRefused("cannot read the export: " + e.getMessage());
    }
  }

  /** Reads an export from {@code in} as a stream. */
  public static ExportSource source(InputStream in) throws IOException {
    return new Source(FACTORY.createParser(in));
  }

  private static final class Source implements ExportSource {
    private final JsonParser p;
    private ExportHeader header;
    private boolean inTables;
    private boolean tablesDone;
    private String table;
    private long row;
    private Map<String, ExportWriter.TableCheck> manifest;
    private boolean manifestRead;

    Source(JsonParser p) {
      this.p = p;
    }

    private ImportRefused refused(String why) {
      return new ImportRefused("not a tutor export: " + why);
    }

    private JsonToken next() throws IOException {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new ImportRefused(
              "the export is incomplete: the JSON ends too early, at line "
                  + p.currentLocation().getLineNr()
                  + " (an export cut short?)");
        }
        return t;
      } catch (JsonProcessingException e) {
        if (String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
          throw new ImportRefused(
              "the export is incomplete: the JSON ends too early, at line "
                  + e.getLocation().getLineNr()
                  + " (an export cut short?)");
        }
        throw new ImportRefused(
            "not a tutor export: the JSON is malformed at line "
                + e.getLocation().getLineNr()
                + " ("
                + e.getOriginalMessage()
                + ")");
      } catch (java.io.CharConversionException e) {
        throw new ImportRefused("not a tutor export: it is not UTF-8 text");
      }
    }

    @Override
    public ExportHeader header() throws IOException {
      if (header != null) return header;
      if (next() != JsonToken.START_OBJECT) throw refused("it is not a JSON object");
      String format = null;
      Integer formatVersion = null;
      int schema = 0;
      Instant at = null;
      String name = null;
      Long createdAt = null;
      Map<String, String> packs = new LinkedHashMap<>();
      while (next() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = next();
        switch (field) {
          case "format" -> format = p.getValueAsString();
          case "format_version" -> formatVersion = value.isNumeric() ? p.getIntValue() : -1;
          case "schema" -> schema = value.isNumeric() ? p.getIntValue() : -1;
          case "exported_at" -> {
            try {
              at = Instant.parse(String.valueOf(p.getValueAsString()));
            } catch (DateTimeParseException e) {
              throw refused("\"exported_at\" is not a time");
            }
          }
          case "learner" -> {
            if (value != JsonToken.START_OBJECT) throw refused("\"learner\" should be an object");
            while (next() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              JsonToken v = next();
              if (f.equals("name") && v == JsonToken.VALUE_STRING) name = p.getText();
              else if (f.equals("created_at") && v == JsonToken.VALUE_NUMBER_INT)
                createdAt = p.getLongValue();
              else p.skipChildren();
            }
          }
          case "packs" -> {
            if (value != JsonToken.START_ARRAY) throw refused("\"packs\" should be a list");
            while (next() == JsonToken.START_OBJECT) {
              String pack = null;
              String version = "";
              while (next() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                next();
                if (f.equals("pack")) pack = p.getValueAsString();
                else if (f.equals("version")) version = p.getValueAsString("");
                else p.skipChildren();
              }
              if (pack == null) throw refused("a pack in \"packs\" has no \"pack\"");
              packs.put(pack, version);
            }
          }
          case "tables" -> {
            if (value != JsonToken.START_OBJECT)
              throw refused("\"tables\" should be an object of tables");
            inTables = true;
          }
          default -> p.skipChildren();
        }
        if (inTables) break;
      }
      if (!LearnerExport.FORMAT.equals(format))
        throw refused("it lacks \"format\": \"" + LearnerExport.FORMAT + "\"");
      if (name == null || createdAt == null)
        throw refused("\"learner\" needs a name and created_at");
      if (at == null) throw refused("it lacks \"exported_at\"");
      if (formatVersion == null || formatVersion < 1)
        throw refused("it lacks a \"format_version\"");
      if (!inTables) throw refused("it has no \"tables\"");
      header = new ExportHeader(formatVersion, schema, at, name, createdAt, packs);
      return header;
    }

    @Override
    public String nextTable() throws IOException {
      header();
      if (table != null) while (nextRow() != null) {} // the rest of a table not read through
      if (tablesDone) return null;
      JsonToken t = next();
      if (t == JsonToken.END_OBJECT) {
        tablesDone = true;
        table = null;
        return null;
      }
      table = p.currentName();
      if (next() != JsonToken.START_ARRAY)
        throw new ImportRefused("table '" + table + "' should be a list of rows");
      row = 0;
      return table;
    }

    @Override
    public Map<String, Object> nextRow() throws IOException {
      if (table == null) return null;
      JsonToken t = next();
      if (t == JsonToken.END_ARRAY) {
        table = null;
        return null;
      }
      row++;
      if (t != JsonToken.START_OBJECT)
        throw new ImportRefused(position() + ": each row should be an object");
      Map<String, Object> out = new LinkedHashMap<>();
      while (next() == JsonToken.FIELD_NAME) {
        String col = p.currentName();
        JsonToken v = next();
        out.put(
            col,
            switch (v) {
              case VALUE_NULL -> null;
              case VALUE_NUMBER_INT -> p.getLongValue();
              case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
              case VALUE_STRING -> p.getText();
              case VALUE_TRUE -> 1L;
              case VALUE_FALSE -> 0L;
              default ->
                  throw new ImportRefused(
                      position()
                          + ", column '"
                          + col
                          + "': a value should be a number, a string or null");
            });
      }
      return out;
    }

    @Override
    public String position() {
      return "table '"
          + table
          + "', row "
          + row
          + " (line "
          + p.currentLocation().getLineNr()
          + ")";
    }

    @Override
    public Map<String, ExportWriter.TableCheck> manifest() throws IOException {
      while (nextTable() != null) {} // tables not read through
      if (manifestRead) return manifest;
      Map<String, ExportWriter.TableCheck> out = null;
      while (next() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = next();
        if (!field.equals("manifest")) {
          p.skipChildren();
          continue;
        }
        if (value != JsonToken.START_OBJECT) throw refused("\"manifest\" should be an object");
        out = new LinkedHashMap<>();
        while (next() == JsonToken.FIELD_NAME) {
          String f = p.currentName();
          JsonToken v = next();
          if (!f.equals("tables") || v != JsonToken.START_OBJECT) {
            p.skipChildren();
            continue;
          }
          while (next() == JsonToken.FIELD_NAME) {
            String t = p.currentName();
            if (next() != JsonToken.START_OBJECT)
              throw refused("the manifest of table '" + t + "' should be an object");
            Long rows = null;
            String sha = null;
            while (next() == JsonToken.FIELD_NAME) {
              String k = p.currentName();
              JsonToken kv = next();
              if (k.equals("rows") && kv == JsonToken.VALUE_NUMBER_INT) rows = p.getLongValue();
              else if (k.equals("sha256") && kv == JsonToken.VALUE_STRING) sha = p.getText();
              else p.skipChildren();
            }
            if (rows == null || sha == null)
              throw refused("the manifest of table '" + t + "' needs rows and sha256");
            out.put(t, new ExportWriter.TableCheck(rows, sha));
          }
        }
      }
      if (header.formatVersion() >= 2 && out == null) {
        throw new ImportRefused(
            "the export is incomplete: it has no manifest at its end (an export cut short?)");
      }
      // An export is one JSON value: anything after it (another export appended, a stray edit)
      // means the file is not what tutor wrote.
      JsonToken after;
      try {
        after = p.nextToken();
      } catch (JsonProcessingException e) {
        after = JsonToken.NOT_AVAILABLE;
      }
      if (after != null) {
        throw new ImportRefused(
            "the export is damaged or altered: there is more after its end, at line "
                + p.currentLocation().getLineNr());
      }
      manifest = out;
      manifestRead = true;
      return manifest;
    }

    @Override
    public void close() throws IOException {
      p.close();
    }
  }
}
