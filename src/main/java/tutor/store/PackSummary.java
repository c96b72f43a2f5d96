package tutor.store;

import java.time.Instant;
import java.util.List;

/**
 * An installed pack and the current learner's progress in it.
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
    int skillsMastered,
    String source,
    Instant updatedAt,
    List<String> authors,
    String license,
    String language) {

  public PackSummary {
    authors = List.copyOf(authors);
  }
}
