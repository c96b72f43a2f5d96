package tutor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.store.Learner;
import tutor.store.LearnerLock;
import tutor.store.Store;

/** {@code tutor learner delete NAME}: every row of the learner goes, after a confirmation. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete a learner and all their data: progress, review log, settings, goals.",
      "A backup of the whole database is made first (tutor backup --list; tutor restore NAME).",
      "Asks for confirmation on a terminal; otherwise give --yes."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  tutor learner delete sam", "  tutor learner delete sam --yes"})
final class LearnerDelete implements Callable<Integer> {
  @ParentCommand LearnerCommand parent;

  @Parameters(paramLabel = "NAME", description = "The learner to delete (see: tutor learner list).")
  String name;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  boolean yes;

  @Override
  public Integer call() {
    TutorCommand root = parent.root;
    try (Store store = root.openStore()) {
      Learner l =
          store
              .learner(tutor.store.LearnerName.normalize(name))
              .orElseThrow(
                  () ->
                      new UserException(
                          ExitCodes.BAD_INPUT,
                          "no learner '"
                              + tutor.store.Printable.escape(name)
                              + "' (see: tutor learner list)"));
      String data = describe(store.portability().rows(l));
      if (!Confirm.ask(
          root.ctx,
          yes,
          "Delete learner '"
              + l.name()
              + "' and all their data ("
              + data
              + ")? A backup of the database is made first.",
          "not deleting learner '" + l.name() + "'")) {
        return ExitCodes.FAILURE;
      }
      java.util.Optional<java.nio.file.Path> backup;
      try (LearnerLock lock = LearnerLock.take(store, l)) { // not while they study
        backup = AutoBackup.before(root, "before-learner-delete");
        store.portability().erase(l);
      }
      // "All their data" must mean what it says: the backup just made still holds them.
      TextRows.print(
          root.ctx.out(),
          "Deleted learner '"
              + l.name()
              + "' and all their data ("
              + data
              + ") from the database."
              + backup
                  .map(
                      p ->
                          " The backup made just before still holds them: delete "
                              + p
                              + " to leave nothing.")
                  .orElse(""),
          TerminalWidth.forProse(root.ctx));
    }
    return ExitCodes.OK;
  }

  private static String describe(Map<String, Integer> rows) {
    List<String> parts = new ArrayList<>();
    rows.forEach(
        (table, n) -> {
          if (n == 0) return;
          parts.add(
              switch (table) {
                case "mastery" -> "mastery of " + n + (n == 1 ? " skill" : " skills");
                case "learner_settings" -> n + (n == 1 ? " setting" : " settings");
                case "lessons_seen" -> n + (n == 1 ? " lesson seen" : " lessons seen");
                case "fsrs_parameters" -> n + (n == 1 ? " parameter fit" : " parameter fits");
                default ->
                    n
                        + " "
                        + (n == 1 && table.endsWith("s")
                                ? table.substring(0, table.length() - 1)
                                : table)
                            .replace('_', ' ');
              });
        });
    return parts.isEmpty() ? "no answers yet" : String.join(", ", parts);
  }
}
