package tutor.terminal;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Skill;
import tutor.session.Durations;
import tutor.session.ExerciseRunner;
import tutor.session.ExerciseScreen;
import tutor.session.FeedbackScreen;
import tutor.session.LessonScreen;
import tutor.session.SessionEnd;
import tutor.session.SessionSummary;
import tutor.session.StudyUi;

/** The study session on a console: a terminal with JLine, or plain lines when piped. */
public final class ConsoleUi implements StudyUi {
  private final LineInput input;
  private final PrintWriter out;
  private final Style style;
  private final java.util.function.Supplier<Instant> now;

  /** The session's time budget (--minutes), for a countdown; null: elapsed time is shown. */
  private java.time.Duration timeBudget;

  /** A verdict is on the screen that the learner may not have read yet. */
  private boolean feedbackShown;

  /** Rows printed since the learner last pressed a key: what a lesson must not scroll away. */
  private int unread;

  /** The exercise being answered, to show again after a lesson asked for at its prompt. */
  private ExerciseScreen open;

  /** The hints (and a flashcard's answer) given on the open exercise, shown again with it. */
  private final List<String> hintsGiven = new ArrayList<>();

  public ConsoleUi(
      LineInput input, PrintWriter out, Style style, java.util.function.Supplier<Instant> now) {
    this.input = input;
    this.out = out;
    this.style = style;
    this.now = now;
  }

  /** Counts the session's time down from this budget instead of up from zero. */
  public ConsoleUi timeBudget(java.util.Optional<java.time.Duration> budget) {
    this.timeBudget = budget.orElse(null);
    return this;
  }

  @Override
  public boolean interactive() {
    return input.interactive();
  }

  /** Rows of the screen that {@code lines} take at the terminal's width. */
  private int rows(List<String> lines) {
    int width = Math.max(1, input.width());
    int n = 0;
    for (String s : lines)
      for (String line : s.split("\n", -1))
        n += Math.max(1, (Wrap.columns(line) + width - 1) / width);
    return n;
  }

  /**
   * Lines printed while this is set are kept here instead, to be measured before they are shown.
   */
  private List<String> capture;

  private List<String> captured(Runnable print) {
    List<String> kept = new ArrayList<>();
    capture = kept;
    try {
      print.run();
    } finally {
      capture = null;
    }
    return kept;
  }

  private void println(String s) {
    if (capture != null) {
      capture.add(s);
      return;
    }
    out.println(s);
    int width = Math.max(1, input.width());
    for (String line : s.split("\n", -1))
      unread += Math.max(1, (Wrap.columns(line) + width - 1) / width);
  }

  /**
   * A code span as CommonMark reads one: a run of backticks, then the code, then a run of as many
   * (so that `` `date` `` shows the backticks it holds, as the lesson's renderer does).
   */
  private static final java.util.regex.Pattern CODE_SPAN =
      java.util.regex.Pattern.compile("(?<!`)(`+)(?!`)([^\n]+?)(?<!`)\\1(?!`)");

  /** A code span's code: one space each side is taken off when both are there (CommonMark). */
  private static String spanCode(String inner) {
    return inner.length() >= 2 && inner.startsWith(" ") && inner.endsWith(" ") && !inner.isBlank()
        ? inner.substring(1, inner.length() - 1)
        : inner;
  }

  /**
   * A pack's `code` in a why or a hint as its lesson shows it: in colour without the backticks
   * (they showed as typed, beside a lesson that had none); words-only mode keeps one pair (or none
   * around code that holds backticks itself, which show).
   */
  private String code(String text) {
    return code(text, s -> s);
  }

  /** The same, for text in a style of its own (a bold question): the style goes on after code. */
  private String code(String text, java.util.function.UnaryOperator<String> around) {
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher m = CODE_SPAN.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) out.append(around.apply(text.substring(at, m.start())));
      String code = spanCode(m.group(2));
      if (style.color()) out.append(around.apply(style.cyan(code)));
      else out.append(around.apply(code.contains("`") ? code : "`" + code + "`"));
      at = m.end();
    }
    if (at < text.length()) out.append(around.apply(text.substring(at)));
    return out.toString();
  }

  /**
   * The options as shown: their `code` as a why's, unless two would then read alike ("Berlin" and
   * "`Berlin`" in SQL's quoting question, both shown as Berlin): then each as it is written.
   */
  private List<String> items(List<String> raw) {
    List<String> shown = raw.stream().map(this::code).toList();
    long distinct =
        shown.stream()
            .map(t -> org.jline.utils.AttributedString.fromAnsi(t).toString())
            .distinct()
            .count();
    return distinct == shown.size() ? shown : raw;
  }

  private void para(String text, String indent) {
    println(Wrap.text(text, input.width(), indent));
  }

  /** The learner pressed a key: what was on the screen has been seen. */
  private void seen() {
    unread = 0;
    feedbackShown = false;
    notesShown = false;
  }

  /**
   * Lines before the session (who studies, the goal, today's progress) not yet seen: like a
   * verdict, they are read before the first question pushes them off the top.
   */
  private boolean notesShown;

  @Override
  public void exercise(ExerciseScreen s) throws SessionEnd {
    if ((feedbackShown || notesShown) && input.interactive()) {
      // The question and its prompt line would push the verdict's first line off the top: the
      // verdict is read first, as before a lesson. So is the start of a session (a narrow screen
      // and a long question: the goal's first line went).
      int question = rows(captured(() -> show(s))) + 1;
      if (unread + question > input.height()) {
        out.flush();
        // What is typed there is not lost: a command runs there, the start of an answer waits at
        // the question's prompt.
        pause(feedbackShown ? "-- Enter for the next question --" : "-- Enter to start --", true);
        // :undo at the pause: the exercise it took back comes before this one, not under it.
        if (atPause != null && atPause.anotherFirst()) return;
      }
    }
    feedbackShown = false;
    notesShown = false;
    open = s;
    hintsGiven.clear();
    show(s);
  }

  /** The session's commands where a pause after a verdict takes them; null: none there. */
  private ExerciseRunner.ExtraCommands atPause;

  @Override
  public void commandsAtPause(ExerciseRunner.ExtraCommands commands) {
    this.atPause = commands;
  }

  /**
   * Waits at a pause until a key ends it: a command typed there (":dispute" under the verdict that
   * offers it) runs, its words are shown, and the pause goes on.
   */
  private LineInput.PageKey pause(String status, boolean carryTyping) throws SessionEnd {
    while (true) {
      LineInput.Pause p = input.pause(style.dim(status), carryTyping);
      seen();
      if (p.command() == null) return p.key();
      String cmd = p.command().toLowerCase(java.util.Locale.ROOT);
      if (atPause == null || !atPause.handle(cmd)) {
        notice(
            cmd
                + " does not apply here. At this pause: :dispute, :undo, :why (of the answer"
                + " above), :quit.");
      }
      out.flush();
    }
  }

  @Override
  public void questionAgain() {
    if (open == null || !input.interactive()) return;
    // A message took the question's place on the screen (:undo): it comes back, with the hints
    // and a flashcard's answer given so far, as after a lesson.
    show(open);
    for (String hint : hintsGiven) para(hint, "");
    out.flush();
  }

  private void show(ExerciseScreen s) {
    println("");
    para(style.dim(progress(s)), "");
    Exercise ex = s.exercise();
    String text = Kind.of(ex).text();
    if (!text.isEmpty()) {
      if (!ex.prompt().isBlank()) para(code(ex.prompt(), style::bold), "");
      para(text, "  ");
    } else {
      para(code(ex.prompt(), style::bold), "");
    }
    // A terminal cannot show a picture or play a sound: it names the file, in the pack.
    for (String m : ex.media()) println(style.dim(tutor.pack.Media.label(m)));
    List<String> items = items(s.shownItems());
    for (int i = 0; i < items.size(); i++) {
      // A choice that wraps goes on under its own text, not under its number: at 50 columns
      // "  1) Every file in the directory, including" / "  untracked ones" read as two choices.
      String number = "  " + (i + 1) + ") ";
      List<String> lines = Wrap.lines(items.get(i), input.width() - number.length(), "");
      println(number + lines.get(0));
      for (String more : lines.subList(1, lines.size()))
        println(" ".repeat(number.length()) + more);
    }
    String how = instructions(ex);
    if (ex.hints().size() == 1) how += " (? for a hint)";
    else if (ex.hints().size() > 1) how += " (? for a hint, " + ex.hints().size() + " in all)";
    para(style.dim(how), "");
    out.flush();
  }

  @Override
  public void lesson(LessonScreen l) throws SessionEnd {
    boolean beforePractice = open == null && l.part() == LessonScreen.Part.LESSON;
    List<String> lines = lessonLines(l, style, input.width());
    int room = input.height() - 1 - unread;
    if (input.interactive() && (feedbackShown || room < 5)) {
      // A lesson fills the screen: the verdict, the answer and its why must be read before it goes.
      out.flush();
      LineInput.PageKey go = pause("-- Enter for the lesson --", false);
      room = input.height() - 1;
      if (go == LineInput.PageKey.QUIT && beforePractice) return;
      // :undo at the pause: the exercise it took back comes before this lesson's.
      if (atPause != null && atPause.anotherFirst()) return;
    }
    Pager.End end =
        new Pager(input, out, style)
            .show(
                lines,
                room,
                beforePractice
                    ? "Enter to practise"
                    : open != null ? "Enter for the question" : "Enter to go on",
                beforePractice ? "skip" : "close");
    // Skipped, its page stood cut mid-sentence right above the first question, read as the
    // lesson's end: say it was skipped, and how to read it.
    if (end == Pager.End.QUIT && beforePractice)
      para(style.dim("Lesson skipped: :lesson shows it again."), "");
    seen();
    // The lesson took the question's place on the screen: it comes back, with the hints given.
    questionAgain();
  }

  /**
   * A lesson, its worked examples or its resources as lines: in a session and for `tutor lesson`.
   */
  public static List<String> lessonLines(LessonScreen l, Style style, int width) {
    List<String> lines = new ArrayList<>();
    Skill skill = l.skill().skill();
    String heading = skill.title();
    String lesson = l.part() == LessonScreen.Part.LESSON ? skill.lesson() : "";
    // A lesson that opens with the skill's title as its heading had it twice on its first page,
    // in the line above and as the heading: the line above says it, the heading goes.
    java.util.regex.Matcher first = FIRST_HEADING.matcher(lesson);
    if (first.lookingAt()
        && !loose(heading).isEmpty()
        && loose(first.group(1)).startsWith(loose(heading))) {
      heading = first.group(1).strip(); // "NULL: the missing value" for the skill "NULL"
      lesson = lesson.substring(first.end());
    }
    lines.add("");
    for (String head :
        Wrap.lines(
            l.why() + ": " + l.packTitle() + (style.symbols() ? " › " : ", ") + heading,
            width,
            "")) {
      lines.add(style.dim(head));
    }
    if (!lesson.isBlank()) lines.addAll(MarkdownRenderer.render(lesson, style, width));
    if (l.part() != LessonScreen.Part.RESOURCES) {
      int n = 0;
      for (Skill.WorkedExample ex : skill.workedExamples()) {
        n++;
        // Steps are Markdown like the lesson (inline code, emphasis): render them the same way.
        StringBuilder md =
            new StringBuilder("**Worked example")
                .append(skill.workedExamples().size() > 1 ? " " + n : "")
                .append(":** ")
                .append(ex.problem())
                .append("\n\n");
        int step = 0;
        for (String s : ex.steps()) md.append(++step).append(". ").append(s).append('\n');
        md.append("\n**Answer:** ").append(ex.answer()).append('\n');
        lines.add("");
        lines.addAll(MarkdownRenderer.render(md.toString(), style, width));
      }
    }
    if (l.part() == LessonScreen.Part.RESOURCES) {
      lines.add("");
      lines.add(style.bold("More on " + skill.title() + ":"));
      for (Skill.Resource r : skill.resources()) {
        String lic = r.license().isBlank() ? "" : ", " + r.license();
        // The title continued under itself, past the bullet; the address whole on its own line,
        // at the left edge if it is too long for the indentation: an address broken and indented
        // cannot be clicked or copied.
        String bullet = "  " + (style.symbols() ? "• " : "- ");
        String whole = bullet + r.title() + " (" + r.kind() + lic + "): " + r.url();
        if (Wrap.columns(whole) < width) {
          lines.add(whole);
          continue;
        }
        List<String> title =
            new ArrayList<>(Wrap.lines(r.title() + " (" + r.kind() + lic + "):", width, "    "));
        title.set(0, bullet + title.get(0).substring(4));
        lines.addAll(title);
        lines.add(Wrap.columns(r.url()) + 4 < width ? "    " + r.url() : r.url());
      }
    }
    return lines;
  }

  /** A Markdown heading of the first level on the lesson's first line ("# Branching"). */
  private static final java.util.regex.Pattern FIRST_HEADING =
      java.util.regex.Pattern.compile("\\s*#[ \\t]+([^\\n]*?)[ \\t#]*(?:\\n|\\z)");

  /** A title as compared: letters and digits only, lower case. */
  private static String loose(String title) {
    return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * The narrowest terminal whose header has the progress bar. Decided by the width alone, once for
   * every question: a bar dropped whenever one question's title was long came and went between
   * questions at 80 columns. Where it is shown, the other parts give way first.
   */
  static final int BAR_COLUMNS = 70;

  /** The exercise's header line: the pack left out, then the title cut, when it would not fit. */
  private String progress(ExerciseScreen s) {
    boolean bar = input.width() >= BAR_COLUMNS;
    String line = progress(s, bar, true);
    if (Wrap.columns(line) <= input.width()) return line;
    line = progress(s, bar, false);
    int over = Wrap.columns(line) - input.width();
    String title = s.skillTitle();
    if (over > 0 && title.length() > over + 6) {
      // Still too wide (a long title, "learning step", the time left): the title gives way, cut
      // with an ellipsis, rather than the line wrapping in the middle of "15 min left".
      String more = style.symbols() ? "…" : "...";
      String cut = title.substring(0, title.length() - over - more.length()).stripTrailing() + more;
      line =
          progress(
              new ExerciseScreen(
                  s.number(),
                  s.planned(),
                  s.packTitle(),
                  cut,
                  s.reason(),
                  s.elapsed(),
                  s.exercise(),
                  s.shownItems(),
                  s.packId(),
                  s.predictedSuccess(),
                  s.why()),
              bar,
              false);
    }
    return line;
  }

  private String progress(ExerciseScreen s, boolean withBar, boolean withPack) {
    String pack = withPack ? s.packTitle() : "";
    String what =
        switch (s.reason()) {
          // Not the words of a skill's level (new, learning, learned): next to the skill's title,
          // "Pipes · learning" read as the skill's level just after "Pipes: learned -> mastered".
          case NEW -> "new exercise";
          case DUE -> "review";
          case LEARNING, LEARN_AHEAD -> "learning step";
          case REMEDIATION -> "back to basics";
          case FADING, KEEP -> "refresh";
          case CRAM -> "cram";
          // A goal's deadline, set with goal add --by: an exam or not, so not "exam prep".
          case EXAM -> "deadline review";
        };
    String clock =
        timeBudget == null ? soFar(s.elapsed()) : minutesLeft(timeBudget.minus(s.elapsed()));
    if (s.planned() <= 0
        && s.packTitle().isBlank()) { // open-ended (placement): no plan to show progress against
      return "Question " + s.number() + (style.symbols() ? " · " : " - ") + s.skillTitle();
    }
    if (s.planned() <= 0) { // no plan to count against: the number alone, no made-up total
      return (style.symbols()
              ? "#"
                  + s.number()
                  + "  "
                  + (pack.isEmpty() ? "" : pack + " › ")
                  + s.skillTitle()
                  + " · "
                  + what
                  + (clock.isEmpty() ? "" : " · ")
              : "Exercise "
                  + s.number()
                  + " - "
                  + (pack.isEmpty() ? "" : pack + ", ")
                  + s.skillTitle()
                  + " ("
                  + what
                  + ")"
                  + (clock.isEmpty() ? "" : " - "))
          + clock;
    }
    if (!style.symbols()) {
      return "Exercise "
          + s.number()
          + " of "
          + s.planned()
          + " - "
          + (pack.isEmpty() ? "" : pack + ", ")
          + s.skillTitle()
          + " ("
          + what
          + ")"
          + (clock.isEmpty() ? "" : " - " + clock);
    }
    int width = 10;
    int done =
        Math.min(
            width, (int) Math.round(width * (s.number() - 1) / (double) Math.max(1, s.planned())));
    String bar = "▰".repeat(done) + "▱".repeat(width - done);
    return s.number()
        + "/"
        + s.planned()
        + (withBar ? " " + bar : "")
        + "  "
        + (pack.isEmpty() ? "" : pack + " › ")
        + s.skillTitle()
        + " · "
        + what
        + (clock.isEmpty() ? "" : " · " + clock);
  }

  /**
   * The time studied so far, labelled ("12 min so far"), where it says something: at a terminal,
   * from the first full minute on. Piped, a transcript's clock means nothing (its answers come as
   * fast as they are read), and "0:00" beside the first exercise read as a score or a time left.
   */
  private String soFar(java.time.Duration elapsed) {
    long minutes = elapsed.toMinutes();
    if (!input.interactive() || minutes < 1) return "";
    return Durations.words(java.time.Duration.ofMinutes(minutes)) + " so far";
  }

  /** "3 min left", "under a minute left": a session with --minutes counts down, not up. */
  static String minutesLeft(java.time.Duration left) {
    long m = (long) Math.ceil(Math.max(0, left.toSeconds()) / 60.0);
    return m <= 1
        ? (left.toSeconds() <= 60 ? "under a minute left" : "1 min left")
        : m + " min left";
  }

  private static String instructions(Exercise ex) {
    return Kind.of(ex).instructions();
  }

  @Override
  public String ask(String prompt) throws SessionEnd {
    out.flush();
    if (!input.interactive()) {
      // Piped: no prompt to type at, but say what is asked so the transcript reads well.
      if (!prompt.isEmpty()) println(prompt);
      out.flush();
      seen();
      return input.readLine("");
    }
    try {
      return input.readLine(style.cyan(prompt.isEmpty() ? "> " : prompt + " > "));
    } finally {
      seen(); // a prompt after the verdict: it has been seen
    }
  }

  @Override
  public String lastChance(String prompt) throws SessionEnd {
    if (input.interactive()) return ask(prompt);
    out.flush();
    return input.readLine("");
  }

  @Override
  public void hint(int number, int total, String text) {
    String hint = style.yellow("Hint " + number + " of " + total + ": ") + code(text);
    hintsGiven.add(hint);
    para(hint, "");
    out.flush();
  }

  @Override
  public void notice(String message) {
    para(style.yellow(message), "");
    out.flush();
  }

  /** A quiet line before the session (who studies, the commands, a goal): wrapped, dim. */
  public void note(String text) {
    para(style.dim(text), "");
    out.flush();
    notesShown = true;
  }

  @Override
  public int width() {
    return input.width();
  }

  @Override
  public void say(String text) {
    para(text, "");
    out.flush();
  }

  /**
   * A verdict in words outside a study session (placement's "Not quite; the answer is ..."): like a
   * study verdict, one that shows the answer is read before the next question pushes it off the top
   * (at 50x20 an SQL question and its tables took the whole screen at once).
   */
  public void verdict(String said, boolean showsTheAnswer) {
    String text = arrows(said);
    int cut = text.indexOf('\n');
    if (cut < 0) {
      para(text, "");
    } else {
      // "Not quite; the answer is:" and the answer's lines as code (a query of several lines).
      para(text.substring(0, cut), "");
      codeLines(text.substring(cut + 1), s -> s);
    }
    if (showsTheAnswer) feedbackShown = true;
    out.flush();
  }

  @Override
  public void flashcardBack(String back) {
    String line = style.bold("Answer: ") + back;
    hintsGiven.add(line); // shown again with the card, as the hints are
    para(line, "");
    out.flush();
  }

  @Override
  public void nearMiss(tutor.grade.NearMiss n) {
    // Printed as cut to the width, not re-wrapped at spaces: the caret must stay under its letter.
    for (String line : n.lines(input.width())) println(line);
    out.flush();
  }

  @Override
  public void feedback(FeedbackScreen f) throws SessionEnd {
    open = null;
    List<String> lines = captured(() -> verdict(f));
    if (input.interactive() && rows(lines) > input.height() - 1) {
      // Taller than the screen (a wrong query's result tables): paged, its top read first.
      out.flush();
      List<String> screenLines = new ArrayList<>();
      for (String l : lines) screenLines.addAll(List.of(l.split("\n", -1)));
      new Pager(input, out, style).show(screenLines, input.height() - 1, null, "close");
      seen();
      unread = rows(lastPage(screenLines));
    } else {
      for (String l : lines) println(l);
    }
    feedbackShown = true;
    out.flush();
  }

  /**
   * What the pager leaves on the screen after its last page: the lines that fit above the prompt.
   */
  private List<String> lastPage(List<String> lines) {
    List<String> page = new ArrayList<>();
    int room = input.height() - 1;
    for (int i = lines.size() - 1; i >= 0 && rows(page) + rows(List.of(lines.get(i))) <= room; i--)
      page.add(0, lines.get(i));
    return page;
  }

  private void verdict(FeedbackScreen f) {
    String expected = arrows(f.expected());
    if (f.correct() == null) {
      println(style.dim("Rated " + ExerciseRunner.label(f.rating()) + "."));
    } else if (f.shown()) {
      para("The answer: " + style.bold(expected), "");
    } else if (f.correct()) {
      println(style.green(join(style.ok(), "Correct.")));
      String label = f.answerLabel().equals("Expected") ? "Answer" : f.answerLabel();
      if (expected.contains("\n")) {
        // A query of several lines under its label, as after a wrong answer: its first line ran on
        // after the label and the rest started at the margin.
        answer(label, expected, style::dim);
      } else if (!expected.isBlank()) {
        para(style.dim(label + ": " + expected), "");
      }
    } else {
      println(style.red(join(style.wrong(), "Not quite.")));
      if (!f.detail().isBlank()) para(f.detail(), "  ");
      tables(f.tables());
      answer(f.answerLabel(), expected, style::bold);
    }
    if (!f.explanation().isBlank()) para("Why: " + code(f.explanation()), "");
    // A flashcard's rating was said just above ("Rated Good."): not twice.
    para(
        style.dim(
            "Next review "
                + f.nextReview()
                + (f.correct() == null
                    ? "."
                    : " (rated " + ExerciseRunner.label(f.rating()) + ").")),
        "");
    // The same arrow as the session's summary draws ("learning → learned" with symbols).
    for (String change : f.changes())
      para(style.green(style.symbols() ? change.replace(" -> ", " → ") : change), "");
    if (f.disputable()) para(style.dim("If you were right, type :dispute."), "");
  }

  /**
   * An order's answer ("2 1 3: Mercury → Venus → Earth") in words only (--plain, piped): the arrows
   * as "->", as the session's level changes are written. NO_COLOR keeps symbols (no-color.org).
   */
  private String arrows(String answer) {
    return style.symbols() ? answer : answer.replace(" → ", " -> ");
  }

  /** The answer under its label: a query of several lines keeps its lines. */
  private void answer(
      String label, String expected, java.util.function.UnaryOperator<String> look) {
    if (expected.contains("\n")) {
      println(label + ":");
      codeLines(expected, look);
    } else {
      para(label + ": " + look.apply(expected), "");
    }
  }

  /**
   * An answer of several lines (a query, a script) under its label, two spaces in: code, so a line
   * wider than the screen is never reflowed as words (its rest read as a line of its own, "JOIN
   * customers c ON c.customer_id =" / "o.customer_id" at 50 columns) but broken and continued
   * behind a mark, as a lesson's code is ({@link MarkdownRenderer#codeLine}).
   */
  private void codeLines(String code, java.util.function.UnaryOperator<String> look) {
    for (String line : code.split("\n", -1))
      for (String piece : MarkdownRenderer.codeLine(line, input.width() - 2, style.symbols()))
        println(piece.isBlank() ? "" : "  " + look.apply(piece));
  }

  /**
   * The rows that explain a wrong result: the learner's and the expected as small tables cut to the
   * width, then the missing and extra rows.
   */
  private void tables(List<tutor.grade.ResultTable> tables) {
    for (tutor.grade.ResultTable t : tables) {
      List<String> lines = t.lines(input.width(), "  ");
      println("  " + style.dim(lines.get(0)));
      for (String line : lines.subList(1, lines.size())) println(line);
    }
  }

  @Override
  public String askMore(String prompt) throws SessionEnd {
    out.flush();
    try {
      return input.readLine(input.interactive() ? style.dim(prompt + " ") : "");
    } catch (SessionEnd end) {
      // Input ended inside an answer: grade what came; the next question meets the end again.
      if (end.why() == SessionEnd.Cause.END_OF_INPUT) return null;
      throw end;
    }
  }

  @Override
  public void skipped(String expected, String explanation) {
    open = null;
    if (expected == null) {
      notice("Skipped.");
      return;
    }
    para(style.yellow("Skipped.") + " The answer: " + style.bold(expected), "");
    if (!explanation.isBlank()) para("Why: " + code(explanation), "");
    feedbackShown = true;
    out.flush();
  }

  @Override
  public void disputed(tutor.session.DisputeScreen d) {
    open = null;
    // The exercise by its prompt, cut to the rest of the first line (as `tutor why` names it).
    String head = join(style.ok(), "Counted as right:");
    int room = Math.max(20, input.width() - 1 - Wrap.columns(head) - 3);
    para(style.green(head) + " \"" + tutor.session.ShortText.shorten(d.prompt(), room) + "\"", "");
    para("Your answer " + quoted(d.answer()) + " is noted as disputed for the pack's author.", "");
    para(
        style.dim(
            "Next review " + d.nextReview() + " (rated " + ExerciseRunner.label(d.rating()) + ")."),
        "");
    // The same arrow as a verdict's level change: "learning -> mastered" under a dispute read as
    // another program's.
    for (String change : d.changes())
      para(style.green(style.symbols() ? change.replace(" -> ", " → ") : change), "");
    feedbackShown = true;
    out.flush();
  }

  private static String quoted(String answer) {
    return "'" + answer.strip() + "'";
  }

  private static String join(String symbol, String text) {
    return symbol.isEmpty() ? text : symbol + " " + text;
  }

  @Override
  public void summary(SessionSummary s) {
    println("");
    if (!s.stopReason().isBlank()) para(s.stopReason(), "");
    if (s.answered() > 0) {
      para(
          style.bold("Session summary: ")
              + s.answered()
              + " answered, "
              + s.correct()
              + " correct ("
              + s.percentCorrect()
              + (s.timed() ? "%), " + Durations.words(s.time()) + " of study." : "%)."),
          "");
    } else {
      para(style.bold("Session summary: ") + "no exercises answered.", "");
    }
    if (!s.improved().isEmpty()) {
      println(
          s.improved().size() == 1
              ? "Moved up a level:"
              : "Moved up a level (" + s.improved().size() + " skills):");
      String arrow = style.symbols() ? " → " : " -> ";
      for (SessionSummary.LevelUp u : s.improved()) {
        para(
            u.skill()
                + ": "
                + u.from().label()
                + arrow
                + style.green(u.to().label())
                + (u.unlocked() ? " (unlocked)" : ""),
            "  ");
      }
    }
    // Said after the miss that did it; said again here, so that the summary is the whole story.
    if (!s.movedBack().isEmpty()) {
      println(
          s.movedBack().size() == 1
              ? "Moved back a level:"
              : "Moved back a level (" + s.movedBack().size() + " skills):");
      String arrow = style.symbols() ? " → " : " -> ";
      for (SessionSummary.LevelUp u : s.movedBack()) {
        para(
            u.skill()
                + ": "
                + u.from().label()
                + arrow
                + style.yellow(u.to().label())
                + (u.to() == tutor.mastery.Level.LOCKED ? " (locked again)" : ""),
            "  ");
      }
    }
    if (!s.comeBack().isBlank()) para(s.comeBack(), "");
    out.flush();
  }
}
