package tutor.store.sqlite;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tutor.json.Json;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Skill;
import tutor.store.StoreException;

/** Exercises and skills as JSON in the database, so sessions never parse the pack's YAML again. */
final class ExerciseCodec {
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  private interface BodyMixin {}

  /**
   * Every kind of body under its name ("flashcard" for {@code Exercise.Flashcard}), taken from the
   * sealed interface, so that a new kind is stored without being listed here.
   */
  private static com.fasterxml.jackson.databind.jsontype.NamedType[] bodyKinds() {
    return java.util.Arrays.stream(Exercise.Body.class.getPermittedSubclasses())
        .map(
            c ->
                new com.fasterxml.jackson.databind.jsontype.NamedType(
                    c, c.getSimpleName().toLowerCase(java.util.Locale.ROOT)))
        .toArray(com.fasterxml.jackson.databind.jsontype.NamedType[]::new);
  }

  /**
   * Fields added after packs were first installed are left out when they have their old meaning, so
   * that an exercise's JSON, and the hash of its key, stay as they were.
   */
  private abstract static class TextMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    abstract tutor.pack.CommandTable commands();
  }

  private abstract static class ExerciseMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    abstract List<String> media();
  }

  private abstract static class ClozeMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
    abstract boolean anyOrder();

    @com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    abstract tutor.pack.CommandTable commands();
  }

  private abstract static class NumericMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
    abstract boolean integer();
  }

  private abstract static class SqlMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(
        com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    abstract List<String> variants();
  }

  /**
   * Jackson's mapper, which writes exercises and skills: a kind's stored shape is its body record
   * (its components by name, under {@code "kind"}), so a new kind needs no code here; {@link
   * StoredJson} reads them back (StoredJsonTest holds each kind's JSON as stored). Made when first
   * needed: a start that only reads never loads databind.
   */
  private static final class Mapper {
    static final ObjectMapper JSON =
        Json.MAPPER
            .copy()
            .addMixIn(Exercise.Body.class, BodyMixin.class)
            .addMixIn(Exercise.class, ExerciseMixin.class)
            .addMixIn(Exercise.Text.class, TextMixin.class)
            .addMixIn(Exercise.Cloze.class, ClozeMixin.class)
            .addMixIn(Exercise.Numeric.class, NumericMixin.class)
            .addMixIn(Exercise.Sql.class, SqlMixin.class);

    static {
      JSON.registerSubtypes(bodyKinds());
    }
  }

  private static final java.util.Map<String, ExerciseType> TYPES = new java.util.HashMap<>();

  static {
    for (ExerciseType t : ExerciseType.values()) TYPES.put(t.yamlName(), t);
  }

  private ExerciseCodec() {}

  static String toJson(Exercise e) {
    try {
      return Mapper.JSON.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  static Exercise fromJson(String json) {
    try {
      Exercise e = StoredJson.exercise(json);
      if (e == null || e.body() == null) throw new IOException("no exercise with a body");
      return e;
    } catch (IOException | RuntimeException ex) {
      throw new StoreException(
          "an installed exercise cannot be read ("
              + message(ex)
              + "); reinstall its pack with 'tutor pack add'",
          ex);
    }
  }

  private static String message(Exception ex) {
    return ex instanceof JsonProcessingException j
        ? j.getOriginalMessage()
        : String.valueOf(ex.getMessage());
  }

  static String skillToJson(Skill s) {
    try {
      return Mapper.JSON.writeValueAsString(s);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  static Skill skillFromJson(String json) {
    try {
      Skill s = StoredJson.skill(json);
      if (s == null) throw new IOException("no skill");
      return s;
    } catch (IOException | RuntimeException ex) {
      throw new StoreException(
          "an installed skill cannot be read ("
              + message(ex)
              + "); reinstall its pack with 'tutor pack add'",
          ex);
    }
  }

  /**
   * An exercise in outline, from the columns beside its body: its id, skills, difficulty and the
   * shape of its body ({@link #outlineBody}). No wording: enough to pick it, not to show it.
   */
  static Exercise outline(String id, List<String> skills, int difficulty, Exercise.Body body) {
    return new Exercise(id, skills, "", difficulty, List.of(), "", List.of(), body);
  }

  /**
   * The body of an exercise in outline: its type and, for a choice, as many (blank) options and
   * correct answers as it has ({@link Kind#outlineCounts}), so that its guess rate is right.
   * Exercises of one shape can share it.
   */
  static Exercise.Body outlineBody(String type, int options, int correct) {
    ExerciseType t = TYPES.get(type);
    if (t == null)
      throw new StoreException(
          "an installed exercise has an unknown type '" + type + "'; reinstall its pack");
    return Kind.format(t).outline(options, correct);
  }

  static int[] outlineCounts(Exercise.Body body) {
    return Kind.of(body).outlineCounts();
  }

  /** A hash of what decides right and wrong (type and key), not of the wording. */
  static String keyHash(Exercise e) {
    return sha256(toJson(new Exercise("", List.of(), "", 1, List.of(), "", List.of(), e.body())));
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
