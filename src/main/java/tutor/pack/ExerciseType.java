package tutor.pack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

public enum ExerciseType {
  FLASHCARD, CHOICE, TEXT, CLOZE, NUMERIC, ORDER;

  /** The name authors write in YAML. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ExerciseType> fromYaml(String name) {
    return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
  }

  public static String allNames() {
    return Arrays.stream(values()).map(ExerciseType::yamlName).collect(Collectors.joining(", "));
  }
}
