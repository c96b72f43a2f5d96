package tutor.pack;

import java.util.List;

/**
 * A content pack as authored: identity, skills in teaching order, exercises in file order, and the
 * units it declares (named groups of skills), in file order.
 */
public record Pack(
    int format,
    String id,
    String title,
    String version,
    String description,
    List<String> authors,
    String license,
    String language,
    List<Skill> skills,
    List<Exercise> exercises,
    List<Unit> units) {

  /** The newest pack format this program understands. */
  public static final int FORMAT = 1;

  public Pack {
    authors = List.copyOf(authors);
    skills = List.copyOf(skills);
    exercises = List.copyOf(exercises);
    units = List.copyOf(units);
  }

  /** A pack that declares no units. */
  public Pack(
      int format,
      String id,
      String title,
      String version,
      String description,
      List<String> authors,
      String license,
      String language,
      List<Skill> skills,
      List<Exercise> exercises) {
    this(
        format,
        id,
        title,
        version,
        description,
        authors,
        license,
        language,
        skills,
        exercises,
        List.of());
  }

  /** The unit with this id, if the pack declares one. */
  public java.util.Optional<Unit> unit(String unitId) {
    return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
  }
}
