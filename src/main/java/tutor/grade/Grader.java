package tutor.grade;

import java.util.List;
import tutor.pack.Exercise;

/** Grades an auto-graded exercise. Flashcards are self-rated and never reach a grader. */
public interface Grader {
  /**
   * @param responses what the learner typed: one entry per cloze gap, one entry otherwise
   */
  Outcome grade(Exercise exercise, Presentation shown, List<String> responses);
}
