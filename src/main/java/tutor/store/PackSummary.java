package tutor.store;

import java.time.Instant;
import java.util.List;

/**
 * An installed pack and the current learner's progress in it. How many of its skills are mastered
 * is not here: that is a level ({@code Picker.memory}: the mastered rule with its check against
 * guessing, fading and the prerequisite cap), counted where the levels are, so that {@code pack
 * list}'s summary says what its rows and {@code stats} say.
 *
 * @param authors, license, language the pack's attribution, kept so that an export of the installed
 *     pack credits its authors as the original did
 */
public record PackSummary(
    String id,
    String title,
    String version,
    String description,
    int skills,
    int exercises,
    int exercisesSeen,
    String source,
    Instant updatedAt,
    List<String> authors,
    String license,
    String language) {

  public PackSummary {
    authors = List.copyOf(authors);
  }
}
