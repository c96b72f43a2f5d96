package tutor.kind;

import java.util.List;
import tutor.grade.Grader;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.pack.Exercise;

/**
 * The grader: each exercise's kind grades it. What kinds share when they grade is in {@link
 * tutor.grade.AnswerKeys}.
 */
public final class AnswerGrader implements Grader {
  @Override
  public Outcome grade(Exercise exercise, Presentation shown, List<String> responses) {
    Kind kind = Kind.of(exercise);
    if (!kind.graded())
      throw new IllegalArgumentException("a " + exercise.type().yamlName() + " is not auto-graded");
    return kind.grade(shown, responses);
  }

  @Override
  public String expected(Exercise exercise, Presentation shown) {
    return Kind.of(exercise).expected(shown);
  }
}
