package tutor.session;

import java.util.List;
import tutor.schedule.Rating;

/**
 * What the learner sees after answering.
 *
 * @param correct null for a self-rated flashcard
 * @param nextReview when the exercise comes back, in words ("in 10 minutes", "in 3 days")
 * @param changes skills whose level changed ("Pipes: learning -> mastered")
 */
public record FeedbackScreen(
    Boolean correct,
    String expected,
    String detail,
    String explanation,
    Rating rating,
    String nextReview,
    List<String> changes) {}
