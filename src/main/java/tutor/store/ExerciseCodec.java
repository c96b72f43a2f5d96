package tutor.store;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Normalization;
import tutor.pack.Skill;

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
        .map(c -> new com.fasterxml.jackson.databind.jsontype.NamedType(c,
            c.getSimpleName().toLowerCase(java.util.Locale.ROOT)))
        .toArray(com.fasterxml.jackson.databind.jsontype.NamedType[]::new);
  }

  /**
   * Fields added after packs were first installed are left out when they have their old meaning,
   * so that an exercise's JSON, and the hash of its key, stay as they were.
   */
  private abstract static class TextMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    abstract tutor.pack.CommandTable commands();
  }

  private abstract static class ExerciseMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    abstract List<String> media();
  }

  private abstract static class ClozeMixin {
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
    abstract boolean anyOrder();

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    abstract tutor.pack.CommandTable commands();
  }

  /** Jackson's mapper, made when first needed (it writes exercises: installing a pack). */
  private static final class Mapper {
    static final ObjectMapper JSON = new ObjectMapper()
        .addMixIn(Exercise.Body.class, BodyMixin.class)
        .addMixIn(Exercise.class, ExerciseMixin.class)
        .addMixIn(Exercise.Text.class, TextMixin.class)
        .addMixIn(Exercise.Cloze.class, ClozeMixin.class)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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
      return ExerciseJson.exercise(json);
    } catch (IOException | RuntimeException ex) {
      throw new StoreException("an installed exercise cannot be read (" + message(ex)
          + "); reinstall its pack with 'tutor pack add'", ex);
    }
  }

  private static String message(Exception ex) {
    return ex instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(ex.getMessage());
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
      return ExerciseJson.skill(json);
    } catch (IOException | RuntimeException ex) {
      throw new StoreException("an installed skill cannot be read (" + message(ex)
          + "); reinstall its pack with 'tutor pack add'", ex);
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
   * correct answers as it has, so that its guess rate is right. Exercises of one shape can share it.
   */
  static Exercise.Body outlineBody(String type, int options, int correct) {
    ExerciseType t = TYPES.get(type);
    if (t == null) throw new StoreException("an installed exercise has an unknown type '" + type + "'; reinstall its pack");
    return switch (t) {
      case FLASHCARD -> new Exercise.Flashcard("");
      case CHOICE -> new Exercise.Choice(java.util.Collections.nCopies(options, ""),
          java.util.stream.IntStream.range(0, correct).boxed().toList(), false);
      case TEXT -> new Exercise.Text(List.of(), null, Normalization.DEFAULT);
      case CLOZE -> new Exercise.Cloze("", List.of(), Normalization.DEFAULT);
      case NUMERIC -> new Exercise.Numeric(0, 0, false, "");
      case ORDER -> new Exercise.Order(List.of());
    };
  }

  /**
   * What {@link #outlineBody} needs beside the type: a choice's number of options and of correct
   * ones (its guess rate follows them); 0 and 0 for the other kinds.
   */
  static int[] outlineCounts(Exercise.Body body) {
    return body.accept(new Exercise.Cases<int[]>() {
      public int[] flashcard(Exercise.Flashcard f) {
        return new int[2];
      }

      public int[] choice(Exercise.Choice c) {
        return new int[] {c.options().size(), c.correct().size()};
      }

      public int[] text(Exercise.Text t) {
        return new int[2];
      }

      public int[] cloze(Exercise.Cloze c) {
        return new int[2];
      }

      public int[] numeric(Exercise.Numeric n) {
        return new int[2];
      }

      public int[] order(Exercise.Order o) {
        return new int[2];
      }
    });
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
