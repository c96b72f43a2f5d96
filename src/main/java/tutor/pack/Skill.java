package tutor.pack;

import java.util.List;
import tutor.mastery.BktParameters;

/**
 * A skill of a pack: what it is, what it builds on, and what teaches it.
 *
 * @param requires ids of the prerequisite skills
 * @param lesson Markdown that introduces the skill; empty when the pack has none
 * @param workedExamples problems solved step by step, shown after the lesson
 * @param resources where to read or watch more
 * @param bkt knowledge-tracing parameters for this skill, or null for the defaults
 */
public record Skill(
    String id,
    String title,
    String description,
    List<String> requires,
    String lesson,
    List<WorkedExample> workedExamples,
    List<Resource> resources,
    BktParameters bkt) {
  public Skill {
    requires = List.copyOf(requires);
    workedExamples = List.copyOf(workedExamples);
    resources = List.copyOf(resources);
  }

  /** A skill with nothing but its identity and prerequisites. */
  public Skill(String id, String title, String description, List<String> requires) {
    this(id, title, description, requires, "", List.of(), List.of(), null);
  }

  /** Unhurried reading speed of technical prose, for time estimates. */
  public static final int WORDS_PER_MINUTE = 200;

  /** Time to follow one worked example. */
  public static final int SECONDS_PER_WORKED_EXAMPLE = 60;

  /** How long the lesson and its worked examples take to read: for pacing and estimates. */
  public long readingSeconds() {
    int words = 0;
    for (String token : lesson.split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) words++;
    }
    return Math.round(words * 60.0 / WORDS_PER_MINUTE)
        + (long) workedExamples.size() * SECONDS_PER_WORKED_EXAMPLE;
  }

  /** A problem, the steps that solve it, and its answer. */
  public record WorkedExample(String problem, List<String> steps, String answer) {
    public WorkedExample {
      steps = List.copyOf(steps);
    }
  }

  /**
   * A link to more material; {@code kind} is article, video, documentation, exercises, book or
   * course.
   */
  public record Resource(String title, String url, String kind, String license) {
    public static final List<String> KINDS =
        List.of("article", "video", "documentation", "exercises", "book", "course");
  }
}
