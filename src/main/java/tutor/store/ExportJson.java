package tutor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link LearnerExport} as one JSON document (docs/data-formats.md). */
public final class ExportJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportJson() {}

  public static String write(LearnerExport e) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", LearnerExport.FORMAT).put("format_version", e.formatVersion()).put("schema", e.schema())
        .put("exported_at", e.exportedAt().toString());
    root.putObject("learner").put("name", e.learner()).put("created_at", e.learnerCreatedAt());
    ArrayNode packs = root.putArray("packs");
    e.packs().forEach((id, version) -> packs.addObject().put("pack", id).put("version", version));
    ObjectNode tables = root.putObject("tables");
    e.tables().forEach((name, table) -> {
      ArrayNode rows = tables.putArray(name);
      for (List<Object> row : table.rows()) {
        ObjectNode o = rows.addObject();
        for (int i = 0; i < row.size(); i++) {
          String col = table.columns().get(i);
          Object v = row.get(i);
          if (v == null) o.putNull(col);
          else if (v instanceof Long l) o.put(col, l);
          else if (v instanceof Double d) o.put(col, d);
          else o.put(col, v.toString());
        }
      }
    });
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Reads an export; a file that is not one is refused with the reason. */
  public static LearnerExport read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException ex) {
      throw new Importer.Refused("not a tutor export: the JSON is malformed at line "
          + ex.getLocation().getLineNr() + " (" + ex.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject() || !LearnerExport.FORMAT.equals(root.path("format").asText())) {
      throw new Importer.Refused("not a tutor export: it lacks \"format\": \"" + LearnerExport.FORMAT + "\"");
    }
    JsonNode learner = root.path("learner");
    if (!learner.path("name").isTextual() || !learner.path("created_at").canConvertToLong()) {
      throw new Importer.Refused("not a tutor export: \"learner\" needs a name and created_at");
    }
    Map<String, String> packs = new LinkedHashMap<>();
    for (JsonNode p : root.path("packs")) packs.put(p.path("pack").asText(), p.path("version").asText(""));
    Map<String, LearnerExport.Table> tables = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("tables").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> t = it.next();
      tables.put(t.getKey(), table(t.getKey(), t.getValue()));
    }
    Instant at;
    try {
      at = Instant.parse(root.path("exported_at").asText());
    } catch (DateTimeParseException ex) {
      throw new Importer.Refused("not a tutor export: \"exported_at\" is not a time");
    }
    return new LearnerExport(root.path("format_version").asInt(), root.path("schema").asInt(), at,
        learner.get("name").asText(), learner.get("created_at").asLong(), packs, tables);
  }

  private static LearnerExport.Table table(String name, JsonNode rows) {
    if (!rows.isArray()) throw new Importer.Refused("table '" + name + "' should be a list of rows");
    List<String> columns = new ArrayList<>();
    for (JsonNode row : rows) {
      row.fieldNames().forEachRemaining(f -> {
        if (!columns.contains(f)) columns.add(f);
      });
    }
    List<List<Object>> out = new ArrayList<>();
    for (JsonNode row : rows) {
      if (!row.isObject()) throw new Importer.Refused("table '" + name + "': each row should be an object");
      List<Object> values = new ArrayList<>(columns.size());
      for (String col : columns) values.add(value(row.get(col), name, col));
      out.add(values);
    }
    return new LearnerExport.Table(columns, out);
  }

  private static Object value(JsonNode v, String table, String column) {
    if (v == null || v.isNull()) return null;
    if (v.isIntegralNumber()) return v.asLong();
    if (v.isNumber()) return v.asDouble();
    if (v.isTextual()) return v.asText();
    if (v.isBoolean()) return v.asBoolean() ? 1L : 0L;
    throw new Importer.Refused("table '" + table + "', column '" + column + "': a value should be a number,"
        + " a string or null");
  }
}
