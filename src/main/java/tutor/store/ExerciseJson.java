package tutor.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Skill;

/**
 * Reads the JSON that {@link ExerciseCodec} writes back into exercises and skills, with Jackson's
 * streaming parser. Jackson's object mapper would do it too, but it takes about 0.15 s to get
 * going (it inspects the record classes), and a study session reads skills and its first exercise
 * before the first prompt. As the mapper does, it takes a missing field as null, false or 0 and
 * skips fields it does not know; ExerciseJsonTest checks that it reads back all that is written.
 */
final class ExerciseJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ExerciseJson() {}

  static Exercise exercise(String json) throws IOException {
    Map<String, Object> m = object(json);
    return new Exercise(string(m, "id"), strings(m, "skills"), string(m, "prompt"), integer(m, "difficulty"),
        strings(m, "hints"), string(m, "explanation"), strings(m, "tags"), body(map(m, "body")),
        strings(m, "media"));
  }

  private static Exercise.Body body(Map<String, Object> m) throws IOException {
    if (m == null) return null;
    String kind = string(m, "kind");
    java.util.Optional<ExerciseType> type = ExerciseType.fromYaml(kind == null ? "" : kind);
    if (type.isEmpty()) throw new IOException("unknown kind of exercise '" + kind + "'");
    // A switch expression: a new kind does not compile until it is read here.
    return switch (type.get()) {
      case FLASHCARD -> new Exercise.Flashcard(string(m, "back"));
      case CHOICE -> new Exercise.Choice(strings(m, "options"), integers(m, "correct"), bool(m, "shuffle"));
      case TEXT -> new Exercise.Text(strings(m, "answers"), string(m, "regex"), normalization(map(m, "normalization")),
          commands(map(m, "commands")));
      case CLOZE -> new Exercise.Cloze(string(m, "text"), gaps(list(m, "gaps")), normalization(map(m, "normalization")),
          bool(m, "anyOrder"), commands(map(m, "commands")));
      case NUMERIC -> new Exercise.Numeric(number(m, "answer"), number(m, "tolerance"), bool(m, "relative"),
          string(m, "unit"));
      case ORDER -> new Exercise.Order(strings(m, "items"));
    };
  }

  private static Normalization normalization(Map<String, Object> m) {
    return m == null ? null : new Normalization(bool(m, "caseSensitive"), bool(m, "accentSensitive"),
        bool(m, "punctuationSensitive"), bool(m, "whitespaceSensitive"));
  }

  private static CommandTable commands(Map<String, Object> m) {
    if (m == null) return null;
    Map<String, CommandTable.Program> programs = new java.util.TreeMap<>();
    Map<String, Object> all = map(m, "programs");
    if (all != null) {
      for (Map.Entry<String, Object> e : all.entrySet()) {
        Map<String, Object> p = asMap(e.getValue());
        if (p == null) continue;
        List<List<String>> synonyms = new ArrayList<>();
        List<Object> groups = list(p, "synonyms");
        if (groups != null) {
          for (Object g : groups) {
            List<String> group = new ArrayList<>();
            if (g instanceof List<?> l) for (Object o : l) group.add(String.valueOf(o));
            synonyms.add(group);
          }
        }
        List<String> takesValue = strings(p, "takesValue");
        programs.put(e.getKey(), new CommandTable.Program(synonyms, takesValue == null ? List.of() : takesValue,
            bool(p, "ordered")));
      }
    }
    return new CommandTable(programs);
  }

  private static List<Gap> gaps(List<Object> list) {
    if (list == null) return null;
    List<Gap> out = new ArrayList<>();
    for (Object o : list) out.add(o == null ? null : new Gap(strings(asMap(o), "alternatives")));
    return out;
  }

  static Skill skill(String json) throws IOException {
    Map<String, Object> m = object(json);
    List<Skill.WorkedExample> examples = null;
    if (list(m, "workedExamples") != null) {
      examples = new ArrayList<>();
      for (Object o : list(m, "workedExamples")) {
        Map<String, Object> e = asMap(o);
        examples.add(e == null ? null : new Skill.WorkedExample(string(e, "problem"), strings(e, "steps"),
            string(e, "answer")));
      }
    }
    List<Skill.Resource> resources = null;
    if (list(m, "resources") != null) {
      resources = new ArrayList<>();
      for (Object o : list(m, "resources")) {
        Map<String, Object> r = asMap(o);
        resources.add(r == null ? null : new Skill.Resource(string(r, "title"), string(r, "url"), string(r, "kind"),
            string(r, "license")));
      }
    }
    Map<String, Object> b = map(m, "bkt");
    BktParameters bkt = b == null ? null
        : new BktParameters(number(b, "prior"), number(b, "learn"), number(b, "guess"), number(b, "slip"));
    return new Skill(string(m, "id"), string(m, "title"), string(m, "description"), strings(m, "requires"),
        string(m, "lesson"), examples, resources, bkt);
  }

  // ---- the JSON as maps, lists, strings, numbers, booleans and nulls ----

  private static Map<String, Object> object(String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
      return asMap(value(p));
    }
  }

  private static Object value(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> m = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          m.put(name, value(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) l.add(value(p));
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getNumberValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("unexpected " + p.currentToken() + " in JSON");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return asMap(m.get(key));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key) {
    return (List<Object>) m.get(key);
  }

  private static String string(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? null : v.toString();
  }

  private static List<String> strings(Map<String, Object> m, String key) {
    List<Object> l = list(m, key);
    if (l == null) return null;
    List<String> out = new ArrayList<>(l.size());
    for (Object o : l) out.add(o == null ? null : o.toString());
    return out;
  }

  private static List<Integer> integers(Map<String, Object> m, String key) {
    List<Object> l = list(m, key);
    if (l == null) return null;
    List<Integer> out = new ArrayList<>(l.size());
    for (Object o : l) out.add(o == null ? null : ((Number) o).intValue());
    return out;
  }

  private static int integer(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? 0 : ((Number) v).intValue();
  }

  private static double number(Map<String, Object> m, String key) {
    Object v = m.get(key);
    return v == null ? 0 : ((Number) v).doubleValue();
  }

  private static boolean bool(Map<String, Object> m, String key) {
    return Boolean.TRUE.equals(m.get(key));
  }
}
