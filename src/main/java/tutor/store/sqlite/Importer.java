package tutor.store.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.store.ExportHeader;
import tutor.store.ExportSource;
import tutor.store.ExportWriter;
import tutor.store.ImportRefused;
import tutor.store.Learner;
import tutor.store.LearnerExport;
import tutor.store.LearnerName;
import tutor.store.Manifests;
import tutor.store.Portability;
import tutor.store.RowDigest;

/**
 * Restores an export as a new learner, in one transaction, reading it as a stream (memory stays the
 * same at any size). Every value is checked by the rules the app writes with ({@link ValueRules}),
 * and every table against the export's manifest (row count and checksum): an export cut short,
 * altered, or with a value the app would never write is refused whole, with the file, row and
 * column. Rows keep their values. Row ids (reviews.id, goals.id) are kept when the table is empty,
 * as in a new database; otherwise every id of that table is moved past the ones already there (old
 * id + the largest one), and references to them follow: no id is ever taken twice, and no map of a
 * million ids is kept. Foreign keys are checked at the end, so an export that needs content this
 * database does not have is refused whole.
 */
public final class Importer {
  private static final Sql SQL = Sql.of(Importer.class);

  private Importer() {}

  /**
   * The column of each learner table that says when the row's event happened (due dates are in the
   * future by design): the ones doctor checks against now.
   */
  private static final Map<String, String> HAPPENED_AT =
      Map.of(
          "reviews", "reviewed_at",
          "cards", "last_review",
          "mastery", "updated_at",
          "lessons_seen", "seen_at");

  private static final String LATER_DATES =
      "; a genuine export holds nothing later than itself: the file was changed, or the clock"
          + " was wrong (if so: import it with --allow-later-dates, then run tutor doctor --fix)";

  /**
   * Imports the export as learner {@code as}, or under the export's own name if {@code as} is null.
   */
  static Portability.Imported restore(
      SqliteStore store,
      ExportSource source,
      String as,
      boolean laterDates,
      Portability.MasteryCheck mastery) {
    Connection c = store.connection();
    ExportHeader data;
    try {
      data = source.header();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (data.formatVersion() > LearnerExport.FORMAT_VERSION
        || data.schema() > Database.latestVersion()) {
      throw new ImportRefused(
          "the export comes from a newer tutor (format "
              + data.formatVersion()
              + ", schema "
              + data.schema()
              + "); update tutor to import it");
    }
    // The export stamps itself with the clock, cut to the second, once every row is written: a row
    // of a genuine export is at most that second's last millisecond. (The one way past it is a
    // clock that was set ahead when the row was written and back before the export.) The learner's
    // own creation time is not held to it: a learner made by another command under --now, or by
    // the first command of a database, is stamped by the real clock.
    long latest =
        laterDates
            ? Long.MAX_VALUE
            : data.exportedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toEpochMilli()
                + 999;
    String name = LearnerName.normalize(as != null ? as : data.learner());
    String bad = LearnerName.problem(name);
    if (bad != null) {
      throw new ImportRefused(
          as != null
              ? "--as: " + bad + " (" + LearnerName.RULE + ")"
              : "the export's learner name '"
                  + ValueRules.shorten(data.learner())
                  + "' is not allowed: "
                  + bad
                  + "; import it under another name with --as NAME");
    }
    if (store.learner(name).isPresent()) {
      throw new ImportRefused(
          "there is already a learner '"
              + name
              + "' in this database; import under another"
              + " name with --as NAME");
    }
    List<String> missing = new ArrayList<>();
    data.packs()
        .forEach(
            (pack, version) -> {
              if (store.installedVersion(pack).isEmpty())
                missing.add(pack + (version.isEmpty() ? "" : " " + version));
            });
    if (!missing.isEmpty()) {
      throw new ImportRefused(
          "the export has progress in "
              + (missing.size() == 1 ? "pack " : "packs ")
              + String.join(", ", missing)
              + ", not installed here; install "
              + (missing.size() == 1 ? "it" : "them")
              + " first with: tutor pack add PATH");
    }
    return Transactions.inTransaction(
        c,
        () -> {
          Set<String> before = foreignKeyViolations(c);
          try (Statement s = c.createStatement()) {
            s.execute(SQL.get("defer-foreign-keys"));
          }
          Learner learner = insertLearner(c, name, data.learnerCreatedAt());
          List<String> known = LearnerTables.names(c);
          Map<String, Long> shifts = new HashMap<>();
          Map<String, ExportWriter.TableCheck> read = new LinkedHashMap<>();
          try {
            for (String t = source.nextTable(); t != null; t = source.nextTable()) {
              if (!known.contains(t)) {
                throw new ImportRefused(
                    "the export has a table '" + t + "' this tutor does not know; update tutor");
              }
              if (read.containsKey(t))
                throw new ImportRefused("the export has the table '" + t + "' twice");
              read.put(t, insertRows(c, source, t, learner.id(), shifts, latest, data));
            }
            if (read.isEmpty())
              throw new ImportRefused("the export has no tables, so no data: it is incomplete");
            Manifests.check(source.manifest(), read, source::nameOf);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          checkForeignKeys(c, before);
          List<String> mended =
              mastery == Portability.MasteryCheck.AS_IS
                  ? List.of()
                  : mastery(c, learner.id(), data, store, mastery == Portability.MasteryCheck.MEND);
          Map<String, Long> rows = new LinkedHashMap<>();
          read.forEach((t, check) -> rows.put(t, check.rows()));
          return new Portability.Imported(learner, rows, mended);
        });
  }

  /**
   * The imported mastery against the imported answers, as doctor checks it: an export whose mastery
   * was changed by hand (a skill shown mastered, which unlocks what builds on it and would back a
   * credential, without the answers) is refused, naming the first skill, unless {@code mend}: then
   * what the answers give is written in (the skills are returned). Only packs installed here at the
   * export's version: with another version the answers were weighed with other parameters.
   */
  private static List<String> mastery(
      Connection c, long learner, ExportHeader data, SqliteStore store, boolean mend)
      throws SQLException {
    MasteryAgainstAnswers.Disagreements d =
        MasteryAgainstAnswers.ofLearner(
            c,
            learner,
            pack -> {
              String version = data.packs().get(pack);
              return version != null
                  && !version.isEmpty()
                  && store.installedVersion(pack).map(version::equals).orElse(false);
            });
    if (d.details().isEmpty()) return List.of();
    if (!mend) {
      throw new ImportRefused(
          (d.details().size() == 1 ? "a skill's" : d.details().size() + " skills'")
              + " mastery is not what the export's own answers made of it ("
              + d.details().get(0)
              + "): it was changed outside tutor; import it with --mend to take the mastery its"
              + " answers give");
    }
    try (Statement s = c.createStatement()) {
      for (String sql : d.repairs()) s.executeUpdate(sql);
    }
    return d.details();
  }

  private static Learner insertLearner(Connection c, String name, long createdAt)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(SQL.get("insert-learner"), Statement.RETURN_GENERATED_KEYS)) {
      ps.setString(1, name);
      ps.setLong(2, createdAt);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return new Learner(keys.getLong(1), name, java.time.Instant.ofEpochMilli(createdAt));
      }
    }
  }

  /** Inserts a table's rows as they are read; returns their count and checksum, as read. */
  private static ExportWriter.TableCheck insertRows(
      Connection c,
      ExportSource source,
      String name,
      long learnerId,
      Map<String, Long> shifts,
      long latest,
      ExportHeader header)
      throws SQLException, IOException {
    String happened = HAPPENED_AT.get(name);
    List<LearnerTables.Column> all = LearnerTables.columns(c, name);
    Map<String, LearnerTables.Column> byName = new LinkedHashMap<>();
    for (LearnerTables.Column col : all) byName.put(col.name(), col);
    String idColumn = LearnerTables.rowidAlias(all);
    Map<String, Long> follow = new HashMap<>(); // column -> how far the ids it refers to moved
    for (LearnerTables.Reference r : LearnerTables.references(c, name)) {
      Long moved = shifts.get(r.table());
      if (moved != null && moved != 0) follow.put(r.column(), moved);
    }
    long shift = idColumn == null ? 0 : maxId(c, name, idColumn);
    Map<List<String>, PreparedStatement> inserts = new HashMap<>();
    RowDigest digest = new RowDigest();
    try {
      for (Map<String, Object> raw = source.nextRow(); raw != null; raw = source.nextRow()) {
        digest.add(raw);
        Map<String, Object> row = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : raw.entrySet()) {
          LearnerTables.Column col = byName.get(e.getKey());
          if (col == null || col.name().equals("learner_id")) {
            throw new ImportRefused(
                source.position()
                    + ": the column '"
                    + e.getKey()
                    + "' is not one this tutor knows"
                    + " in table '"
                    + name
                    + "'; update tutor");
          }
          try {
            row.put(col.name(), ValueRules.convert(e.getValue(), col));
          } catch (IllegalArgumentException ex) {
            throw new ImportRefused(
                source.position() + ", column '" + col.name() + "': " + ex.getMessage());
          }
        }
        for (LearnerTables.Column col : all) {
          if (col.notNull()
              && !col.name().equals("learner_id")
              && !col.name().equals(idColumn)
              && row.get(col.name()) == null) {
            throw new ImportRefused(
                source.position() + ", column '" + col.name() + "': a value is required");
          }
        }
        String problem = ValueRules.problem(name, row);
        if (problem != null) throw new ImportRefused(source.position() + ", " + problem);
        if (happened != null && row.get(happened) instanceof Long at && at > latest) {
          throw new ImportRefused(
              source.position()
                  + ", column '"
                  + happened
                  + "': "
                  + Instant.ofEpochMilli(at)
                  + " is after the export was made ("
                  + header.exportedAt()
                  + ")"
                  + LATER_DATES);
        }
        if (idColumn != null && shift != 0 && row.get(idColumn) instanceof Long id) {
          if (id <= 0 || id > Long.MAX_VALUE - shift) {
            throw new ImportRefused(
                source.position() + ", column '" + idColumn + "': " + id + " is not a row id");
          }
          row.put(idColumn, id + shift);
        }
        for (Map.Entry<String, Long> f : follow.entrySet()) {
          if (row.get(f.getKey()) instanceof Long ref) row.put(f.getKey(), ref + f.getValue());
        }
        List<String> columns = new ArrayList<>(row.keySet());
        PreparedStatement insert = inserts.get(columns);
        if (insert == null) {
          insert = c.prepareStatement(insertSql(name, columns));
          inserts.put(columns, insert);
        }
        int i = 1;
        for (String col : columns) bind(insert, i++, row.get(col));
        insert.setLong(i, learnerId);
        try {
          insert.executeUpdate();
        } catch (SQLException e) {
          if (String.valueOf(e.getMessage()).contains("UNIQUE")
              || String.valueOf(e.getMessage()).contains("CONSTRAINT")) {
            throw new ImportRefused(
                source.position()
                    + ": "
                    + e.getMessage().replaceFirst("^\\[SQLITE[^]]*\\]\\s*", "")
                    + " (the same row twice?)");
          }
          throw e;
        }
      }
    } finally {
      for (PreparedStatement ps : inserts.values()) ps.close();
    }
    if (idColumn != null) shifts.put(name, shift);
    return new ExportWriter.TableCheck(digest.rows(), digest.hex());
  }

  /**
   * Built here, not kept in Importer.sql: an import writes the learner tables and columns the
   * export names (checked against the schema), and a name is no parameter.
   */
  private static String insertSql(String table, List<String> columns) {
    List<String> all = new ArrayList<>(columns);
    all.add("learner_id");
    return "INSERT INTO "
        + LearnerTables.quote(table)
        + "("
        + String.join(", ", all.stream().map(LearnerTables::quote).toList())
        + ") VALUES ("
        + String.join(", ", all.stream().map(x -> "?").toList())
        + ")";
  }

  /** Built here as {@link #insertSql} is: a name is no parameter. */
  private static long maxId(Connection c, String table, String idColumn) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT coalesce(max("
                    + LearnerTables.quote(idColumn)
                    + "), 0) FROM "
                    + LearnerTables.quote(table))) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** Binds a value already of its column's type ({@link ValueRules#convert}). */
  private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v == null) ps.setNull(i, Types.NULL);
    else if (v instanceof Long l) ps.setLong(i, l);
    else if (v instanceof Double d) ps.setDouble(i, d);
    else ps.setString(i, v.toString());
  }

  /** "table rowid -> parent" of every row whose reference is broken. */
  private static Set<String> foreignKeyViolations(Connection c) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(SQL.get("foreign-key-violations"))) {
      while (rs.next()) out.add(rs.getString(1) + " " + rs.getLong(2) + " -> " + rs.getString(3));
    }
    return out;
  }

  /** Refuses the import if it broke references (rows already broken before are not its doing). */
  private static void checkForeignKeys(Connection c, Set<String> before) throws SQLException {
    Map<String, Integer> problems = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (String v : foreignKeyViolations(c)) {
      if (before.contains(v) || !seen.add(v)) continue;
      String[] parts = v.split(" ");
      problems.merge(parts[0] + " -> " + parts[3], 1, Integer::sum);
    }
    if (problems.isEmpty()) return;
    List<String> parts = new ArrayList<>();
    problems.forEach((k, n) -> parts.add(n + " in " + k));
    throw new ImportRefused(
        "the export refers to content that is not installed here ("
            + String.join(", ", parts)
            + "); install the pack versions it was made with and try again");
  }
}
