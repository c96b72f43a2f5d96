package tutor.grade;

import java.util.List;
import tutor.pack.Exercise;

/** Grades an auto-graded exercise. Flashcards are self-rated and never reach a grader. */
public interface Grader {
  /**
   * @param responses what the learner typed: one entry per cloze gap, one entry otherwise
   */
  Outcome grade(Exercise exercise, Presentation shown, List<String> responses);

  /**
   * The answer as a verdict shows it, for a learner who asks to see it (:show, :skip after a try).
   */
  String expected(Exercise exercise, Presentation shown);
}
