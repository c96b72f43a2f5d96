package tutor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.store.AutoBackups;
import tutor.store.Backups;
import tutor.store.Stores;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Put a backup in place of the database, safely even after a crash. The backup",
      "is checked first (a tutor database, integrity_check, its tables, not from a",
      "newer tutor); the current database is kept, moved aside together with its",
      "write-ahead log as DB.before-restore-DATE-TIME.db; then a checked copy of",
      "the backup takes its name. Never copy a backup over the database by hand: a",
      "log left by a crash would be replayed onto it and damage it.",
      "BACKUP is a file, or the name of an automatic backup (tutor backup --list).",
      "Run it while no tutor is studying on this database.",
      "A backup whose mastery was changed outside tutor (it disagrees with its own",
      "answers, as tutor doctor checks) is refused, naming the skill; --mend restores",
      "it with the mastery its answers give.",
      "Asks first on a terminal; otherwise give --yes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor backup --list                                     the automatic backups",
      "  tutor restore tutor-20260301-090000+0100-daily.db       one of them, by name",
      "  tutor restore ~/backups/tutor-backup-20260301-090000.db --yes",
      "  tutor restore edited.db --mend --yes                    its mastery from its answers"
    })
final class RestoreCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @ParentCommand TutorCommand root;

  @Parameters(
      paramLabel = "BACKUP",
      description = "A backup file, or the name of an automatic backup.")
  String backup;

  @Option(names = "--yes", description = "Do not ask for confirmation.")
  boolean yes;

  @Option(
      names = "--mend",
      description =
          "Restore a backup whose mastery was changed outside tutor (refused otherwise) with the"
              + " mastery its answers give, as tutor doctor --fix would; the backup file is left"
              + " as it is.")
  boolean mend;

  @Override
  public Integer call() {
    Path db = root.databasePath();
    Path file = Path.of(backup);
    if (!Files.exists(file)) {
      file =
          AutoBackups.find(db, backup)
              .orElseThrow(
                  () ->
                      new UserException(
                          ExitCodes.BAD_INPUT,
                          "no backup '"
                              + backup
                              + "': no such file, nor an automatic backup of that name (see: tutor backup --list)"));
    }
    if (file.toAbsolutePath().normalize().equals(db.toAbsolutePath().normalize())) {
      throw new UserException(
          ExitCodes.BAD_INPUT, file + " is the database itself; choose a backup to restore");
    }
    List<String> problems = Stores.backups().problems(file);
    if (!problems.isEmpty()) {
      throw new UserException(
          ExitCodes.BAD_INPUT, file + " cannot be restored: " + String.join("; ", problems));
    }
    String question =
        Files.exists(db)
            ? "Replace "
                + db
                + " by the backup "
                + file
                + "? The current database is kept beside it."
            : "Restore the backup " + file + " as " + db + "?";
    if (!Confirm.ask(root.ctx, yes, question, "not restoring")) return ExitCodes.FAILURE;
    String stamp = STAMP.format(root.clock().instant().atZone(ZoneId.systemDefault()));
    Backups.Restored r;
    try {
      r = Stores.backups().restore(file, db, stamp, mend);
    } catch (Backups.Refused e) {
      throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
    }
    // Wrapped between words at a terminal: the terminal broke the kept file's name in two.
    TextRows.print(
        root.ctx.out(),
        "Restored "
            + file
            + " as "
            + db
            + " (integrity checked)."
            + (r.aside() == null ? "" : " The database it replaced is kept as " + r.aside() + "."),
        TerminalWidth.forProse(root.ctx));
    if (!r.mended().isEmpty()) {
      TextRows.print(
          root.ctx.out(),
          "Mended: "
              + (r.mended().size() == 1
                  ? "1 skill's mastery"
                  : r.mended().size() + " skills' mastery")
              + " is now what the answers give, not what the backup said:",
          TerminalWidth.forProse(root.ctx));
      for (String line : r.mended()) {
        TextRows.print(root.ctx.out(), "  " + line, TerminalWidth.forProse(root.ctx));
      }
    }
    return ExitCodes.OK;
  }
}
