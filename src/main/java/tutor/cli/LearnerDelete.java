package tutor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.store.AutoBackups;
import tutor.store.Backups;
import tutor.store.Learner;
import tutor.store.LearnerLock;
import tutor.store.Store;
import tutor.store.Stores;

/**
 * {@code tutor learner delete NAME}: every row of the learner goes, after a confirmation, from the
 * database and from its backups. "All their data" is meant as said: a backup that still held them
 * would keep what they asked to delete, so each backup is rewritten without them (every other
 * learner's data in it kept, checked row by row), unless --keep-backups; a backup that cannot be
 * rewritten safely is named, and the command fails.
 */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete a learner and all their data: progress, review log, settings, goals, also from the"
          + " database's backups (backups/ beside it, the copies restore set aside, and tutor"
          + " backup's copies beside it), where every other learner's data is kept. This cannot be"
          + " undone, except with --keep-backups.",
      "Copies elsewhere (exports, tutor backup PATH) are yours to delete.",
      "Asks for confirmation on a terminal; otherwise give --yes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor learner delete sam",
      "  tutor learner delete sam --yes",
      "  tutor learner delete sam --keep-backups   # the backups still hold sam (tutor restore)"
    })
final class LearnerDelete implements Callable<Integer> {
  @ParentCommand LearnerCommand parent;

  @Parameters(paramLabel = "NAME", description = "The learner to delete (see: tutor learner list).")
  String name;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  boolean yes;

  @Option(
      names = "--keep-backups",
      description =
          "Leave the backups as they are (they still hold the learner; a backup is made first).")
  boolean keepBackups;

  @Override
  public Integer call() {
    TutorCommand root = parent.root;
    String wanted = tutor.store.LearnerName.normalize(name);
    List<Path> backups = keepBackups ? List.of() : backupsOf(root);
    try (Store store = root.openStore()) {
      java.util.Optional<Learner> found = store.learner(wanted);
      if (found.isEmpty()) return onlyInBackups(root, wanted, backups);
      Learner l = found.get();
      String data = describe(store.portability().rows(l));
      String question =
          "Delete learner '"
              + l.name()
              + "' and all their data ("
              + data
              + ")? "
              + (keepBackups
                  ? "A backup of the database is made first, and the backups keep them."
                  : whatBecomesOfBackups(backups));
      if (!Confirm.ask(root.ctx, yes, question, "not deleting learner '" + l.name() + "'")) {
        return ExitCodes.FAILURE;
      }
      java.util.Optional<Path> backup = java.util.Optional.empty();
      List<Backups.Erased> erased;
      try (LearnerLock lock = LearnerLock.take(store, l)) { // not while they study
        if (keepBackups) backup = AutoBackup.before(root, "before-learner-delete");
        // The backups first: killed half-way, the same delete run again finds the learner still
        // in the database and goes on; the other way round it would find no one to delete.
        erased = eraseFromBackups(backups, l.name());
        store.portability().erase(l);
      }
      String from =
          keepBackups
              ? " from the database."
                  + backup
                      .map(
                          p ->
                              " The backups still hold them (the one made just before: "
                                  + p
                                  + "); delete those files to leave nothing.")
                      .orElse(" The backups still hold them.")
              : " from the database" + backupsSummary(erased) + ".";
      TextRows.print(
          root.ctx.out(),
          "Deleted learner '" + l.name() + "' and all their data (" + data + ")" + from,
          TerminalWidth.forProse(root.ctx));
      return reportFailures(root, l.name(), erased);
    }
  }

  /**
   * A learner no longer in the database may still be in backups (a delete cut short, or made by an
   * older tutor, or with --keep-backups): taken out of them alone, after the same confirmation.
   */
  private int onlyInBackups(TutorCommand root, String wanted, List<Path> backups) {
    List<Path> holding = new ArrayList<>();
    for (Path b : backups) if (holds(b, wanted)) holding.add(b);
    if (holding.isEmpty()) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "no learner '" + tutor.store.Printable.escape(name) + "' (see: tutor learner list)");
    }
    if (!Confirm.ask(
        root.ctx,
        yes,
        "There is no learner '"
            + wanted
            + "' in the database, but "
            + count(holding.size(), "backup")
            + " still "
            + (holding.size() == 1 ? "holds" : "hold")
            + " them. Take them out of "
            + (holding.size() == 1 ? "it" : "those")
            + " (every other learner's data is kept)? This cannot be undone.",
        "not deleting learner '" + wanted + "'")) {
      return ExitCodes.FAILURE;
    }
    List<Backups.Erased> erased = eraseFromBackups(holding, wanted);
    TextRows.print(
        root.ctx.out(),
        "Took learner '" + wanted + "' out of the backups" + backupsSummary(erased) + ".",
        TerminalWidth.forProse(root.ctx));
    return reportFailures(root, wanted, erased);
  }

  private static boolean holds(Path backup, String learner) {
    return Stores.backups().holdsLearner(backup, learner);
  }

  private static String whatBecomesOfBackups(List<Path> backups) {
    if (backups.isEmpty()) return "This cannot be undone (the database has no backups to keep).";
    return "They are also taken out of the database's "
        + count(backups.size(), "backup")
        + " (every other learner's data in "
        + (backups.size() == 1 ? "it" : "them")
        + " is kept). This cannot be undone; copies elsewhere"
        + " (exports, tutor backup PATH) are not touched.";
  }

  private static List<Backups.Erased> eraseFromBackups(List<Path> backups, String learner) {
    List<Backups.Erased> out = new ArrayList<>();
    for (Path b : backups) out.add(Stores.backups().eraseLearner(b, learner));
    return out;
  }

  private static String backupsSummary(List<Backups.Erased> erased) {
    long rewritten =
        erased.stream().filter(e -> e.outcome() == Backups.Erased.Outcome.REWRITTEN).count();
    long failed = erased.stream().filter(e -> e.outcome() == Backups.Erased.Outcome.FAILED).count();
    if (erased.isEmpty()) return " (it had no backups)";
    return " and from "
        + count((int) rewritten, "backup")
        + (rewritten == erased.size() ? "" : " of " + erased.size())
        + (failed == 0 ? "" : "; " + failed + " could not be rewritten (below)");
  }

  /** Names each backup that still holds the learner; exit 1 if there is one. */
  private static int reportFailures(TutorCommand root, String learner, List<Backups.Erased> all) {
    int code = ExitCodes.OK;
    for (Backups.Erased e : all) {
      if (e.outcome() != Backups.Erased.Outcome.FAILED) continue;
      Main.errorLine(
          root.ctx,
          root.ctx.err(),
          e.backup()
              + " still holds learner '"
              + learner
              + "': it could not be rewritten without them ("
              + e.why()
              + "); delete that file to leave nothing of them");
      code = ExitCodes.FAILURE;
    }
    return code;
  }

  /**
   * The copies of the database tutor made and knows: the automatic backups, the databases restore
   * set aside, and tutor backup's copies under their own names beside it.
   */
  private static List<Path> backupsOf(TutorCommand root) {
    if (!root.databaseLocation().isPath()) return List.of(); // a server keeps its own
    Path db = root.databasePath().toAbsolutePath();
    List<Path> out = new ArrayList<>();
    for (AutoBackups.Entry e : AutoBackups.list(db)) out.add(e.file());
    String stem = db.getFileName().toString().replaceFirst("\\.db$", "");
    java.util.regex.Pattern beside =
        java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(stem)
                + "(\\.before-restore-|-backup-)\\d{8}-\\d{6}(-\\d+)?\\.db");
    Path dir = db.getParent();
    if (dir != null && java.nio.file.Files.isDirectory(dir)) {
      try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
        files
            .filter(p -> beside.matcher(p.getFileName().toString()).matches())
            .filter(java.nio.file.Files::isRegularFile)
            .sorted()
            .forEach(out::add);
      } catch (java.io.IOException e) {
        throw new UserException(
            ExitCodes.FAILURE, "cannot list " + dir + " for backups: " + e.getMessage());
      }
    }
    return out;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
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
