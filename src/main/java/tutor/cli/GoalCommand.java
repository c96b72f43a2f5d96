package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.goal.Goal;
import tutor.goal.GoalPlan;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;
import tutor.session.LearnerSettings;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.StudyData;

@Command(
    name = "goal",
    mixinStandardHelpOptions = true,
    description = {
      "Goals: what you want to master, by when, and how much a day.",
      "`tutor study` serves your goals first and `tutor goal status` says whether you are on track."
    },
    subcommands = {
      GoalCommand.Add.class,
      GoalCommand.ListGoals.class,
      GoalCommand.Status.class,
      GoalCommand.Remove.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor goal add --pack git --by 2026-03-15",
      "  tutor goal add --pack unix-shell --skill pipes --minutes 20",
      "  tutor goal status",
      "  tutor goal remove 2"
    })
final class GoalCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // A group alone ("tutor pack"): what it offers, as for "tutor" alone.
    spec.commandLine().usage(root.ctx.out());
    return ExitCodes.OK;
  }

  /** Plans for every goal of the current learner, as of now. */
  static List<GoalPlan> plans(Store store, Learner learner, Instant now) {
    return plans(store, learner, Learners.setup(store, learner), now);
  }

  /** Plans for every goal of the learner, with their settings already read. */
  static List<GoalPlan> plans(
      Store store, Learner learner, tutor.study.LearnerSetup setup, Instant now) {
    return tutor.study.StudyContext.plans(store, learner, setup, now);
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add a goal: a pack (or some of its skills, with everything they require), by a date and/or with a daily budget.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  tutor goal add --pack git --by 2026-03-15",
        "  tutor goal add --pack git --unit branching --minutes 20",
        "  tutor goal add --pack unix-shell --skill pipes --exercises 15"
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand GoalCommand parent;

    @Option(names = "--pack", required = true, paramLabel = "ID", description = "The pack.")
    String pack;

    @Option(
        names = "--skill",
        paramLabel = "ID",
        description = "A target skill (repeat for several); default: the whole pack.")
    List<String> skills = new ArrayList<>();

    @Option(
        names = "--unit",
        paramLabel = "ID",
        description =
            "A unit the pack declares (its skills become the target); see: tutor pack list.")
    String unit;

    @Option(
        names = "--by",
        paramLabel = "DATE",
        description = "The date to be done by (2026-03-15).")
    String by;

    @Option(
        names = "--minutes",
        paramLabel = "N",
        description =
            "Minutes a day you mean to study, counted from question to answer (a minute at most"
                + " per answer); a session takes what is left of them today.")
    Integer minutes;

    @Option(
        names = "--exercises",
        paramLabel = "N",
        description = "Exercises a day you mean to do.")
    Integer exercises;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      if (by == null && minutes == null && exercises == null) {
        throw new UserException(
            ExitCodes.BAD_INPUT,
            "give a deadline (--by DATE) and/or a daily budget (--minutes N or --exercises N)");
      }
      if ((minutes != null && (minutes < 1 || minutes > 1440))
          || (exercises != null && (exercises < 1 || exercises > 10_000))) {
        throw new UserException(
            ExitCodes.BAD_INPUT, "--minutes must be 1-1440 and --exercises 1-10000");
      }
      LocalDate deadline = null;
      Instant now = root.clock().instant();
      try (Store store = root.openStore()) {
        Learner learner = store.currentLearner(now);
        LocalDate today = Learners.setup(store, learner).settings().day().dateOf(now);
        if (by != null) {
          try {
            deadline = LocalDate.parse(by.strip());
          } catch (DateTimeParseException e) {
            throw new UserException(
                ExitCodes.BAD_INPUT, "--by '" + by + "' is not a date like 2026-03-15");
          }
          if (!deadline.isAfter(today))
            throw new UserException(
                ExitCodes.BAD_INPUT, "--by must be after today (" + today + ")");
        }
        List<StoredSkill> packSkills =
            store.skills().stream().filter(s -> s.packId().equals(pack)).toList();
        if (packSkills.isEmpty())
          throw new UserException(
              ExitCodes.BAD_INPUT, "no installed pack '" + pack + "' (see: tutor pack list)");
        if (unit != null) {
          if (!skills.isEmpty())
            throw new UserException(ExitCodes.BAD_INPUT, "give --unit or --skill, not both");
          skills = Units.declared(store, pack, unit).skills();
        }
        // Ids, titles or the start of either; the goal keeps the ids.
        skills =
            skills.stream().map(s -> SkillNames.one(packSkills, pack, s).id()).distinct().toList();
        Goal g =
            store
                .goals()
                .add(learner.id(), new Goal(0, pack, skills, deadline, minutes, exercises, now));
        // Fitted to the terminal, as goal status is: at 50 columns a plan line ran past the edge.
        int width = TerminalWidth.forProse(root.ctx);
        java.util.function.Consumer<String> line =
            t -> TextRows.wrap(t, width).forEach(root.ctx.out()::println);
        line.accept("Goal " + g.id() + ": " + Units.describe(store, g) + ".");
        plans(store, learner, now).stream()
            .filter(p -> p.goal().id() == g.id())
            .findFirst()
            .ifPresent(p -> line.accept(p.summary()));
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List your goals.",
      footerHeading = "%nExamples:%n",
      footer = {"  tutor goal list"})
  static final class ListGoals implements Callable<Integer> {
    @ParentCommand GoalCommand parent;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      try (Store store = root.openStore()) {
        Learner learner = store.currentLearner(root.clock().instant());
        List<Goal> goals = store.goals().list(learner.id());
        if (goals.isEmpty())
          root.ctx.out().println("No goals yet. Add one with: tutor goal add --pack ID --by DATE");
        int width = TerminalWidth.forProse(root.ctx);
        for (Goal g : goals)
          TextRows.row(
                  g.id() + "  ",
                  Units.describe(store, g) + (g.metOn() == null ? "" : "; met on " + g.metOn()),
                  width)
              .forEach(root.ctx.out()::println);
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = {
        "Each goal's plan: what remains, the daily pace needed, and whether you are on track, ahead or behind.",
        "The arithmetic is in docs/mastery.md."
      },
      footerHeading = "%nExamples:%n",
      footer = {"  tutor goal status", "  tutor goal status --format json"})
  static final class Status implements Callable<Integer> {
    @ParentCommand GoalCommand parent;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws Exception {
      TutorCommand root = parent.root;
      PrintWriter out = root.ctx.out();
      try (Store store = root.openStore()) {
        Learner learner = store.currentLearner(root.clock().instant());
        tutor.study.LearnerSetup setup = Learners.setup(store, learner);
        LearnerSettings settings = setup.settings();
        List<GoalPlan> plans = plans(store, learner, setup, root.clock().instant());
        LocalDate today = settings.day().dateOf(root.clock().instant());
        // Exams' recall needs each card and its exercise's skills, not the wording: the outline
        // (every exercise read whole cost a 100,000-card learner seconds).
        StudyData data = store.studyOutline(learner.id());
        tutor.schedule.FsrsScheduler scheduler = setup.scheduler();
        if (format == OutputFormat.json) {
          ObjectMapper m = new ObjectMapper();
          ArrayNode arr = m.createArrayNode();
          for (GoalPlan p : plans) {
            ObjectNode o = arr.addObject();
            // A finished goal asks for no pace (the text shows none): its status says why, and
            // the pace's members are null rather than figures that read as work still owed.
            boolean paced = !p.finished();
            o.put("goal", p.goal().id())
                .put("pack", p.goal().packId())
                .put("description", Units.describe(store, p.goal()))
                .put(
                    "deadline", p.goal().deadline() == null ? null : p.goal().deadline().toString())
                .put("status", p.status().name().toLowerCase(java.util.Locale.ROOT))
                // the study day it was first met; it stays met when its skills fade
                .put("met_on", p.goal().metOn() == null ? null : p.goal().metOn().toString())
                .put("days_ahead", paced ? p.daysAhead() : null)
                .put("exercises_left", p.exercisesLeft())
                .put("reviews_per_day", p.reviewsPerDay())
                .put("new_per_day", paced ? p.newPerDay() : null)
                // the pace is a stated default until the learner's answers show theirs
                .put("estimate", paced ? p.estimate() : null)
                .put("seconds_per_exercise", paced ? p.assumed().secondsPerExercise() : null)
                .put(
                    "needed_per_day",
                    !paced || Double.isNaN(p.neededPerDay()) ? null : p.neededPerDay())
                .put(
                    "projected_finish",
                    !paced || p.projectedFinish() == null ? null : p.projectedFinish().toString());
            double[] exam = recallToShow(p, today, data, scheduler, settings);
            if (exam != null) {
              o.put("exam_recall_mean", exam[0])
                  .put("exam_recall_min", exam[1])
                  .put("exam_items_below_target", (int) exam[2])
                  .put("exam_items", (int) exam[3]);
            }
            o.putArray("skills_remaining")
                .addAll(
                    p.remaining().stream()
                        .map(SkillKey::skillId)
                        .map(m.getNodeFactory()::textNode)
                        .toList());
          }
          out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
          return ExitCodes.OK;
        }
        if (plans.isEmpty()) {
          out.println("No goals yet. Add one with: tutor goal add --pack ID --by DATE");
          return ExitCodes.OK;
        }
        java.util.function.IntFunction<List<String>> linesFor =
            width -> {
              List<String> lines = new java.util.ArrayList<>();
              java.util.function.Consumer<String> line = t -> lines.addAll(TextRows.wrap(t, width));
              for (GoalPlan p : plans) {
                line.accept("Goal " + p.goal().id() + ": " + Units.describe(store, p.goal()));
                line.accept("  " + p.summary());
                // A finished goal has no pace or daily need to show.
                if (!p.finished()) line.accept("  " + p.workLine());
                double[] exam = recallToShow(p, today, data, scheduler, settings);
                if (exam != null) {
                  line.accept(
                      String.format(
                          "  predicted recall on %s: mean %d%%, lowest %d%% (%d of %d exercises"
                              + " below %d%%)",
                          p.goal().deadline(),
                          Math.round(exam[0] * 100),
                          Math.round(exam[1] * 100),
                          (int) exam[2],
                          (int) exam[3],
                          Math.round(tutor.session.Picker.DEFAULT_EXAM_RECALL * 100)));
                }
                if (p.status() == GoalPlan.Status.MET) {
                  // Met: what faded is reviewed, what the pack gained since is new.
                  if (!p.fading().isEmpty()) line.accept("  to review: " + toMaster(p.fading()));
                  if (!p.unstudied().isEmpty())
                    line.accept("  new since: " + toMaster(p.unstudied()));
                } else if (!p.remaining().isEmpty()) {
                  line.accept("  to master: " + toMaster(p.remaining()));
                }
              }
              return lines;
            };
        // Two goals took 27 lines at 50x20 and the first scrolled away: a screenful at a time at a
        // terminal, as stats and lessons are; piped, every line as it is.
        if (root.ctx.interactive()) return Paged.print(root, linesFor);
        linesFor.apply(TerminalWidth.forProse(root.ctx)).forEach(out::println);
      }
      return ExitCodes.OK;
    }
  }

  /** The skills a status line names, at most: the next ones to master, then how many more. */
  static final int SKILLS_NAMED = 12;

  /**
   * The skills left to master, the first {@link #SKILLS_NAMED} by name: a whole pack's 500 made a
   * line of 500 ids (100 lines at a terminal). JSON lists them all.
   */
  static String toMaster(List<SkillKey> remaining) {
    List<String> ids = remaining.stream().map(SkillKey::skillId).toList();
    if (ids.size() <= SKILLS_NAMED) return String.join(", ", ids);
    return String.join(", ", ids.subList(0, SKILLS_NAMED))
        + " and "
        + (ids.size() - SKILLS_NAMED)
        + " more (tutor goal status --format json lists them all)";
  }

  /**
   * {@link #examRecall} while the deadline is ahead: recall predicted for a day already past ("on
   * 2026-12-12" read in January) is no prediction. Null otherwise.
   */
  private static double[] recallToShow(
      GoalPlan p,
      LocalDate today,
      StudyData data,
      tutor.schedule.Scheduler scheduler,
      LearnerSettings settings) {
    if (p.goal().deadline() != null && p.goal().deadline().isBefore(today)) return null;
    return examRecall(p, data, scheduler, settings);
  }

  /**
   * Predicted recall at the start of the deadline's day for the goal's seen exercises: {mean, min,
   * how many below the exam aim, how many}; null without a deadline or seen exercises.
   */
  static double[] examRecall(
      GoalPlan p, StudyData data, tutor.schedule.Scheduler scheduler, LearnerSettings settings) {
    if (p.goal().deadline() == null) return null;
    java.time.Instant exam = settings.day().startOf(p.goal().deadline());
    java.util.Set<SkillKey> path = new java.util.HashSet<>(p.path());
    double sum = 0;
    double min = 1;
    int below = 0;
    int n = 0;
    for (tutor.pack.StoredExercise e : data.exercises()) {
      if (!path.contains(new SkillKey(e.packId(), e.exercise().skills().get(0)))) continue;
      tutor.schedule.CardState c = data.cards().get(e.key());
      if (c == null || c.phase() == tutor.schedule.CardPhase.NEW) continue;
      double r = scheduler.retrievability(c, exam);
      sum += r;
      min = Math.min(min, r);
      if (r < tutor.session.Picker.DEFAULT_EXAM_RECALL) below++;
      n++;
    }
    return n == 0 ? null : new double[] {sum / n, min, below, n};
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove a goal (see its number in `tutor goal list`).",
      footerHeading = "%nExamples:%n",
      footer = {"  tutor goal remove 2"})
  static final class Remove implements Callable<Integer> {
    @ParentCommand GoalCommand parent;

    @Parameters(paramLabel = "ID", description = "The goal's number (see: tutor goal list).")
    long id;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      try (Store store = root.openStore()) {
        Learner learner = store.currentLearner(root.clock().instant());
        if (!store.goals().remove(learner.id(), id)) {
          throw new UserException(ExitCodes.BAD_INPUT, "no goal " + id + " (see: tutor goal list)");
        }
        root.ctx.out().println("Removed goal " + id + ".");
      }
      return ExitCodes.OK;
    }
  }
}
