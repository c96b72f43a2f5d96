package tutor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.store.Backup;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Copy the whole database (every learner, pack and answer) to a new file, safely even while",
      "a study session is running, and check the copy. The default name has the date and time",
      "and sits beside the database. A backup never overwrites a file.",
      "To restore: use the copy with --db FILE, or copy it over the database while tutor is not running."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  tutor backup                         beside the database: tutor-backup-DATE-TIME.db",
        "  tutor backup ~/backups/               into a directory, with the default name",
        "  tutor backup /mnt/usb/tutor.db"})
final class BackupCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @ParentCommand TutorCommand root;

  @Parameters(arity = "0..1", paramLabel = "PATH", description = "The new file, or a directory for it.")
  Path path;

  @Override
  public Integer call() {
    Path db = root.databasePath();
    String stem = db.getFileName().toString().replaceFirst("\\.db$", "");
    String name = stem + "-backup-" + STAMP.format(root.clock().instant().atZone(ZoneId.systemDefault())) + ".db";
    Path target = path == null ? db.toAbsolutePath().resolveSibling(name)
        : Files.isDirectory(path) ? path.resolve(name) : path;
    if (Files.exists(target)) {
      throw new UserException(ExitCodes.BAD_INPUT, target + " already exists; a backup never overwrites a file");
    }
    long size = Backup.copy(db, target);
    root.ctx.out().println("Backed up " + db + " to " + target + " (" + size(size) + ", integrity checked).");
    return ExitCodes.OK;
  }

  private static String size(long bytes) {
    if (bytes < 0) return "size unknown";
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
