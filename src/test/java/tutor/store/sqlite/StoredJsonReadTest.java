package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.packfile.PackReader;
import tutor.store.StoreException;

/**
 * Exercises and skills are written by Jackson's databind and read back by {@link StoredJson}: what
 * one writes, the other must read as the same record. Checked for every component of every record
 * (filled in by reflection, so a component added to a kind and not to the reader fails here) and
 * for every exercise and skill of the bundled packs.
 */
class StoredJsonReadTest {
  @Test
  void everyComponentOfEveryKindReadsBackAsWritten() {
    for (Class<?> kind : Exercise.Body.class.getPermittedSubclasses()) {
      Exercise e = filled(Exercise.class, kind);
      assertEquals(e, ExerciseCodec.fromJson(ExerciseCodec.toJson(e)), kind.getSimpleName());
    }
    Skill s = filled(Skill.class, null);
    assertEquals(s, ExerciseCodec.skillFromJson(ExerciseCodec.skillToJson(s)));
  }

  @Test
  void everyBundledExerciseAndSkillReadsBackAsWritten() throws Exception {
    int exercises = 0;
    try (Stream<Path> packs = Files.list(Path.of("content"))) {
      for (Path dir : packs.filter(Files::isDirectory).sorted().toList()) {
        Pack pack = PackReader.readAuthored(dir).pack();
        for (Exercise e : pack.exercises()) {
          assertEquals(e, ExerciseCodec.fromJson(ExerciseCodec.toJson(e)), e.id());
          exercises++;
        }
        for (Skill s : pack.skills())
          assertEquals(s, ExerciseCodec.skillFromJson(ExerciseCodec.skillToJson(s)), s.id());
      }
    }
    assertTrue(exercises > 100, "the bundled packs were read: " + exercises);
  }

  @Test
  void jsonOfTheWrongShapeIsAProblemWithTheStoreNamed() {
    for (String json :
        List.of(
            "",
            "[]",
            "{\"id\":\"x\"} {}",
            "{\"id\":\"x\",\"skills\":\"s\",\"body\":{\"kind\":\"flashcard\"}}",
            "{\"id\":\"x\",\"skills\":[],\"hints\":[],\"tags\":[],\"body\":{\"kind\":\"poem\"}}",
            "{\"id\":\"x\",\"skills\":[],\"hints\":[],\"tags\":[],"
                + "\"body\":{\"kind\":\"choice\",\"options\":[],\"correct\":[1.5]}}")) {
      StoreException e = assertThrows(StoreException.class, () -> ExerciseCodec.fromJson(json));
      assertTrue(e.getMessage().startsWith("an installed exercise cannot be read ("), json);
    }
  }

  // A record with every component set to something other than its default, for the kind given
  // where a component is an exercise's body.

  private static int counter;

  private static <T> T filled(Class<T> type, Class<?> kind) {
    try {
      RecordComponent[] parts = type.getRecordComponents();
      Class<?>[] types = new Class<?>[parts.length];
      Object[] values = new Object[parts.length];
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        values[i] = value(parts[i].getGenericType(), kind);
      }
      Constructor<T> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + ": " + e, e);
    }
  }

  private static Object value(Type type, Class<?> kind) {
    int n = ++counter;
    if (type instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        List<Object> l = new ArrayList<>();
        l.add(value(args[0], kind));
        l.add(value(args[0], kind));
        return l;
      }
      if (raw == Map.class) return Map.of("k" + n, value(args[1], kind));
      throw new AssertionError("no value for " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) return "text " + n + " \"quoted\" \u00e9\n";
    if (c == int.class || c == Integer.class) return n;
    if (c == long.class || c == Long.class) return (long) n;
    if (c == double.class || c == Double.class) return 1.0 / (n + 3); // in (0, 1), as BKT wants
    if (c == boolean.class || c == Boolean.class) return true;
    if (c == Exercise.Body.class) return filled(kind, kind);
    if (c.isRecord()) return filled(c, kind);
    throw new AssertionError("no value for " + type);
  }
}
