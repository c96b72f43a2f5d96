package tutor.store.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Fixture;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Skill;

/**
 * Reads the exercises and skills that {@link ExerciseCodec} stored, with Jackson's streaming
 * parser. Databind's reading cost every start that shows an exercise its mapper and the
 * introspection of some twenty records, 700 classes loaded and initialised: piped {@code study}
 * took 0.72 s of CPU with it and 0.56 s without (same-run A/B, 12 runs). It reads what databind
 * read: a missing field as null, false or 0, unknown fields skipped, a body by its {@code "kind"}.
 * {@code StoredJsonReadTest} fills every component of every record and reads it back, so a field
 * added to a record and not here fails there.
 */
final class StoredJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private StoredJson() {}

  static Exercise exercise(String json) throws IOException {
    Map<String, Object> m = object(json);
    return new Exercise(
        text(m, "id"),
        texts(m, "skills"),
        text(m, "prompt"),
        integer(m, "difficulty"),
        texts(m, "hints"),
        text(m, "explanation"),
        texts(m, "tags"),
        body(map(m, "body")),
        texts(m, "media"));
  }

  static Skill skill(String json) throws IOException {
    Map<String, Object> m = object(json);
    Map<String, Object> bkt = map(m, "bkt");
    return new Skill(
        text(m, "id"),
        text(m, "title"),
        text(m, "description"),
        texts(m, "requires"),
        text(m, "lesson"),
        objects(m, "workedExamples", StoredJson::workedExample),
        objects(m, "resources", StoredJson::resource),
        bkt == null
            ? null
            : new BktParameters(
                number(bkt, "prior"),
                number(bkt, "learn"),
                number(bkt, "guess"),
                number(bkt, "slip")));
  }

  private static Skill.WorkedExample workedExample(Map<String, Object> m) {
    return new Skill.WorkedExample(text(m, "problem"), texts(m, "steps"), text(m, "answer"));
  }

  private static Skill.Resource resource(Map<String, Object> m) {
    return new Skill.Resource(
        text(m, "title"), text(m, "url"), text(m, "kind"), text(m, "license"));
  }

  private static Exercise.Body body(Map<String, Object> m) {
    if (m == null) return null;
    String kind = text(m, "kind");
    return switch (kind == null ? "" : kind) {
      case "flashcard" -> new Exercise.Flashcard(text(m, "back"));
      case "choice" ->
          new Exercise.Choice(
              texts(m, "options"), list(m, "correct", v -> (int) whole(v)), bool(m, "shuffle"));
      case "text" ->
          new Exercise.Text(
              texts(m, "answers"),
              text(m, "regex"),
              normalization(map(m, "normalization")),
              commands(map(m, "commands")));
      case "cloze" ->
          new Exercise.Cloze(
              text(m, "text"),
              objects(m, "gaps", g -> new Gap(texts(g, "alternatives"))),
              normalization(map(m, "normalization")),
              bool(m, "anyOrder"),
              commands(map(m, "commands")));
      case "numeric" ->
          new Exercise.Numeric(
              number(m, "answer"),
              number(m, "tolerance"),
              bool(m, "relative"),
              text(m, "unit"),
              bool(m, "integer"));
      case "order" -> new Exercise.Order(texts(m, "items"));
      case "sql" ->
          new Exercise.Sql(
              fixture(map(m, "fixture")),
              text(m, "solution"),
              bool(m, "change"),
              text(m, "check"),
              bool(m, "ordered"),
              bool(m, "columns"),
              number(m, "tolerance"),
              texts(m, "variants"));
      case "regex" ->
          new Exercise.Regex(
              text(m, "solution"),
              bool(m, "whole"),
              bool(m, "ignoreCase"),
              texts(m, "match"),
              texts(m, "reject"),
              texts(m, "hiddenMatch"),
              texts(m, "hiddenReject"));
      default -> throw new IllegalArgumentException("unknown kind of exercise '" + kind + "'");
    };
  }

  private static Normalization normalization(Map<String, Object> m) {
    return m == null
        ? null
        : new Normalization(
            bool(m, "caseSensitive"),
            bool(m, "accentSensitive"),
            bool(m, "punctuationSensitive"),
            bool(m, "whitespaceSensitive"));
  }

  private static Fixture fixture(Map<String, Object> m) {
    return m == null ? null : new Fixture(text(m, "name"), text(m, "path"), text(m, "sql"));
  }

  private static CommandTable commands(Map<String, Object> m) {
    if (m == null) return null;
    Map<String, Object> programs = map(m, "programs");
    if (programs == null) return new CommandTable(null);
    Map<String, CommandTable.Program> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : programs.entrySet()) {
      Map<String, Object> p = asMap(e.getValue());
      out.put(
          e.getKey(),
          p == null
              ? null
              : new CommandTable.Program(
                  list(p, "synonyms", StoredJson::textList),
                  texts(p, "takesValue"),
                  bool(p, "ordered")));
    }
    return new CommandTable(out);
  }

  /**
   * A stored list of texts (a goal's skills): read here rather than by databind, whose mapper was a
   * quarter of a goal's plan at a heavy start (24 ms of 50).
   */
  static List<String> texts(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      Object v = value(p, p.nextToken());
      if (p.nextToken() != null) throw new IllegalArgumentException("more than one value");
      return textList(v);
    }
  }

  // The JSON as plain values (maps, lists, strings, numbers, booleans, null), then the records
  // from them: each record's fields read by name, as databind reads them.

  private static Map<String, Object> object(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      Object v = value(p, p.nextToken());
      if (p.nextToken() != null) throw new IllegalArgumentException("more than one value");
      Map<String, Object> m = asMap(v);
      if (m == null) throw new IllegalArgumentException("not a JSON object");
      return m;
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    if (t == null) throw new IllegalArgumentException("no JSON value");
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          m.put(name, value(p, p.nextToken()));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken())
          l.add(value(p, e));
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getNumberValue();
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IllegalArgumentException("unexpected " + t);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object v) {
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  private static Map<String, Object> map(Map<String, Object> m, String field) {
    Object v = m.get(field);
    if (v != null && !(v instanceof Map)) throw wrong(field, "an object");
    return asMap(v);
  }

  private static String text(Map<String, Object> m, String field) {
    Object v = m.get(field);
    if (v == null || v instanceof String) return (String) v;
    if (v instanceof Map || v instanceof List) throw wrong(field, "a text");
    return v
        .toString(); // a number or boolean where a text is stored reads as its text, as in databind
  }

  private static int integer(Map<String, Object> m, String field) {
    Object v = m.get(field);
    return v == null ? 0 : (int) whole(v);
  }

  private static long whole(Object v) {
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()))
      return n.longValue();
    throw new IllegalArgumentException("'" + v + "' is not a whole number");
  }

  private static double number(Map<String, Object> m, String field) {
    Object v = m.get(field);
    if (v == null) return 0;
    if (v instanceof Number n) return n.doubleValue();
    throw wrong(field, "a number");
  }

  private static boolean bool(Map<String, Object> m, String field) {
    Object v = m.get(field);
    if (v == null) return false;
    if (v instanceof Boolean b) return b;
    throw wrong(field, "true or false");
  }

  private static List<String> texts(Map<String, Object> m, String field) {
    return list(m, field, StoredJson::textOf);
  }

  private static List<String> textList(Object v) {
    if (!(v instanceof List<?> l)) throw new IllegalArgumentException("'" + v + "' is not a list");
    List<String> out = new ArrayList<>(l.size());
    for (Object e : l) out.add(textOf(e));
    return out;
  }

  private static String textOf(Object v) {
    if (v == null || v instanceof String) return (String) v;
    if (v instanceof Map || v instanceof List)
      throw new IllegalArgumentException("'" + v + "' is not a text");
    return v.toString();
  }

  /** A list field, null when missing (as databind leaves it, for the record to refuse). */
  private static <T> List<T> list(
      Map<String, Object> m, String field, Function<Object, T> element) {
    Object v = m.get(field);
    if (v == null) return null;
    if (!(v instanceof List<?> l)) throw wrong(field, "a list");
    List<T> out = new ArrayList<>(l.size());
    for (Object e : l) out.add(element.apply(e));
    return out;
  }

  private static <T> List<T> objects(
      Map<String, Object> m, String field, Function<Map<String, Object>, T> element) {
    return list(
        m,
        field,
        (Function<Object, T>)
            v -> {
              Map<String, Object> o = asMap(v);
              if (o == null) throw wrong(field, "a list of objects");
              return element.apply(o);
            });
  }

  private static IllegalArgumentException wrong(String field, String what) {
    return new IllegalArgumentException("'" + field + "' is not " + what);
  }
}
