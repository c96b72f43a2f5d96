package tutor.pack;

import java.util.List;

/** A content pack as authored: identity, skills in teaching order, exercises in file order. */
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
    List<Exercise> exercises) {

  /** The newest pack format this program understands. */
  public static final int FORMAT = 1;

  public Pack {
    authors = List.copyOf(authors);
    skills = List.copyOf(skills);
    exercises = List.copyOf(exercises);
  }
}
