package tutor.kind;

import java.util.List;
import java.util.Optional;
import tutor.pack.CommandTable;
import tutor.pack.Normalization;

/**
 * An exercise's fields in a pack file, as a kind reads its own ({@link Kind.Format#read}). Problems
 * are reported through {@link #error}, with the file, line and field; the pack reader ({@code
 * tutor.packfile}) provides it, so kinds never see YAML.
 */
public interface KindFields {
  boolean has(String key);

  /** Reports a problem at {@code key} (or at the exercise when null). */
  void error(String key, String message);

  /** A text field; a required one that is missing or blank is reported. */
  Optional<String> string(String key, boolean required);

  /** A text field, or {@code fallback} when it is missing. */
  String string(String key, String fallback);

  /**
   * A list of texts (a single text counts as a list of one); a required one that is missing is
   * reported.
   */
  List<String> strings(String key, boolean required);

  Optional<Double> number(String key);

  Optional<Boolean> bool(String key);

  /** The text of a field as written, if it is a plain value (e.g. {@code 5%}). */
  Optional<String> scalar(String key);

  /** How typed answers are compared: the pack's grading with the exercise's overrides. */
  Normalization grading();

  /** {@code text} or {@code command}: the exercise's {@code match:}, else the pack's. */
  String match();

  /** The pack's command table ({@code commands:}), for command answers. */
  CommandTable commands();

  /** The fixtures pack.yaml declares ({@code fixtures:}), by name, for sql exercises. */
  java.util.Map<String, tutor.pack.Fixture> fixtures();
}
