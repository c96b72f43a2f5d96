package tutor.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import tutor.store.Store;
import tutor.store.StoreLocation;
import tutor.store.Stores;
import tutor.terminal.Style;

@Command(
    name = "tutor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "A self-study tutor for the terminal: content packs, spaced repetition (FSRS-6)"
            + " and practice chosen by what you have mastered.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor study                       study what is due, then new material",
      "  tutor study --pack git --limit 10",
      "  tutor pack add ./my-pack          install or update a pack",
      "  tutor due                         what is due now and in the coming days",
      // Under 80 columns: a full-width footer line is re-wrapped by Picocli, its padding lost.
      "  tutor help study                  help on one command (or: study --help)",
      "",
      "Data: --db FILE, else $TUTOR_HOME/tutor.db, else $XDG_DATA_HOME/tutor/tutor.db,",
      "else ~/.local/share/tutor/tutor.db. Nothing ever leaves your machine.",
      "Environment: NO_COLOR or TUTOR_PLAIN=1 for plain output.",
      "",
      "Exit codes: 0 ok, 1 failure, 2 bad usage or input, 130 interrupted."
    })
public final class TutorCommand {
  /**
   * The subcommands, in the order help lists them. Main adds them to the command line: only the one
   * a command names, or all of them (for help, and suggestions for a mistyped name).
   */
  /**
   * The commands by name (and alias), in the order help lists them. Written out, not read from each
   * class's annotation: finding the command a line names then reads no annotations, which costs a
   * short command a few hundredths of a second. A test checks it against the annotations.
   */
  static final java.util.Map<String, Class<?>> COMMANDS = new java.util.LinkedHashMap<>();

  static {
    COMMANDS.put("study", StudyCommand.class);
    COMMANDS.put("due", DueCommand.class);
    COMMANDS.put("pack", PackCommand.class);
    COMMANDS.put("learner", LearnerCommand.class);
    COMMANDS.put("settings", SettingsCommand.class);
    COMMANDS.put("stats", StatsCommand.class);
    COMMANDS.put("export", ExportCommand.class);
    COMMANDS.put("import", ImportCommand.class);
    COMMANDS.put("backup", BackupCommand.class);
    COMMANDS.put("restore", RestoreCommand.class);
    COMMANDS.put("doctor", DoctorCommand.class);
    COMMANDS.put("goal", GoalCommand.class);
    COMMANDS.put("why", WhyCommand.class);
    COMMANDS.put("placement", PlacementCommand.class);
    COMMANDS.put("undo", UndoCommand.class);
    COMMANDS.put("cram", CramCommand.class);
    COMMANDS.put("leeches", LeechesCommand.class);
    COMMANDS.put("forecast", ForecastCommand.class);
    COMMANDS.put("lesson", LessonCommand.class);
    COMMANDS.put("optimize", OptimizeCommand.class);
    COMMANDS.put("profile", ProfileCommand.class);
    COMMANDS.put("credential", CredentialCommand.class);
    COMMANDS.put("report", ReportCommand.class);
  }

  static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.copyOf(COMMANDS.values());

  final Context ctx;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      // Lines short enough for the narrowest help (55 columns): Picocli would break a path at '/'.
      // Each line after the first is indented two spaces, as Picocli indents a description it
      // wraps: at column 0 they stood out from every other option's.
      description = {
        "The database file; by default",
        "  ~/.local/share/tutor/tutor.db,",
        "  or tutor.db in $TUTOR_HOME",
        "  or $XDG_DATA_HOME/tutor when set."
      })
  String db;

  @Option(
      names = "--now",
      paramLabel = "TIME",
      scope = ScopeType.INHERIT,
      // Lines of their own: wrapped by Picocli in export's narrow column, 2026-03-01T09:00 broke
      // at its colon.
      description = {
        "Act as if it were TIME: 2026-03-01,",
        "  2026-03-01T09:00, or +1d, +3h",
        "  (for trying things out)."
      })
  String now;

  @Option(
      names = "--plain",
      scope = ScopeType.INHERIT,
      description = "Words only: no colour, symbols or animation (also TUTOR_PLAIN=1).")
  boolean plain;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show details of errors (stack traces).")
  boolean verbose;

  public TutorCommand(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Where the store is: --db (a path, or a URI for an adapter of this build) or the default file. A
   * location no adapter of this build keeps is refused in one line, and a --db file whose directory
   * is missing too (only the default's are created).
   */
  StoreLocation databaseLocation() {
    if (db == null) return StoreLocation.of(databasePath(null, ctx));
    StoreLocation where = new StoreLocation(db);
    if (Stores.adapterFor(where).isEmpty()) {
      throw new UserException(ExitCodes.BAD_INPUT, Stores.noAdapterFor(where));
    }
    if (where.isPath()) OutPath.requireParent("--db", where.path());
    return where;
  }

  /**
   * The database file, for what works on a file (backup, restore, doctor, automatic backups); a
   * --db that names a server is refused in one line.
   */
  Path databasePath() {
    StoreLocation where = databaseLocation();
    if (!where.isPath()) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "--db '"
              + tutor.store.Printable.escape(where.text())
              + "' is a server, not a database file: this command works on a file");
    }
    return where.path();
  }

  /** The database: {@code --db} if given, else under TUTOR_HOME, else in the XDG data directory. */
  static Path databasePath(Path db, Context ctx) {
    if (db != null) return db;
    String home = ctx.env("TUTOR_HOME");
    if (home != null) return Path.of(home, "tutor.db");
    String xdg = ctx.env("XDG_DATA_HOME");
    if (xdg != null) return Path.of(xdg, "tutor", "tutor.db");
    String userHome = ctx.env("HOME") != null ? ctx.env("HOME") : System.getProperty("user.home");
    return Path.of(userHome, ".local", "share", "tutor", "tutor.db");
  }

  /** Opens the database and brings the bundled packs up to date. */
  Store openStore() {
    StoreLocation where = databaseLocation();
    Store store =
        (ctx.early() == null || !where.isPath()
                ? java.util.Optional.<Store>empty()
                : ctx.early().take(where.path()))
            .orElseGet(() -> Stores.open(where));
    String bundled = ctx.env("TUTOR_CONTENT");
    if (bundled != null && !store.readOnly()) {
      try {
        Bundled.sync(
            store,
            Path.of(bundled),
            clock().instant(),
            ctx.err(),
            () -> TerminalWidth.forProse(ctx),
            () -> AutoBackup.before(this, "before-pack-update"));
      } catch (RuntimeException e) {
        store.close();
        throw e;
      }
    }
    return store;
  }

  Clock clock() {
    return TimeOption.clock(now, ctx.clock(), ZoneId.systemDefault());
  }

  /** Words only when asked (--plain, TUTOR_PLAIN=1) or when output is not a terminal. */
  boolean wordsOnly() {
    // NO_COLOR removes colour only (no-color.org): charts and symbols stay; --plain is words only.
    return plain || "1".equals(ctx.env("TUTOR_PLAIN")) || !ctx.interactive();
  }

  Style style() {
    if (wordsOnly()) return Style.PLAIN;
    boolean color = ctx.env("NO_COLOR") == null && !"dumb".equals(ctx.env("TERM"));
    return new Style(color, true);
  }
}
