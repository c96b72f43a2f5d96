package tutor.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tutor.pack.Exercise;
import tutor.pack.Skill;

/** Exercises and skills as JSON in the database, so sessions never parse the pack's YAML again. */
final class ExerciseCodec {
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Exercise.Flashcard.class, name = "flashcard"),
    @JsonSubTypes.Type(value = Exercise.Choice.class, name = "choice"),
    @JsonSubTypes.Type(value = Exercise.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Exercise.Cloze.class, name = "cloze"),
    @JsonSubTypes.Type(value = Exercise.Numeric.class, name = "numeric"),
    @JsonSubTypes.Type(value = Exercise.Order.class, name = "order")
  })
  private interface BodyMixin {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .addMixIn(Exercise.Body.class, BodyMixin.class)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ExerciseCodec() {}

  static String toJson(Exercise e) {
    try {
      return JSON.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  static Exercise fromJson(String json) {
    try {
      return JSON.readValue(json, Exercise.class);
    } catch (JsonProcessingException ex) {
      throw new StoreException("an installed exercise cannot be read (" + ex.getOriginalMessage()
          + "); reinstall its pack with 'tutor pack add'", ex);
    }
  }

  static String skillToJson(Skill s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  static Skill skillFromJson(String json) {
    try {
      return JSON.readValue(json, Skill.class);
    } catch (JsonProcessingException ex) {
      throw new StoreException("an installed skill cannot be read (" + ex.getOriginalMessage()
          + "); reinstall its pack with 'tutor pack add'", ex);
    }
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
