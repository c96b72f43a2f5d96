package tutor.cli;

import java.io.PrintWriter;
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
import tutor.json.Json;
import tutor.store.AutoBackups;
import tutor.store.Stores;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Copy the whole database (every learner, pack and answer) to a new file,",
      "safely even while a study session is running, and check the copy. The",
      "default name has the date and time and sits beside the database. A backup",
      "never overwrites a file, and a file under a backup's name is always a whole,",
      "checked copy (it is written under a temporary name first).",
      "tutor also backs up by itself, into backups/ beside the database: before",
      "every command that deletes data, and once a day when you study (--list).",
      "Kept: the newest of each of the last 7 days, 4 weeks and 6 months",
      "(tutor settings backup-keep-daily, -weekly, -monthly).",
      "To restore one: tutor restore BACKUP (never copy one over the database)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor backup                         beside the database: tutor-backup-DATE-TIME.db",
      "  tutor backup ~/backups/               into a directory, with the default name",
      "  tutor backup /mnt/usb/tutor.db",
      "  tutor backup --list                  the automatic backups (only), oldest first",
      "  tutor restore tutor-20260301-090000+0100-daily.db"
    })
final class BackupCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

  @ParentCommand TutorCommand root;

  @Parameters(
      arity = "0..1",
      paramLabel = "PATH",
      description = "The new file, or a directory for it.")
  Path path;

  @Option(
      names = "--list",
      description =
          "List the automatic backups (in backups/ beside the database). Copies you make with"
              + " tutor backup are not recorded, so not listed: they are where you wrote them.")
  boolean list;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "With --list: text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    Path db = root.databasePath();
    if (list) {
      if (path != null) throw new UserException(ExitCodes.BAD_INPUT, "--list takes no PATH");
      return list(db);
    }
    String stem = db.getFileName().toString().replaceFirst("\\.db$", "");
    String name =
        stem
            + "-backup-"
            + STAMP.format(root.clock().instant().atZone(ZoneId.systemDefault()))
            + ".db";
    Path target =
        path == null
            ? db.toAbsolutePath().resolveSibling(name)
            : Files.isDirectory(path) ? path.resolve(name) : path;
    if (Files.exists(target)) {
      throw new UserException(
          ExitCodes.BAD_INPUT, target + " already exists; a backup never overwrites a file");
    }
    long size = Stores.backups().copy(db, target);
    // Fitted to the terminal between words; a path stays whole (a path broken is no path).
    TextRows.hanging(
            "Backed up " + db + " to " + target + " (" + size(size) + ", integrity checked).",
            TerminalWidth.forProse(root.ctx) - 1)
        .forEach(root.ctx.out()::println);
    return ExitCodes.OK;
  }

  private int list(Path db) throws Exception {
    List<AutoBackups.Entry> all = AutoBackups.list(db);
    PrintWriter out = root.ctx.out();
    if (format == OutputFormat.json) {
      var m = Json.MAPPER;
      var arr = m.createArrayNode();
      for (AutoBackups.Entry e : all) {
        arr.addObject()
            .put("file", e.file().toString())
            .put("name", e.file().getFileName().toString())
            // the local time the name gives, with its offset: the moment, unambiguous
            .put("taken_at", e.offsetTakenAt().toString())
            .put("reason", e.reason())
            .put("bytes", e.size());
      }
      out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(arr));
      return ExitCodes.OK;
    }
    if (all.isEmpty()) {
      TextRows.wrap(
              "No automatic backups yet in "
                  + AutoBackups.directory(db)
                  + " (tutor makes one a day when you study, and one before each command that deletes data).",
              TerminalWidth.forProse(root.ctx))
          .forEach(root.ctx.err()::println);
      TextRows.hanging(yoursNotListed(db), TerminalWidth.forProse(root.ctx) - 1)
          .forEach(root.ctx.err()::println);
      return ExitCodes.OK;
    }
    // The reason column as wide as its longest (it was 26 whatever they were: 85 columns at 80);
    // where a row is still too wide, the file's name goes under it, whole.
    int reasons = all.stream().mapToInt(e -> e.reason().length()).max().orElse(0);
    int width = TerminalWidth.of(root.ctx);
    // Local times as the names have them; where the offsets differ (summer time ended between
    // two, or the learner moved), each shows its zone's offset, as the hour may come twice.
    boolean offsets = all.stream().map(e -> e.offsetTakenAt().getOffset()).distinct().count() > 1;
    for (AutoBackups.Entry e : all) {
      String lead =
          String.format(
              "%s  %-" + reasons + "s %9s  ",
              SHOWN.format(e.takenAt()) + (offsets ? " " + OFFSET.format(e.offsetTakenAt()) : ""),
              e.reason(),
              size(e.size()));
      String name = e.file().getFileName().toString();
      if (lead.length() + name.length() < width) {
        out.println(lead + name);
      } else {
        out.println(lead.stripTrailing());
        out.println("  " + name);
      }
    }
    TextRows.hanging(
            all.size()
                + (all.size() == 1 ? " backup" : " backups")
                + " in "
                + AutoBackups.directory(db)
                + "; restore one with: tutor restore NAME",
            TerminalWidth.forProse(root.ctx) - 1)
        .forEach(root.ctx.err()::println);
    TextRows.hanging(yoursNotListed(db), TerminalWidth.forProse(root.ctx) - 1)
        .forEach(root.ctx.err()::println);
    return ExitCodes.OK;
  }

  /**
   * What --list leaves out, said where it lists: a learner who ran tutor backup looked for their
   * copy among the automatic ones. tutor keeps no record of the copies it is asked for (a file on a
   * USB stick is the learner's), so it cannot list them; it says where they go.
   */
  static String yoursNotListed(Path db) {
    String stem = db.getFileName().toString().replaceFirst("\\.db$", "");
    // The directory a word of its own, so that it is printed whole on a line of its own when long.
    return "Copies made with tutor backup are not listed (tutor keeps no record of them): they are"
        + " where you wrote them, by default beside the database in "
        + db.toAbsolutePath().getParent()
        + " as "
        + stem
        + "-backup-DATE-TIME.db";
  }

  static String size(long bytes) {
    if (bytes < 0) return "size unknown";
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
