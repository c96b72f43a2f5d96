package tutor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.store.Learner;
import tutor.store.LearnerName;
import tutor.store.Printable;
import tutor.store.Store;

@Command(
    name = "learner",
    mixinStandardHelpOptions = true,
    description = "Several learners can share one database, each with their own progress.",
    subcommands = {
      LearnerCommand.Add.class,
      LearnerCommand.Use.class,
      LearnerCommand.ListLearners.class,
      LearnerDelete.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor learner add sam",
      "  tutor learner use sam",
      "  tutor learner list",
      "  tutor learner delete sam"
    })
final class LearnerCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // A group alone ("tutor pack"): what it offers, as for "tutor" alone.
    spec.commandLine().usage(root.ctx.out());
    return ExitCodes.OK;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Add a learner and switch to them.",
      footerHeading = "%nExamples:%n",
      footer = {
        "  tutor learner add sam",
        "  tutor learner add 'Jean-Luc Picard'",
        "  tutor learner add हिन्दी"
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand LearnerCommand parent;

    @Parameters(
        paramLabel = "NAME",
        description =
            "Up to 64 letters (any script, with accents), digits, spaces,"
                + " '.', '_', '-' or an apostrophe.")
    String name;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      String n = LearnerName.normalize(name);
      String problem = LearnerName.problem(n);
      if (problem != null) {
        throw new UserException(
            ExitCodes.BAD_INPUT,
            "learner name '"
                + Printable.escape(name)
                + "': "
                + problem
                + " ("
                + LearnerName.RULE
                + ")");
      }
      try (Store store = root.openStore()) {
        store.currentLearner(root.clock().instant()); // make sure "default" exists first
        if (store.learner(n).isPresent()) {
          throw new UserException(ExitCodes.BAD_INPUT, "there is already a learner '" + n + "'");
        }
        Learner l = store.addLearner(n, root.clock().instant());
        store.useLearner(l);
        root.ctx.out().println("Added learner '" + n + "'; now studying as '" + n + "'.");
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "use",
      mixinStandardHelpOptions = true,
      description = "Switch to another learner.",
      footerHeading = "%nExamples:%n",
      footer = {"  tutor learner use sam"})
  static final class Use implements Callable<Integer> {
    @ParentCommand LearnerCommand parent;

    @Parameters(
        paramLabel = "NAME",
        description = "The learner to study as (see: tutor learner list).")
    String name;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      try (Store store = root.openStore()) {
        Learner l =
            store
                .learner(LearnerName.normalize(name))
                .orElseThrow(
                    () ->
                        new UserException(
                            ExitCodes.BAD_INPUT,
                            "no learner '"
                                + Printable.escape(name)
                                + "' (see: tutor learner list; add one with: tutor learner add NAME)"));
        store.useLearner(l);
        root.ctx.out().println("Now studying as '" + Printable.escape(l.name()) + "'.");
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List learners; * marks the current one.",
      footerHeading = "%nExamples:%n",
      footer = {"  tutor learner list"})
  static final class ListLearners implements Callable<Integer> {
    @ParentCommand LearnerCommand parent;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      PrintWriter out = root.ctx.out();
      try (Store store = root.openStore()) {
        Learner current = store.currentLearner(root.clock().instant());
        for (Learner l : store.learners()) {
          // A name from an old database or set by hand may hold control characters: never print
          // them raw.
          out.println((l.id() == current.id() ? "* " : "  ") + Printable.escape(l.name()));
        }
      }
      return ExitCodes.OK;
    }
  }
}
