package tutor.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.grade.Presentation;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardState;
import tutor.session.AnswerLoop;
import tutor.session.ExerciseRunner;
import tutor.session.ExerciseScreen;
import tutor.session.LessonScreen;
import tutor.session.Pick;
import tutor.session.SessionEnd;
import tutor.session.SkipExercise;
import tutor.study.StudyContext;
import tutor.terminal.ConsoleUi;
import tutor.terminal.LineInput;
import tutor.terminal.PipedInput;
import tutor.terminal.Style;

@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    description = {
      "Show exercises and lessons as a learner sees them; nothing is installed.",
      "",
      "Shows exercises and lessons exactly as a learner sees them, without",
      "installing the pack or touching any learner's data. With --answer, also the",
      "feedback screen for that answer, from the real grader (and the interval a",
      "first answer would get). Choice options and order items are shuffled with",
      "--seed (default 1), so the same command always shows the same order.",
      "",
      "Without --exercise or --skill, every skill is shown in teaching order: its",
      "lesson, worked examples and resources, then its exercises."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack preview content/unix-shell --skill pipes",
      "  tutor pack preview . --exercise red-planet",
      "  tutor pack preview . --exercise red-planet --answer Mars",
      "  tutor pack preview . --exercise water-formula --answer 'H2O | hydrogen'",
      "  tutor pack preview . --exercise planet-count --answer 3   (a flashcard rating)"
    })
final class PackPreviewCommand implements Callable<Integer> {
  @ParentCommand PackCommand parent;

  @Parameters(
      paramLabel = "PATH",
      description = "A pack directory (with pack.yaml) or a .zip of one.")
  Path path;

  @Option(names = "--exercise", paramLabel = "ID", description = "Show only this exercise.")
  String exerciseId;

  @Option(
      names = "--skill",
      paramLabel = "ID",
      description = "Show this skill's lesson, then its exercises.")
  String skillId;

  @Option(
      names = "--answer",
      paramLabel = "TEXT",
      description =
          "Answer the exercise (needs --exercise) and show the feedback. Type it as a learner"
              + " would: option numbers for choice and order, gaps separated by |, 1-4 to rate a"
              + " flashcard.")
  String answer;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Shuffle seed for options and items (default 1).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    if (answer != null && exerciseId == null) {
      throw new UserException(
          ExitCodes.BAD_INPUT, "--answer needs --exercise ID: the exercise to answer");
    }
    if (exerciseId != null && skillId != null) {
      throw new UserException(ExitCodes.BAD_INPUT, "give --exercise or --skill, not both");
    }
    TutorCommand root = parent.root;
    try (PackSource src = PackSource.open(path)) {
      Pack pack = AuthoringInput.readValid(src, path.toString(), root.ctx.err()).pack();
      Preview preview =
          new Preview(
              pack, root.ctx.out(), root.style(), root.clock(), seed, TerminalWidth.of(root.ctx));
      if (exerciseId != null) {
        Exercise e =
            pack.exercises().stream()
                .filter(x -> x.id().equals(exerciseId))
                .findFirst()
                .orElseThrow(
                    () ->
                        unknown(
                            "exercise",
                            exerciseId,
                            pack.exercises().stream().map(Exercise::id).toList()));
        return preview.exercise(e, 1, 1, answer);
      }
      List<Skill> skills = pack.skills();
      if (skillId != null) {
        skills = pack.skills().stream().filter(s -> s.id().equals(skillId)).toList();
        if (skills.isEmpty())
          throw unknown("skill", skillId, pack.skills().stream().map(Skill::id).toList());
      }
      List<Exercise> chosen = new ArrayList<>();
      for (Skill s : skills) {
        for (Exercise e : pack.exercises()) if (e.skills().get(0).equals(s.id())) chosen.add(e);
      }
      int n = 0;
      for (Skill s : skills) {
        preview.lesson(s);
        for (Exercise e : pack.exercises()) {
          if (e.skills().get(0).equals(s.id())) preview.exercise(e, ++n, chosen.size(), null);
        }
      }
      return ExitCodes.OK;
    }
  }

  private UserException unknown(String what, String id, List<String> known) {
    String near =
        known.stream()
            .min(java.util.Comparator.comparingInt(k -> tutor.grade.EditDistance.between(k, id)))
            .filter(
                k ->
                    tutor.grade.EditDistance.between(k, id) <= Math.max(2, id.length() / 3)
                        || k.startsWith(id))
            .or(() -> known.stream().filter(k -> k.startsWith(id)).findFirst())
            .map(k -> " (did you mean '" + k + "'?)")
            .orElse("");
    return new UserException(ExitCodes.BAD_INPUT, "no " + what + " '" + id + "' in " + path + near);
  }

  /** Shows screens through the learner's console UI; nothing is recorded anywhere. */
  private static final class Preview {
    private final Pack pack;
    private final PrintWriter out;
    private final Style style;
    private final Clock clock;
    private final long seed;
    private final int width;

    /**
     * @param width the terminal's, as a session fits its screens to it; 80 when piped
     */
    Preview(Pack pack, PrintWriter out, Style style, Clock clock, long seed, int width) {
      this.pack = pack;
      this.out = out;
      this.style = style;
      this.clock = clock;
      this.seed = seed;
      this.width = width;
    }

    /** A console whose input is the given lines (the scripted answer), never the keyboard. */
    private ConsoleUi ui(String script) {
      LineInput piped = new PipedInput(new BufferedReader(new StringReader(script)));
      // Echo each scripted line, so the transcript shows what was answered where.
      LineInput echoed =
          new LineInput() {
            public String readLine(String prompt) throws SessionEnd {
              String line = piped.readLine(prompt);
              out.println(style.cyan("> ") + line);
              return line;
            }

            public boolean interactive() {
              return false;
            }

            public int width() {
              return width;
            }

            public int height() {
              return piped.height();
            }
          };
      return new ConsoleUi(echoed, out, style, clock::instant);
    }

    void lesson(Skill s) throws SessionEnd {
      StoredSkill stored = new StoredSkill(pack.id(), s, pack.skills().indexOf(s));
      ConsoleUi ui = ui("");
      for (LessonScreen.Part part :
          List.of(LessonScreen.Part.LESSON, LessonScreen.Part.RESOURCES)) {
        String why = part == LessonScreen.Part.LESSON ? "Lesson" : "More material";
        LessonScreen screen = new LessonScreen(pack.title(), stored, why, part);
        if (screen.hasContent()) ui.lesson(screen);
      }
      out.flush();
    }

    int exercise(Exercise e, int number, int of, String answer) {
      StoredExercise stored = new StoredExercise(pack.id(), e, 0);
      ExerciseScreen screen =
          new ExerciseScreen(
              number,
              of,
              pack.title(),
              skillTitle(e),
              Pick.Reason.NEW,
              Duration.ZERO,
              e,
              List.of());
      if (answer == null) {
        ConsoleUi ui = ui("");
        Presentation shown = Kind.of(e).present(seed);
        List<String> items = shown.shown(Kind.of(e).items());
        try {
          ui.exercise(
              new ExerciseScreen(
                  number,
                  of,
                  pack.title(),
                  skillTitle(e),
                  Pick.Reason.NEW,
                  Duration.ZERO,
                  e,
                  items));
        } catch (tutor.session.SessionEnd cannot) {
          // only a terminal waits for a key before a question, and a preview prints to a pipe
        }
        out.flush();
        return ExitCodes.OK;
      }
      ConsoleUi ui = ui(script(e, answer));
      // The one answer loop, recording nothing: the feedback a learner would see.
      AnswerLoop loop = StudyContext.preview(ui, clock);
      CardState card = CardState.newCard(clock.instant());
      try {
        loop.answer(
            0, stored, card, screen, seed, seed, new HashMap<>(), new HashMap<>(), (a, r) -> {});
        out.flush();
        return ExitCodes.OK;
      } catch (SkipExercise skipped) {
        out.flush(); // the runner said so
        return ExitCodes.OK;
      } catch (SessionEnd end) {
        out.flush();
        String cmd = answer.strip().toLowerCase(java.util.Locale.ROOT);
        if (ExerciseRunner.SESSION_COMMANDS.contains(cmd)) {
          throw new UserException(
              ExitCodes.BAD_INPUT,
              "'"
                  + cmd
                  + "' does not apply in pack preview (a study session's command, never graded as"
                  + " an answer); give --answer what a learner would type");
        }
        int gaps = Kind.of(e).responses();
        int given = answer.split("\\|", -1).length;
        if (gaps > 1 && given != gaps) {
          // The session only waited for the next gap: nothing above says what was missing.
          throw new UserException(
              ExitCodes.BAD_INPUT,
              "exercise '"
                  + e.id()
                  + "' has "
                  + gaps
                  + " gaps but '"
                  + answer
                  + "' gives "
                  + given
                  + (given == 1 ? " answer" : " answers")
                  + ": separate the gaps' answers with | (--answer '"
                  + String.join("|", java.util.Collections.nCopies(gaps, "..."))
                  + "')");
        }
        throw new UserException(
            ExitCodes.BAD_INPUT,
            "'"
                + answer
                + "' is not an answer of the right shape for"
                + " exercise '"
                + e.id()
                + "' (see the message above)");
      }
    }

    /**
     * The lines a learner would type: Enter then a rating for a flashcard, one line per cloze gap.
     */
    private static String script(Exercise e, String answer) {
      if (!Kind.of(e).graded()) return "\n" + answer.strip() + "\n";
      if (Kind.of(e).responses() > 1) {
        return String.join(
                "\n", List.of(answer.split("\\|", -1)).stream().map(String::strip).toList())
            + "\n";
      }
      return answer + "\n";
    }

    private String skillTitle(Exercise e) {
      String id = e.skills().get(0);
      return pack.skills().stream()
          .filter(s -> s.id().equals(id))
          .map(Skill::title)
          .findFirst()
          .orElse(id);
    }
  }
}
