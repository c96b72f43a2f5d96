package tutor.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import tutor.schedule.StudyDay;
import tutor.store.DoctorReport;
import tutor.store.DoctorReport.Finding;
import tutor.store.DoctorReport.Status;
import tutor.store.StoreException;

/**
 * Checks a database without changing it: integrity, schema version and shape, foreign keys, rows
 * that belong to nothing, and the write-ahead log. Each finding says what to do.
 */
public final class Doctor {
  private static final Sql SQL = Sql.of(Doctor.class);

  private static final long LARGE_WAL = 64L * 1024 * 1024;
  private static final int SHOWN = 5;
  private static final String RESTORE =
      "Restore your latest backup with: tutor restore BACKUP (tutor backup"
          + " --list shows the automatic ones; never copy a backup over %s by hand: a log left by a crash would"
          + " damage it). Without a backup, the sqlite3 shell can salvage what is readable:"
          + " sqlite3 %s .recover | sqlite3 recovered.db";

  private Doctor() {}

  public static DoctorReport check(Path db) {
    return check(db, Instant.now());
  }

  /** Checks {@code db}; dates after {@code now} are reported as from the future. */
  public static DoctorReport check(Path db, Instant now) {
    List<Finding> out = new ArrayList<>();
    Connection c;
    try {
      c = DatabaseFile.openTutor(db, true);
    } catch (StoreException e) {
      boolean damaged =
          String.valueOf(e.getMessage()).contains("malformed")
              || String.valueOf(e.getMessage()).contains("CORRUPT");
      out.add(
          new Finding(
              "database",
              Status.PROBLEM,
              e.getMessage(),
              List.of(),
              damaged
                  ? String.format(RESTORE, db, db)
                  : "Check the path: pass your database with --db FILE (tutor --help says where it is by default).",
              List.of()));
      return new DoctorReport(db, out);
    }
    try (c) {
      out.add(new Finding("database", Status.OK, "a tutor database, " + size(db)));
      out.add(integrity(c, db));
      if (out.get(out.size() - 1).status() == Status.PROBLEM) {
        return new DoctorReport(db, out); // a damaged file: the other checks would only add noise
      }
      out.add(schema(c));
      out.add(foreignKeys(c));
      out.add(orphans(c));
      out.add(values(c));
      out.add(futureDates(c, now));
      out.add(streakMarks(c));
      out.add(cardsAgainstAnswers(c));
      out.add(MasteryAgainstAnswers.check(c));
      out.add(
          tableExists(c, "skill_fading")
              ? SkillFadings.check(c)
              : new Finding("fading days", Status.OK, "none kept"));
      out.add(journal(c, db));
    } catch (SQLException e) {
      out.add(
          new Finding(
              "database",
              Status.PROBLEM,
              "cannot be read: " + e.getMessage(),
              List.of(),
              String.format(RESTORE, db, db),
              List.of()));
    }
    return new DoctorReport(db, out);
  }

  private static Finding integrity(Connection c, Path db) throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("integrity"))) {
      while (rs.next()) {
        for (String line : rs.getString(1).split("\n")) {
          if (!line.isBlank() && !line.startsWith("*** in database")) problems.add(line.strip());
        }
      }
    } catch (SQLException e) {
      problems.add(e.getMessage());
    }
    if (problems.equals(List.of("ok")))
      return new Finding("integrity", Status.OK, "no damage found");
    List<String> shown = new ArrayList<>(problems.subList(0, Math.min(SHOWN, problems.size())));
    if (problems.size() > SHOWN)
      shown.add("... and more (all of them: sqlite3 " + db + " 'PRAGMA integrity_check')");
    return new Finding(
        "integrity",
        Status.PROBLEM,
        "the file is damaged",
        shown,
        String.format(RESTORE, db, db),
        List.of());
  }

  private static Finding schema(Connection c) throws SQLException {
    int version = DatabaseFile.userVersion(c);
    int latest = Database.latestVersion();
    if (version > latest) {
      return new Finding(
          "schema",
          Status.PROBLEM,
          "version "
              + version
              + ", written by a newer tutor (this one"
              + " knows up to "
              + latest
              + ")",
          List.of(),
          "Update tutor; this version cannot use the database.",
          List.of());
    }
    if (version < latest) {
      String refused = upgradeRefused(c, version);
      if (refused != null) {
        return new Finding(
            "schema",
            Status.PROBLEM,
            "version " + version + ", but this tutor cannot upgrade it",
            List.of(refused),
            "The database was changed outside tutor (its tables are not those of version "
                + version
                + "). Restore a backup (tutor restore BACKUP; tutor backup --list shows them).",
            List.of());
      }
      return new Finding(
          "schema",
          Status.NOTE,
          "version "
              + version
              + "; this tutor upgrades it to "
              + latest
              + " the next time it opens it",
          List.of(),
          "Nothing to do. To keep a copy of it as it is now: tutor backup",
          List.of());
    }
    Comparison found = compareWithMigrations(c);
    List<String> differences = found.differences();
    if (differences.isEmpty()) {
      return new Finding("schema", Status.OK, "version " + version + ", as the migrations made it");
    }
    boolean missing = differences.stream().anyMatch(d -> d.startsWith("missing"));
    if (missing && found.repairs().isEmpty() || found.tablesMissing()) {
      return new Finding(
          "schema",
          Status.PROBLEM,
          "version " + version + ", but it differs from what the migrations make",
          differences,
          "The database was changed outside tutor. Restore a backup (tutor restore BACKUP), or export your data"
              + " (tutor export), and import it into a new database (tutor --db NEW import FILE).",
          List.of());
    }
    if (!found.repairs().isEmpty()) {
      // An index or trigger dropped or changed by hand: the data is whole, but a missing trigger
      // leaves derived counts (streak_marks) stale, and a changed or extra one runs on every
      // answer. Made again exactly as the migrations make them.
      return new Finding(
          "schema",
          Status.PROBLEM,
          "version "
              + version
              + ", but its indexes or triggers differ from what the migrations make",
          differences,
          "The database was changed outside tutor. tutor doctor --fix makes them again as the"
              + " migrations do (it makes a backup first).",
          found.repairs());
    }
    return new Finding(
        "schema",
        Status.NOTE,
        "version " + version + ", but it differs from what the migrations make",
        differences,
        "Extra tables, columns or indexes do no harm; tutor ignores them.",
        List.of());
  }

  /**
   * The upgrade the next open would make, tried on a copy of the schema alone (no rows) in a
   * temporary file: null when every pending migration applies, else why the first one fails.
   */
  private static String upgradeRefused(Connection c, int version) throws SQLException {
    List<String> schema = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("schema-statements"))) {
      while (rs.next()) schema.add(rs.getString(1));
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("tutor-doctor");
    } catch (IOException e) {
      return null; // no room to try: the open will say it if it fails
    }
    Path file = dir.resolve("upgrade.db");
    try (Connection copy = Driver.connect("jdbc:sqlite:" + file.toAbsolutePath(), null)) {
      try (Statement s = copy.createStatement()) {
        for (String statement : schema) s.execute(statement);
        s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
        s.execute("PRAGMA user_version = " + version);
      }
      try {
        Database.migrate(copy, file);
        return null;
      } catch (StoreException e) {
        if (!(e.getCause() instanceof SQLException refused)) return e.getMessage();
        return Database.refusedMigration(Database.schemaVersion(copy), refused);
      }
    } catch (SQLException e) {
      return "its schema cannot be copied: " + e.getMessage();
    } finally {
      deleteCopy(dir, file);
    }
  }

  /** What differs from a database the migrations made, and the repairs of what can be remade. */
  private record Comparison(
      List<String> differences, List<String> repairs, boolean tablesMissing) {}

  /**
   * Tables, columns, indexes and triggers of this database against a new one made by running every
   * migration.
   */
  private static Comparison compareWithMigrations(Connection c) throws SQLException {
    Path dir;
    try {
      dir = Files.createTempDirectory("tutor-doctor");
    } catch (IOException e) {
      return new Comparison(List.of(), List.of(), false);
    }
    Path file = dir.resolve("reference.db");
    try (Connection ref = Database.open(file)) {
      List<String> out = new ArrayList<>();
      List<String> repairs = new ArrayList<>();
      Map<String, List<String>> expected = shape(ref);
      Map<String, List<String>> actual = shape(c);
      boolean[] tablesMissing = {false};
      expected.forEach(
          (table, columns) -> {
            List<String> have = actual.get(table);
            if (have == null) {
              out.add("missing table " + table);
              tablesMissing[0] = true;
              return;
            }
            for (String col : columns)
              if (!have.contains(col)) {
                out.add("missing column " + table + "." + col);
                tablesMissing[0] = true;
              }
            for (String col : have)
              if (!columns.contains(col)) out.add("extra column " + table + "." + col);
          });
      for (String table : actual.keySet())
        if (!expected.containsKey(table)) out.add("extra table " + table);
      Map<String, SchemaObject> want = schemaObjects(ref);
      Map<String, SchemaObject> have = schemaObjects(c);
      want.forEach(
          (name, o) -> {
            SchemaObject h = have.get(name);
            if (h == null) {
              out.add("missing " + o.type() + " " + name);
            } else if (!h.type().equals(o.type()) || !h.normalized().equals(o.normalized())) {
              out.add("changed " + o.type() + " " + name);
              repairs.add("DROP " + h.type().toUpperCase(Locale.ROOT) + " " + quote(name));
            } else {
              return;
            }
            if (actual.containsKey(o.table())) repairs.add(o.sql());
          });
      have.forEach(
          (name, h) -> {
            if (want.containsKey(name)) return;
            out.add("extra " + h.type() + " " + name);
            // an index only costs space; a trigger runs on every change of its table
            if (h.type().equals("trigger")) repairs.add("DROP TRIGGER " + quote(name));
          });
      return new Comparison(out, repairs, tablesMissing[0]);
    } finally {
      deleteCopy(dir, file);
    }
  }

  /** The first 20 lines of a finding's details, and how many more: the fix covers them all. */
  static List<String> firstOf(List<String> details) {
    if (details.size() <= 20) return details;
    List<String> shown = new ArrayList<>(details.subList(0, 20));
    shown.add("... and " + (details.size() - 20) + " more");
    return shown;
  }

  /** An index or trigger as sqlite_master keeps it. */
  private record SchemaObject(String type, String table, String sql) {
    String normalized() {
      return sql.replaceAll("\\s+", " ").strip();
    }
  }

  /** Indexes and triggers by name; indexes SQLite makes for keys (without SQL) left out. */
  private static Map<String, SchemaObject> schemaObjects(Connection c) throws SQLException {
    Map<String, SchemaObject> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("indexes-and-triggers"))) {
      while (rs.next())
        out.put(
            rs.getString(2), new SchemaObject(rs.getString(1), rs.getString(3), rs.getString(4)));
    }
    return out;
  }

  private static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static Map<String, List<String>> shape(Connection c) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("shape"))) {
      while (rs.next()) tables.add(rs.getString(1));
    }
    for (String t : tables) {
      out.put(
          t,
          LearnerTables.columns(c, t).stream()
              .map(col -> col.name() + " " + col.type().toUpperCase(Locale.ROOT))
              .toList());
    }
    return out;
  }

  private static Finding foreignKeys(Connection c) throws SQLException {
    Map<String, Integer> broken = new LinkedHashMap<>();
    Set<String> tables = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("foreign-keys"))) {
      while (rs.next()) {
        broken.merge(
            rs.getString(1) + ": %s to a missing " + rs.getString(3) + " row", 1, Integer::sum);
        tables.add(rs.getString(1));
      }
    }
    if (broken.isEmpty())
      return new Finding("foreign keys", Status.OK, "every reference points to an existing row");
    List<String> details = new ArrayList<>();
    broken.forEach(
        (what, n) -> details.add(String.format(what, n == 1 ? "1 row refers" : n + " rows refer")));
    // Built here: one per table found broken, and a table name is no parameter.
    List<String> repairs =
        tables.stream()
            .map(
                t ->
                    "DELETE FROM "
                        + LearnerTables.quote(t)
                        + " WHERE rowid IN (SELECT rowid FROM pragma_foreign_key_check("
                        + literal(t)
                        + "))")
            .toList();
    return new Finding(
        "foreign keys",
        Status.PROBLEM,
        "some rows refer to rows that do not exist",
        details,
        "These rows are left over from content or learners removed by hand; tutor cannot use them."
            + " Remove them with: tutor doctor --fix (it makes a backup first).",
        repairs);
  }

  /** A check for rows that no foreign key covers: how many there are, and their repair. */
  private record Orphans(String table, String count, String repair, String what) {}

  private static Finding orphans(Connection c) throws SQLException {
    List<Orphans> checks = new ArrayList<>();
    for (String t : LearnerTables.names(c)) {
      boolean covered =
          LearnerTables.references(c, t).stream()
              .anyMatch(r -> r.column().equals("learner_id") && r.table().equals("learners"));
      if (!covered) {
        // Built here: the learner tables are read from the schema, a table name is no parameter.
        String where = " WHERE learner_id NOT IN (SELECT id FROM learners)";
        checks.add(
            new Orphans(
                t,
                "SELECT count(*) FROM " + LearnerTables.quote(t) + where,
                "DELETE FROM " + LearnerTables.quote(t) + where,
                "of a learner who no longer exists"));
      }
    }
    checks.add(
        new Orphans(
            "lessons_seen",
            SQL.get("count-lessons-of-no-skill"),
            SQL.get("delete-lessons-of-no-skill"),
            "for skills no installed pack has"));
    checks.add(
        new Orphans(
            "exercise_skills",
            SQL.get("count-exercise-links-to-no-skill"),
            SQL.get("delete-exercise-links-to-no-skill"),
            "for skills no installed pack has"));
    checks.add(
        new Orphans(
            "skill_requires",
            SQL.get("count-requirements-of-no-skill"),
            SQL.get("delete-requirements-of-no-skill"),
            "requiring skills no installed pack has"));
    checks.add(
        new Orphans(
            "goals",
            SQL.get("count-goals-of-no-pack"),
            SQL.get("delete-goals-of-no-pack"),
            "for packs that are not installed"));
    List<String> details = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    for (Orphans o : checks) {
      if (!tableExists(c, o.table())) continue;
      int n;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(o.count())) {
        n = rs.next() ? rs.getInt(1) : 0;
      }
      if (n == 0) continue;
      details.add(o.table() + ": " + n + (n == 1 ? " row " : " rows ") + o.what());
      repairs.add(o.repair());
    }
    String current = null;
    try (PreparedStatement ps = c.prepareStatement(SQL.get("lost-current-learner"))) {
      ps.setString(1, SqliteStore.CURRENT_LEARNER);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) current = rs.getString(1);
      }
    }
    if (details.isEmpty()) {
      return current == null
          ? new Finding("orphan rows", Status.OK, "every row belongs to a learner and a pack")
          : new Finding(
              "orphan rows",
              Status.NOTE,
              "the current learner '" + current + "' no longer exists",
              List.of(),
              "Nothing to do: tutor uses the first learner (see: tutor learner list).",
              List.of());
    }
    return new Finding(
        "orphan rows",
        Status.PROBLEM,
        "some rows belong to nothing",
        details,
        "tutor ignores these rows; they are left over from data removed by hand. Remove them with:"
            + " tutor doctor --fix (it makes a backup first).",
        repairs);
  }

  /** A table's dates that must not be after now: how many and the latest, and their repair. */
  private record Dated(String table, String count, String what, String repair) {}

  /**
   * Dates after now: answers given under a clock set ahead (--now, a wrong system clock). A card
   * whose last review is in the future comes due only after it, and later answers cannot be put
   * before it: it is stranded. Repaired by moving each date back to now; a card keeps its interval,
   * counted from now.
   */
  private static Finding futureDates(Connection c, Instant now) throws SQLException {
    long t = now.toEpochMilli();
    // A repair is SQL text in the report, run later: the time is written into it.
    String at = Long.toString(t);
    List<Dated> checks =
        List.of(
            new Dated(
                "cards",
                SQL.get("count-cards-reviewed-later"),
                "cards last reviewed in the future",
                SQL.get("move-cards-reviewed-later").replace(":now", at)),
            new Dated(
                "reviews",
                SQL.get("count-answers-later"),
                "answers given in the future",
                SQL.get("move-answers-later").replace(":now", at)),
            new Dated(
                "mastery",
                SQL.get("count-mastery-updated-later"),
                "skills' mastery updated in the future",
                SQL.get("move-mastery-updated-later").replace(":now", at)),
            new Dated(
                "lessons_seen",
                SQL.get("count-lessons-seen-later"),
                "lessons seen in the future",
                SQL.get("move-lessons-seen-later").replace(":now", at)));
    List<String> details = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    for (Dated d : checks) {
      if (!tableExists(c, d.table())) continue;
      try (PreparedStatement ps = c.prepareStatement(d.count())) {
        ps.setLong(1, t);
        ResultSet rs = ps.executeQuery(); // closed with its statement
        int n = rs.next() ? rs.getInt(1) : 0;
        if (n == 0) continue;
        details.add(
            d.what()
                + ": "
                + n
                + " (the latest at "
                + seconds(Instant.ofEpochMilli(rs.getLong(2)))
                + ")");
        repairs.add(d.repair());
      }
    }
    if (details.isEmpty())
      return new Finding("dates", Status.OK, "no date after now (" + seconds(now) + ")");
    return new Finding(
        "dates",
        Status.PROBLEM,
        "some dates are after now (" + seconds(now) + ")",
        details,
        "Answers were given with the clock set ahead (--now, or a wrong system clock); their cards come due"
            + " only after those dates. Move them back to now with: tutor doctor --fix (it makes a backup first).",
        repairs);
  }

  /**
   * Cards against the answers they come from: a card answered last in a study session holds the
   * stability that answer recorded. A card that does not was changed outside tutor, by hand or by
   * bytes overwritten in place (which integrity_check, checking structure, does not see). Nothing
   * can tell which of the two is right: a backup from before is the repair.
   */
  private static Finding cardsAgainstAnswers(Connection c) throws SQLException {
    List<String> details = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("cards-disagreeing"))) {
      while (rs.next()) {
        details.add(
            "learner "
                + rs.getLong(1)
                + ", "
                + rs.getString(2)
                + "/"
                + rs.getString(3)
                + ": stability "
                + rs.getDouble(4)
                + ", its last answer says "
                + rs.getDouble(5));
      }
    }
    if (details.isEmpty())
      return new Finding("cards", Status.OK, "every card agrees with its last answer");
    return new Finding(
        "cards",
        Status.PROBLEM,
        "some cards disagree with their last answer"
            + (details.size() == 20 ? " (the first 20)" : ""),
        details,
        "The database was changed outside tutor (by hand, or its bytes overwritten in place), and"
            + " nothing tells which of the two values is right: restore a backup from before it"
            + " (tutor backup --list; tutor restore NAME).",
        List.of());
  }

  /**
   * Streaks counted on an earlier day (streak_marks, migration 023) against the answers they count:
   * the triggers drop a mark whenever answers before its end change, so a mark that disagrees was
   * edited by hand (or kept while a trigger was missing), and the start line would show a streak
   * the answers do not. Repaired by dropping it: the next session counts it again.
   */
  private static Finding streakMarks(Connection c) throws SQLException {
    if (!tableExists(c, "streak_marks")) return new Finding("streaks", Status.OK, "none kept");
    List<String> details = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("streak-marks"))) {
      while (rs.next()) {
        long learner = rs.getLong(1);
        String problem = streakMarkProblem(c, learner, rs);
        if (problem == null) continue;
        details.add("learner " + learner + ": " + problem);
        repairs.add(SQL.get("delete-streak-mark").replace(":learner", Long.toString(learner)));
      }
    }
    if (details.isEmpty())
      return new Finding("streaks", Status.OK, "every streak kept agrees with the answers");
    return new Finding(
        "streaks",
        Status.PROBLEM,
        "some streaks kept disagree with the answers",
        details,
        "A streak kept to save time was changed outside tutor. tutor doctor --fix drops it (it makes a"
            + " backup first); the next session counts the streak again from the answers.",
        repairs);
  }

  private static String streakMarkProblem(Connection c, long learner, ResultSet mark)
      throws SQLException {
    StudyDay day;
    LocalDate through;
    try {
      day = new StudyDay(ZoneId.of(mark.getString(2)), mark.getInt(3));
      through = LocalDate.parse(mark.getString(4));
    } catch (RuntimeException e) {
      return "not a zone, rollover hour and date: "
          + mark.getString(2)
          + ", "
          + mark.getInt(3)
          + ", "
          + mark.getString(4);
    }
    long end = day.startOf(through.plusDays(1)).toEpochMilli();
    if (mark.getLong(5) != end)
      return "it counts answers up to "
          + Instant.ofEpochMilli(mark.getLong(5))
          + ", not to the end of "
          + through;
    SortedSet<LocalDate> days =
        ReviewLog.studyDays(c, learner, day, null, Instant.ofEpochMilli(end - 1));
    int run = 0;
    for (LocalDate d = through; days.contains(d); d = d.minusDays(1)) run++;
    int kept = mark.getInt(6);
    return kept == run
        ? null
        : "a streak of "
            + kept
            + (kept == 1 ? " day" : " days")
            + " through "
            + through
            + ", the answers show "
            + run;
  }

  private static Instant seconds(Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /** What doctor --fix does with a learner table's rows whose values break the app's rules. */
  private static final Map<String, String> VALUE_REPAIRS =
      Map.of(
          "learner_settings", "the setting goes back to its default",
          "cards", "the exercise starts again as new; its answers stay in the review log",
          "goals", "the goal is removed (add it again with tutor goal add)");

  /**
   * Rows with values the app would never write (a phase 'zombie', a rating 9): import's rules, on
   * the database.
   */
  private static Finding values(Connection c) throws SQLException {
    List<String> details = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    List<String> unrepaired = new ArrayList<>();
    for (String t : LearnerTables.names(c)) {
      List<LearnerTables.Column> columns = LearnerTables.columns(c, t);
      List<Long> bad = new ArrayList<>();
      String first = null;
      // Built here (and the repairs below): the learner tables are read from the schema, and
      // the repairs name the bad rows, at most 500 a statement.
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT rowid, * FROM " + LearnerTables.quote(t))) {
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          String problem = null;
          for (int i = 0; i < columns.size(); i++) {
            LearnerTables.Column col = columns.get(i);
            try {
              row.put(col.name(), ValueRules.convert(Exporter.value(rs.getObject(i + 2)), col));
            } catch (IllegalArgumentException e) {
              problem = "column '" + col.name() + "': " + e.getMessage();
            }
          }
          if (problem == null) problem = ValueRules.problem(t, row);
          if (problem == null) continue;
          bad.add(rs.getLong(1));
          if (first == null) first = problem;
        }
      }
      if (bad.isEmpty()) continue;
      String what = VALUE_REPAIRS.get(t);
      details.add(
          t
              + ": "
              + bad.size()
              + (bad.size() == 1 ? " row" : " rows")
              + " (first: "
              + first
              + ")"
              + (what == null ? "" : "; --fix: " + what));
      if (what == null) {
        unrepaired.add(t);
        continue;
      }
      for (int from = 0; from < bad.size(); from += 500) {
        List<Long> part = bad.subList(from, Math.min(bad.size(), from + 500));
        repairs.add(
            "DELETE FROM "
                + LearnerTables.quote(t)
                + " WHERE rowid IN ("
                + String.join(",", part.stream().map(String::valueOf).toList())
                + ")");
      }
    }
    if (details.isEmpty())
      return new Finding("values", Status.OK, "every value is one tutor could have written");
    String advice =
        (repairs.isEmpty()
                ? ""
                : "tutor doctor --fix repairs what is safe to repair, as said above (it makes"
                    + " a backup first). ")
            + (unrepaired.isEmpty()
                ? ""
                : "The rows of "
                    + String.join(", ", unrepaired)
                    + " cannot be repaired safely: restore a backup from before they were changed (tutor backup --list;"
                    + " tutor restore NAME).");
    return new Finding(
        "values",
        Status.PROBLEM,
        "some rows hold values tutor would never write (changed by hand,"
            + " or imported by an older tutor)",
        details,
        advice.strip(),
        repairs);
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("table-exists"))) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Finding journal(Connection c, Path db) throws SQLException {
    String mode = DatabaseFile.journalMode(c);
    Path wal = Path.of(db + "-wal");
    long walSize = 0;
    try {
      walSize = Files.exists(wal) ? Files.size(wal) : 0;
    } catch (IOException ignored) {
      // unknown size: reported as none
    }
    if (!"wal".equalsIgnoreCase(mode)) {
      return new Finding(
          "journal",
          Status.NOTE,
          "journal mode " + mode + ", not WAL",
          List.of(),
          "Nothing to do: tutor switches it to WAL the next time it opens the database.",
          List.of());
    }
    if (walSize > LARGE_WAL) {
      return new Finding(
          "journal",
          Status.NOTE,
          "WAL mode; the write-ahead log is large (" + mb(walSize) + ")",
          List.of(),
          "If no tutor is running, any tutor command folds it back into the database; if one"
              + " is, let it finish.",
          List.of());
    }
    return new Finding(
        "journal",
        Status.OK,
        "WAL mode"
            + (walSize > 0
                ? ", write-ahead log " + mb(walSize) + " (folded in when tutor closes)"
                : ", nothing pending"));
  }

  private static String size(Path db) {
    try {
      return mb(Files.size(db));
    } catch (IOException e) {
      return "size unknown";
    }
  }

  static String mb(long bytes) {
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * Runs the report's repairs in one transaction on {@code db}; returns how many rows they deleted.
   * The caller makes a backup first.
   */
  public static int repair(Path db, List<String> repairs) {
    try (Connection c = DatabaseFile.openTutor(db, false)) {
      try (Statement s = c.createStatement()) {
        s.execute(SQL.get("repair"));
      }
      return Transactions.inTransaction(
          c,
          () -> {
            int n = 0;
            try (Statement s = c.createStatement()) {
              for (String sql : repairs) n += s.executeUpdate(sql);
            }
            return n;
          });
    } catch (SQLException e) {
      throw new StoreException("closing " + db + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a temporary copy of a database ({@code file}, its side files) and its directory. */
  private static void deleteCopy(Path dir, Path file) {
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException ignored) {
        // a temporary file; the system cleans it up
      }
    }
    try {
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // as above
    }
  }
}
