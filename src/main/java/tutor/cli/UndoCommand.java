package tutor.cli;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.store.Learner;
import tutor.store.LearnerLock;
import tutor.store.Store;
import tutor.store.UndoneAnswer;

@Command(
    name = "undo",
    mixinStandardHelpOptions = true,
    description = {
      "Take back your last answer (or the last N): the exercise's schedule, your mastery and the",
      "review log return exactly to what they were. Not while you study in another terminal;",
      "inside a session, :undo takes back that session's answers.",
      "With --count above 1, a backup of the database is made first (tutor backup --list).",
      "Taking back more than your last session's answers asks first (--yes to skip the question)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor undo",
      "  tutor undo --count 3",
      "  tutor undo --count 50 --yes   more than the last session, without being asked"
    })
final class UndoCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "How many answers to take back (default 1).")
  int count = 1;

  @Option(
      names = "--yes",
      description = "Do not ask before taking back more than the last session's answers.")
  boolean yes;

  /** Answers further apart than this belong to different sessions. */
  static final java.time.Duration SESSION_GAP = java.time.Duration.ofHours(1);

  @Override
  public Integer call() {
    if (count < 1 || count > 1000)
      throw new UserException(ExitCodes.BAD_INPUT, "--count must be from 1 to 1000");
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(root.clock().instant());
      // Not while a session of the learner runs: it would take back that session's answers.
      try (LearnerLock lock = LearnerLock.take(store, learner)) {
        // Taking back several answers may reach past the last session: keep a copy first.
        if (count > 1) {
          List<Instant> times = store.lastAnswerTimes(learner.id(), count + 1);
          int session = lastSession(times, SESSION_GAP);
          int reach = Math.min(count, times.size());
          if (reach > session
              && !Confirm.ask(
                  root.ctx,
                  yes,
                  "Take back your last "
                      + reach
                      + " answers, back to "
                      + times.get(reach - 1).atZone(java.time.ZoneId.systemDefault()).toLocalDate()
                      + "? Your last session had "
                      + session
                      + ". (A backup is made first.)",
                  "not taking back "
                      + reach
                      + " answers (more than the "
                      + session
                      + " of your last session)")) {
            return ExitCodes.FAILURE;
          }
          AutoBackup.before(root, "before-undo");
        }
        return undo(store, learner);
      }
    }
  }

  /**
   * How many of the newest answers (times newest first) form the last session: they run back until
   * two answers lie more than {@code gap} apart.
   */
  static int lastSession(List<Instant> newestFirst, java.time.Duration gap) {
    if (newestFirst.isEmpty()) return 0;
    int n = 1;
    while (n < newestFirst.size()
        && java.time.Duration.between(newestFirst.get(n), newestFirst.get(n - 1)).compareTo(gap)
            <= 0) {
      n++;
    }
    return n;
  }

  /**
   * "Undone: your answer to "What does git restore do?" (Mon 2 Mar 10:10)." The learner knows an
   * exercise by its prompt and a time by their own clock, not by an id and an ISO instant.
   */
  static String undoneLine(
      Store store, UndoneAnswer undone, int width, java.time.ZoneId learnersZone) {
    // The learner's clock: their time zone setting, not the machine's.
    var at = undone.answeredAt().atZone(learnersZone);
    String when =
        tutor.session.EnglishDates.shortDate(at.toLocalDate())
            + String.format(" %02d:%02d", at.getHour(), at.getMinute());
    String head = "Undone: your answer to \"";
    String tail = "\" (" + when + ").";
    String prompt = promptOf(store, undone.card());
    // One line when the prompt fits; else two at most, broken between words (at 50 columns the
    // terminal cut "(Sun 13 D|ec 14:00)").
    int oneLine = width - 1 - head.length() - tail.length();
    String line =
        head
            + DueText.shorten(
                prompt, Math.max(oneLine, 2 * (width - 1) - head.length() - tail.length() - 8))
            + tail;
    return String.join("\n", TextRows.wrap(line, width));
  }

  /** The exercise's prompt; its id when it has none or is no longer installed. */
  static String promptOf(Store store, tutor.pack.CardKey card) {
    return store
        .exercise(card)
        .map(tutor.pack.Exercise::prompt)
        .filter(p -> !p.isBlank())
        .orElse(card.exerciseId());
  }

  private int undo(Store store, Learner learner) {
    int done = 0;
    for (int i = 0; i < count; i++) {
      Optional<UndoneAnswer> u = store.undoLast(learner.id());
      if (u.isEmpty()) break;
      done++;
      root.ctx
          .out()
          .println(
              undoneLine(
                  store,
                  u.get(),
                  TerminalWidth.of(root.ctx),
                  Learners.setup(store, learner).settings().day().zone()));
    }
    if (done == 0) {
      root.ctx.err().println("tutor: there is no answer to undo");
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }
}
