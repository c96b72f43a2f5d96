package tutor.session;

import tutor.pack.StoredSkill;

/**
 * A skill's lesson and worked examples, as the session shows them.
 *
 * @param why why it is shown now ("New skill", "Again, after two misses", ...)
 * @param part what to show: the lesson with its worked examples, or only the examples, or only the
 *     resources
 */
public record LessonScreen(String packTitle, StoredSkill skill, String why, Part part) {
  public enum Part {
    LESSON,
    EXAMPLES,
    RESOURCES
  }

  public boolean hasContent() {
    return switch (part) {
      case LESSON -> !skill.skill().lesson().isBlank() || !skill.skill().workedExamples().isEmpty();
      case EXAMPLES -> !skill.skill().workedExamples().isEmpty();
      case RESOURCES -> !skill.skill().resources().isEmpty();
    };
  }
}
