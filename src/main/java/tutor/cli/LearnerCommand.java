package tutor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.store.Learner;
import tutor.store.SqliteStore;

@Command(
    name = "learner",
    mixinStandardHelpOptions = true,
    description = "Several learners can share one database, each with their own progress.",
    subcommands = {LearnerCommand.Add.class, LearnerCommand.Use.class, LearnerCommand.ListLearners.class,
        LearnerDelete.class},
    footerHeading = "%nExamples:%n",
    footer = {"  tutor learner add sam", "  tutor learner use sam", "  tutor learner list",
        "  tutor learner delete sam"})
final class LearnerCommand implements Callable<Integer> {
  static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,39}");

  @ParentCommand TutorCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(root.ctx.err());
    return ExitCodes.BAD_INPUT;
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "Add a learner and switch to them.",
      footerHeading = "%nExamples:%n", footer = {"  tutor learner add sam"})
  static final class Add implements Callable<Integer> {
    @ParentCommand LearnerCommand parent;

    @Parameters(paramLabel = "NAME", description = "Letters, digits, spaces, '.', '_' or '-'; up to 40.")
    String name;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      String n = name.strip();
      if (!NAME.matcher(n).matches()) {
        throw new UserException(ExitCodes.BAD_INPUT, "learner name '" + name
            + "' should be 1-40 letters, digits, spaces, '.', '_' or '-'");
      }
      try (SqliteStore store = root.openStore()) {
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

  @Command(name = "use", mixinStandardHelpOptions = true,
      description = "Switch to another learner.",
      footerHeading = "%nExamples:%n", footer = {"  tutor learner use sam"})
  static final class Use implements Callable<Integer> {
    @ParentCommand LearnerCommand parent;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      try (SqliteStore store = root.openStore()) {
        Learner l = store.learner(name.strip()).orElseThrow(() -> new UserException(ExitCodes.BAD_INPUT,
            "no learner '" + name + "' (see: tutor learner list; add one with: tutor learner add NAME)"));
        store.useLearner(l);
        root.ctx.out().println("Now studying as '" + l.name() + "'.");
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List learners; * marks the current one.",
      footerHeading = "%nExamples:%n", footer = {"  tutor learner list"})
  static final class ListLearners implements Callable<Integer> {
    @ParentCommand LearnerCommand parent;

    @Override
    public Integer call() {
      TutorCommand root = parent.root;
      PrintWriter out = root.ctx.out();
      try (SqliteStore store = root.openStore()) {
        Learner current = store.currentLearner(root.clock().instant());
        for (Learner l : store.learners()) {
          out.println((l.id() == current.id() ? "* " : "  ") + l.name());
        }
      }
      return ExitCodes.OK;
    }
  }
}
