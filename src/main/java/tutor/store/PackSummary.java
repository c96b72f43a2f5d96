package tutor.store;

import java.time.Instant;

/** An installed pack and the current learner's progress in it. */
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
    Instant updatedAt) {}
