package tutor.session;

import tutor.grade.NearMiss;

/** What a study session shows and asks; the terminal and the piped mode implement it. */
public interface StudyUi {
  /** True when answer times mean something (an interactive terminal, not piped input). */
  boolean interactive();

  /**
   * Columns of a line on the learner's screen: an exercise named in a sentence is its prompt cut to
   * fit one (a learner never sees exercise ids). 80 where there is no screen to ask.
   */
  default int width() {
    return 80;
  }

  /**
   * Shows the next exercise. A terminal may first wait for Enter, so that the last verdict is read
   * before the question pushes it off the screen (Ctrl-C there ends the session).
   */
  void exercise(ExerciseScreen screen) throws SessionEnd;

  /**
   * The session's commands that make sense at a pause after a verdict, before the next exercise
   * shows (":dispute" of the answer just judged, ":undo", ":why"): a terminal that pauses there
   * runs them instead of dropping them. The handler returns false for a command it does not take.
   */
  default void commandsAtPause(ExerciseRunner.ExtraCommands commands) {}

  /**
   * Shows the open exercise again after a message took its place (:undo), as after a lesson; a
   * terminal only, where the screen moved on.
   */
  default void questionAgain() {}

  /** Shows a lesson, its worked examples or resources; long lessons are paged on a terminal. */
  void lesson(LessonScreen lesson) throws SessionEnd;

  /** Reads one line; a session command (":quit") or the end of input ends the session. */
  String ask(String prompt) throws SessionEnd;

  /**
   * The line after a session's last answer when it was rejected: {@code :dispute} counts it as
   * right. Piped input reads it without a prompt (a script that has no more lines just ends); JSON
   * lines announce it ({@code await} for {@code finish}).
   */
  default String lastChance(String prompt) throws SessionEnd {
    return ask(prompt);
  }

  /**
   * Reads one more line of an answer that takes several (SQL), or null where answers come whole
   * (JSON lines): then the first line was all of it.
   */
  default String askMore(String prompt) throws SessionEnd {
    return null;
  }

  void hint(int number, int total, String text);

  /** A short message about the current exercise: an answer of the wrong shape, no more hints. */
  void notice(String message);

  /** A neutral line of information (the rating choices of a flashcard, say). */
  void say(String text);

  void flashcardBack(String back);

  /** A wrong answer one slip away from an accepted one, before asking whether to count it. */
  default void nearMiss(NearMiss nearMiss) {
    for (String line : nearMiss.lines(Integer.MAX_VALUE / 2)) say(line);
  }

  /** The verdict; a terminal pages one taller than the screen (Ctrl-C there ends the session). */
  void feedback(FeedbackScreen feedback) throws SessionEnd;

  /**
   * The learner skipped the open exercise (:skip). Nothing is recorded.
   *
   * @param expected the answer, shown when they had tried (typed something or took a hint); null
   *     when they skipped before trying
   */
  default void skipped(String expected, String explanation) {
    notice(expected == null ? "Skipped." : "Skipped. The answer: " + expected);
  }

  /** A rejected answer the learner counted as right (:dispute), recorded again as such. */
  default void disputed(DisputeScreen dispute) {
    say("Counted as right: " + dispute.answer() + " (next review " + dispute.nextReview() + ").");
  }

  void summary(SessionSummary summary);
}
