package tutor.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tutor.grade.EditDistance;
import tutor.grade.Grader;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.grade.Ratings;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.StoredExercise;
import tutor.schedule.CardState;
import tutor.schedule.Rating;
import tutor.schedule.ReviewOutcome;
import tutor.schedule.Scheduler;

/**
 * Shows one exercise and reads an answer of the right shape: hints on request (a ladder, one at a
 * time), the answer on :show after them, a flashcard's self-rating, cloze gaps one at a time,
 * invalid input asked again. Records nothing.
 */
public final class ExerciseRunner {
  /**
   * What the learner did with an exercise, as read and graded, before anything is scheduled or
   * recorded. A recording mode turns it into the store's {@code tutor.store.AnswerRecord} (adding
   * the learner, the card and mastery before and after), and every mode into a {@link
   * FeedbackScreen} (adding what the answer changed, in words); preview and skipped exercises make
   * no record, so this stays a record of its own.
   *
   * @param verdict right or wrong for an auto-graded exercise; null for a self-rated flashcard
   * @param responseMillis null when unknown (piped input)
   * @param shown the learner gave up and asked for the answer (:show): a miss, with nothing typed
   * @param disputed the grader rejected the answer and the learner counted it as right (:dispute)
   */
  public record Attempt(
      Rating rating,
      Boolean verdict,
      String given,
      String expected,
      String detail,
      int hintsUsed,
      Long responseMillis,
      Instant answeredAt,
      String nearMiss,
      Integer confidence,
      boolean shown,
      boolean disputed,
      List<tutor.grade.ResultTable> tables) {
    public Attempt {
      tables = tables == null ? List.of() : List.copyOf(tables);
    }

    public Attempt(
        Rating rating,
        Boolean verdict,
        String given,
        String expected,
        String detail,
        int hintsUsed,
        Long responseMillis,
        Instant answeredAt) {
      this(
          rating,
          verdict,
          given,
          expected,
          detail,
          hintsUsed,
          responseMillis,
          answeredAt,
          null,
          null);
    }

    public Attempt(
        Rating rating,
        Boolean verdict,
        String given,
        String expected,
        String detail,
        int hintsUsed,
        Long responseMillis,
        Instant answeredAt,
        String nearMiss,
        Integer confidence) {
      this(
          rating,
          verdict,
          given,
          expected,
          detail,
          hintsUsed,
          responseMillis,
          answeredAt,
          nearMiss,
          confidence,
          false,
          false,
          List.of());
    }

    public Attempt(
        Rating rating,
        Boolean verdict,
        String given,
        String expected,
        String detail,
        int hintsUsed,
        Long responseMillis,
        Instant answeredAt,
        String nearMiss,
        Integer confidence,
        boolean shown,
        boolean disputed) {
      this(
          rating,
          verdict,
          given,
          expected,
          detail,
          hintsUsed,
          responseMillis,
          answeredAt,
          nearMiss,
          confidence,
          shown,
          disputed,
          List.of());
    }

    public boolean right() {
      return rating != Rating.AGAIN;
    }

    /**
     * An answer the grader rejected and the learner typed: they may say it was right (:dispute).
     * Not when they were just asked "Count it as right?" of their near miss and said no: offering
     * :dispute right after contradicted what they had said.
     */
    public boolean disputable() {
      return Boolean.FALSE.equals(verdict) && !shown && !disputed && !"rejected".equals(nearMiss);
    }

    /**
     * The learner's call over the grader's: right, rated Good, or Hard when a hint or a typo
     * forgiven helped (as a right answer after a hint is). The verdict stays the grader's.
     */
    public Attempt disputedAsRight() {
      Rating r = hintsUsed > 0 || nearMiss != null ? Rating.HARD : Rating.GOOD;
      return new Attempt(
          r,
          verdict,
          given,
          expected,
          detail,
          hintsUsed,
          responseMillis,
          answeredAt,
          nearMiss,
          confidence,
          false,
          true,
          tables);
    }
  }

  /**
   * A study session's own commands ({@link ExtraCommands}): where no session handles them they are
   * not answers either. Other lines that start with ':' are answers (":wq" in a vim pack).
   */
  public static final java.util.Set<String> SESSION_COMMANDS =
      java.util.Set.of(":dispute", ":undo", ":why", ":lesson", ":example", ":resources", ":help");

  /** The ways to end a session, as typed. */
  private static final java.util.Set<String> QUIT = java.util.Set.of(":quit", ":q", ":exit");

  /** Commands a caller adds (":why", ":lesson"); returns true when it handled the line. */
  public interface ExtraCommands {
    boolean handle(String command) throws SessionEnd;

    /** True when a command just run put another exercise before the next one (:undo). */
    default boolean anotherFirst() {
      return false;
    }
  }

  private final StudyUi ui;
  private final Scheduler scheduler;
  private final Grader grader;
  private final Clock clock;
  private final ExtraCommands extra;
  private java.util.function.BooleanSupplier leave = () -> false;
  private double typoTolerance = NearMiss.DEFAULT_TOLERANCE;
  private boolean askConfidence;

  /** Work to run once the next exercise is on screen ({@link #whileShown}); null: none. */
  private Runnable whileShown;

  public ExerciseRunner(
      StudyUi ui, Scheduler scheduler, Grader grader, Clock clock, ExtraCommands extra) {
    this.ui = ui;
    this.scheduler = scheduler;
    this.grader = grader;
    this.clock = clock;
    this.extra = extra;
  }

  /** A self-rating says when each choice brings the card back; not where nothing is scheduled. */
  private boolean ratingIntervals = true;

  /** Self-ratings without "10m", "10d": where the answer schedules nothing (cram). */
  public ExerciseRunner ratingsWithoutIntervals() {
    this.ratingIntervals = false;
    return this;
  }

  /**
   * Leaves the exercise unanswered (as {@link SkipExercise}, nothing recorded) when, after a
   * session command, {@code leave} says another exercise now comes first.
   */
  void leaveWhen(java.util.function.BooleanSupplier leave) {
    this.leave = leave;
  }

  /** Share of an answer's letters that may differ for a near miss; 0 turns the question off. */
  public ExerciseRunner typoTolerance(double share) {
    this.typoTolerance = share;
    return this;
  }

  /**
   * Runs {@code work} once, when the next exercise is on screen, while the learner reads it: what
   * need not hold the exercise back (a note kept for later, cards read ahead from the store) is
   * done then, not between the last answer's feedback and this exercise.
   */
  public ExerciseRunner whileShown(Runnable work) {
    this.whileShown = work;
    return this;
  }

  /** Ask "how sure are you?" (1-3) before revealing the verdict of an auto-graded answer. */
  public ExerciseRunner askConfidence(boolean ask) {
    this.askConfidence = ask;
    return this;
  }

  public Attempt run(
      StoredExercise stored,
      CardState card,
      ExerciseScreen screen,
      long presentationSeed,
      long fuzzSeed)
      throws SkipExercise, SessionEnd {
    Exercise ex = stored.exercise();
    Presentation shown = Kind.of(ex).present(presentationSeed);
    Kind kind = Kind.of(ex);
    ui.exercise(screen.withShownItems(shown.shown(kind.items())));
    Timing.mark("exercise shown");
    Instant shownAt = clock.instant();
    Runnable work = whileShown;
    whileShown = null;
    if (work != null) work.run();
    // :undo typed at the pause before this exercise: the undone one is asked first.
    if (leave.getAsBoolean()) throw new SkipExercise();
    Tries tries = new Tries(ex, shown);
    if (!kind.graded()) {
      String given;
      try {
        given = askWithCommands(tries, "Press Enter to see the answer");
      } catch (ShowAnswer show) {
        given = ""; // on a flashcard, :show is what Enter does
      }
      String back = kind.expected(shown);
      ui.flashcardBack(back);
      if (!given.isBlank()) {
        // Whatever was typed before the answer was seen (a rating too soon, or an answer tried:
        // "lss"), it is acknowledged, never dropped silently; the rating comes now. Commands
        // (:lesson, ?) were taken by askWithCommands and never reach here.
        ui.notice(
            "You typed '"
                + ShortText.shorten(given.strip(), 60)
                + "' before seeing the answer; rate your recall now that you have.");
      }
      Rating rating = askRating(card, fuzzSeed);
      Instant at = clock.instant();
      return new Attempt(rating, null, given, back, "", tries.hints, millis(shownAt, at), at);
    }
    List<String> responses = new ArrayList<>();
    while (true) {
      responses.clear();
      try {
        if (kind.responses() > 1) {
          for (int i = 0; i < kind.responses(); i++) {
            String label = "[" + (i + 1) + "/" + kind.responses() + "]";
            String gap = askWithCommands(tries, label);
            // At a terminal an Enter pressed too soon is no answer to a gap: it is asked again, as
            // an empty answer to any other exercise is (piped, a line is an answer, as written).
            while (gap.isBlank() && ui.interactive()) {
              ui.notice("Type what fills gap " + (i + 1) + ", ? for a hint, or :skip.");
              gap = askWithCommands(tries, label);
            }
            if (i == 0 && kind.allAtOnce(gap).isPresent()) {
              // The whole command typed at the first gap fills every gap: asking for the next
              // ones would grade it as the first gap's answer alone, and wrong.
              responses.addAll(kind.allAtOnce(gap).get());
              break;
            }
            responses.add(gap);
          }
        } else if (kind.multiLine()) {
          responses.add(askLines(tries));
        } else {
          String typed = askWithCommands(tries, "");
          responses.addAll(kind.allAtOnce(typed).orElse(List.of(typed)));
        }
      } catch (ShowAnswer show) {
        // Given up: the answer is shown as feedback, and the exercise counts as missed.
        Instant at = clock.instant();
        return new Attempt(
            Rating.AGAIN,
            false,
            "",
            tries.expected(),
            "",
            tries.hints,
            millis(shownAt, at),
            at,
            null,
            null,
            true,
            false);
      }
      Outcome outcome = grader.grade(ex, shown, responses);
      if (outcome instanceof Outcome.Invalid invalid) {
        ui.notice(invalid.message());
        continue;
      }
      Outcome.Graded graded = (Outcome.Graded) outcome;
      Instant at = clock.instant();
      Long millis = millis(shownAt, at);
      // Asked after the answer is in and before anything reveals the verdict.
      Integer confidence = askConfidence ? askConfidence() : null;
      String nearMiss = null;
      boolean correct = graded.correct();
      java.util.Optional<NearMiss> near =
          correct ? java.util.Optional.empty() : Kind.nearMiss(ex, responses, typoTolerance);
      if (near.isPresent()) {
        NearMiss n = near.get();
        ui.nearMiss(n);
        correct = askYesNo("Count it as right? (y/n)");
        nearMiss = correct ? "accepted" : "rejected";
      }
      // A typo forgiven is a recall with a flaw: at best Hard.
      Rating rating =
          nearMiss != null && correct
              ? Rating.HARD
              : tries.afterLookingUp(
                  Ratings.forAnswer(
                      ex.type(),
                      correct,
                      tries.hints,
                      millis == null ? -1 : millis,
                      card == null || card.phase() == tutor.schedule.CardPhase.NEW));
      return new Attempt(
          rating,
          correct,
          String.join(" | ", responses),
          graded.expected(),
          graded.detail(),
          tries.hints,
          millis,
          at,
          nearMiss,
          confidence,
          false,
          false,
          graded.tables());
    }
  }

  private Long millis(Instant from, Instant to) {
    return ui.interactive() ? Duration.between(from, to).toMillis() : null;
  }

  /** The learner typed :show with no hint left (or twice): show the answer, count a miss. */
  private static final class ShowAnswer extends Exception {
    ShowAnswer() {
      super(null, null, false, false);
    }
  }

  /** What the learner did so far on the open exercise. */
  private final class Tries {
    final Exercise ex;
    final Presentation shown;
    int hints;

    /** Typed something (even of the wrong shape) or took a hint: a :skip then shows the answer. */
    boolean tried;

    /** :show was typed with hints left: the next :show shows the answer. */
    boolean showAsked;

    /** Read the skill's worked examples (:example) during this exercise: they show answers. */
    boolean sawExample;

    /** Read the skill's lesson or resources (:lesson, :resources) during this exercise. */
    boolean readLesson;

    /**
     * A right answer's rating after looking things up: a worked example shows an answer as a hint
     * does (Hard, as after a hint); after the lesson it is at most Good. Easy says it came without
     * effort: a query copied from the worked example was rated Easy and sent 9 days away.
     */
    Rating afterLookingUp(Rating r) {
      if (r == Rating.AGAIN) return r;
      if (sawExample) return Rating.HARD;
      return readLesson && r == Rating.EASY ? Rating.GOOD : r;
    }

    Tries(Exercise ex, Presentation shown) {
      this.ex = ex;
      this.shown = shown;
    }

    String expected() {
      return grader.expected(ex, shown);
    }
  }

  private String askWithCommands(Tries t, String prompt)
      throws SkipExercise, SessionEnd, ShowAnswer {
    return askWithCommands(t, prompt, null);
  }

  /** The same, with a line already typed ({@code typed}, or null) taken as the first. */
  private String askWithCommands(Tries t, String prompt, String typed)
      throws SkipExercise, SessionEnd, ShowAnswer {
    Exercise ex = t.ex;
    while (true) {
      String line = typed != null ? typed : ui.ask(prompt);
      typed = null;
      String cmd = line.strip().toLowerCase(Locale.ROOT);
      switch (cmd) {
        case "?", ":hint", ":h" -> {
          if (t.hints < ex.hints().size()) {
            ui.hint(t.hints + 1, ex.hints().size(), ex.hints().get(t.hints));
            t.hints++;
            t.tried = true;
          } else {
            ui.notice(
                (ex.hints().isEmpty() ? "This exercise has no hints." : "That was the last hint.")
                    + (!Kind.of(ex).graded()
                        ? ""
                        : " Type :show to see the answer (it counts as" + " a miss), or :skip."));
          }
        }
        case ":show" -> {
          int left = ex.hints().size() - t.hints;
          if (left > 0 && !t.showAsked && Kind.of(ex).graded()) {
            // The ladder first: a nudge often beats being told. Asking again shows it anyway.
            t.showAsked = true;
            ui.say(
                (left == 1 ? "1 hint is" : left + " hints are")
                    + " left: ? for the next one, or :show again"
                    + " to see the answer now (it counts as a miss).");
          } else {
            throw new ShowAnswer();
          }
        }
        case ":skip", ":s" -> {
          if (t.tried && Kind.of(ex).graded()) {
            ui.skipped(t.expected(), ex.explanation());
          } else {
            ui.skipped(null, "");
          }
          throw new SkipExercise();
        }
        case ":quit", ":q", ":exit" -> throw new SessionEnd(SessionEnd.Cause.QUIT);
        default -> {
          if (cmd.startsWith(":") && extra.handle(cmd)) {
            // The command put another exercise first (:undo: the one it took back).
            if (leave.getAsBoolean()) throw new SkipExercise();
            if (cmd.equals(":example")) t.sawExample = true;
            if (cmd.equals(":lesson") || cmd.equals(":resources")) t.readLesson = true;
            continue;
          }
          if (SESSION_COMMANDS.contains(cmd)) {
            // A study session's command where none runs (placement, pack preview): never an answer.
            ui.notice(
                (cmd.equals(":help") ? "" : cmd + " does not apply here, only in tutor study. ")
                    + "Here: ? for a hint, :show for the answer, :skip, :quit.");
            continue;
          }
          Optional<String> meant = misspeltCommand(cmd, t);
          if (meant.isPresent()) {
            // ":exmaple" was graded as a wrong answer (and rated Again): a slip on a command is no
            // answer.
            ui.notice(
                cmd + ": no such command; did you mean " + meant.get() + "? (:help lists them)");
            continue;
          }
          if (!cmd.isEmpty()) t.tried = true;
          return line;
        }
      }
    }
  }

  /** The commands a learner types in full, for "did you mean" after a slip. */
  private static final List<String> SPELLED_COMMANDS =
      List.of(
          ":hint",
          ":show",
          ":skip",
          ":quit",
          ":exit",
          ":dispute",
          ":undo",
          ":why",
          ":lesson",
          ":example",
          ":resources",
          ":help");

  /**
   * The command a line like ":lesosn" was meant to be: one word after the colon, of at least three
   * letters, one slip from a command (two for longer ones). Never where an answer may start with
   * ':' (":wq", ":edit" in a vim pack): there such a line is an answer.
   */
  private Optional<String> misspeltCommand(String cmd, Tries t) {
    if (!cmd.matches(":[a-z]{3,}")) return Optional.empty();
    if (t.expected().strip().startsWith(":")) return Optional.empty();
    int allowed = cmd.length() <= 5 ? 1 : 2;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : SPELLED_COMMANDS) {
      int d = EditDistance.withTranspositions(cmd, c);
      if (d <= allowed && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * An answer of several lines (SQL): the first line may be a session command; more lines follow
   * until one ends with {@code ;} or is empty. Where input comes as whole answers (JSON lines) the
   * first line is the answer. {@code :quit} on a later line still ends the session (no query has a
   * line that is only that): a learner who started a query and wants out is not graded on half of
   * it.
   */
  private String askLines(Tries t) throws SkipExercise, SessionEnd, ShowAnswer {
    String command = null;
    while (true) {
      StringBuilder answer = new StringBuilder(askWithCommands(t, "", command));
      command = null;
      while (!answer.toString().isBlank() && !answer.toString().stripTrailing().endsWith(";")) {
        String more = ui.askMore("...");
        if (more == null || more.isBlank()) break;
        String line = more.strip().toLowerCase(Locale.ROOT);
        if (QUIT.contains(line)) throw new SessionEnd(SessionEnd.Cause.QUIT);
        if (isCommand(line, t)) {
          // "?" or ":skip" typed on a later line was graded as part of the query ("near "?":
          // syntax error"): no query has a line that is only a command. The query so far is
          // dropped and the command runs as at the first prompt.
          command = more;
          break;
        }
        answer.append('\n').append(more);
      }
      if (command == null) return answer.toString();
    }
  }

  /** A line that is a session command (or a slip on one), never a line of an answer. */
  private boolean isCommand(String line, Tries t) {
    return line.equals("?")
        || line.equals(":h")
        || line.equals(":s")
        || SPELLED_COMMANDS.contains(line)
        || misspeltCommand(line, t).isPresent();
  }

  private Integer askConfidence() throws SessionEnd {
    while (true) {
      String line = ui.ask(tutor.profile.Confidence.PROMPT);
      if (line.strip().equalsIgnoreCase(":quit")) throw new SessionEnd(SessionEnd.Cause.QUIT);
      var c = tutor.profile.Confidence.parse(line);
      if (c.isPresent()) return c.get().value();
      ui.notice("Type 1 (guessing), 2 (fairly sure) or 3 (sure).");
    }
  }

  private boolean askYesNo(String prompt) throws SessionEnd {
    while (true) {
      String line = ui.ask(prompt).strip().toLowerCase(Locale.ROOT);
      if (line.equals("y") || line.equals("yes")) return true;
      if (line.equals("n") || line.equals("no")) return false;
      if (line.equals(":quit") || line.equals(":q")) throw new SessionEnd(SessionEnd.Cause.QUIT);
      ui.notice("Type y to count it as right, n to count it as wrong.");
    }
  }

  private Rating askRating(CardState card, long fuzzSeed) throws SessionEnd {
    Instant now = clock.instant();
    Map<Rating, ReviewOutcome> preview = scheduler.preview(card, now, fuzzSeed);
    StringBuilder choices = new StringBuilder("How well did you recall it?");
    for (Rating r : Rating.values()) {
      // The choices on a line of their own: wrapped at a narrow screen, one would break in two.
      choices
          .append(r == Rating.AGAIN ? "\n" : " · ")
          .append(r.value())
          .append(' ')
          .append(label(r));
      if (ratingIntervals)
        choices
            .append(' ')
            .append(Durations.compact(Duration.between(now, preview.get(r).card().due())));
    }
    ui.say(choices.toString());
    while (true) {
      String line = ui.ask("1-4").strip().toLowerCase(Locale.ROOT);
      switch (line) {
        case "1", "again" -> {
          return Rating.AGAIN;
        }
        case "2", "hard" -> {
          return Rating.HARD;
        }
        case "3", "good" -> {
          return Rating.GOOD;
        }
        case "4", "easy" -> {
          return Rating.EASY;
        }
        case ":quit", ":q", ":exit" -> throw new SessionEnd(SessionEnd.Cause.QUIT);
        default -> {
          // Session commands (:dispute of the answer before, :undo, :help) work here too.
          if (!line.startsWith(":") || !extra.handle(line))
            ui.notice("Type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).");
        }
      }
    }
  }

  public static String label(Rating r) {
    String n = r.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }
}
