package tutor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import tutor.store.Learner;
import tutor.store.Store;

@Command(
    name = "why",
    mixinStandardHelpOptions = true,
    description = "Why the tutor chose the last exercise it showed you (also :why in a session).",
    footerHeading = "%nExamples:%n",
    footer = {"  tutor why"})
final class WhyCommand implements Callable<Integer> {
  static final String KEY = tutor.study.StudyContext.WHY_KEY;

  @ParentCommand TutorCommand root;

  @Override
  public Integer call() {
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(root.clock().instant());
      String why =
          store
              .appSetting(KEY + learner.id())
              .orElse(
                  "No exercise has been chosen for "
                      + learner.name()
                      + " yet: start with tutor study.");
      TextRows.wrap(why, TerminalWidth.forProse(root.ctx)).forEach(root.ctx.out()::println);
    }
    return ExitCodes.OK;
  }
}
