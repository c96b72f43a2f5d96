package tutor.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * Runs SQL on a fresh in-memory copy of a fixture, never on a file. A fixture's script is run once
 * ({@link #load}) and kept as a serialized database image; each run deserializes the image into a
 * new in-memory connection (under a millisecond for a small business database), so nothing a
 * learner does outlives the run.
 *
 * <p>Safety: the attached-database limit is 0 (so ATTACH and VACUUM INTO cannot open or create a
 * file), extension loading stays off (SQLite answers "not authorized" to load_extension), temporary
 * storage is in memory, strings and blobs are capped, the statement is interrupted when the
 * deadline passes (SQLite's progress handler), reading stops past the row limit, and exactly one
 * statement runs. A query runs with {@code query_only} on, so a WITH that hides a DELETE changes
 * nothing.
 */
public final class SqlSandbox {
  /**
   * The name of the relation listing indexes after a change (brackets: no table is called that).
   */
  public static final String INDEXES = "(indexes)";

  /** The largest string or blob a statement may build (a runaway {@code printf('%.*c')}). */
  static final int MAX_LENGTH = 1_000_000;

  /** SQLite's virtual machine instructions between two looks at the deadline. */
  private static final int PROGRESS_STEPS = 1000;

  /** Statements that change data or the schema: a query exercise refuses them. */
  static final Set<String> CHANGES =
      Set.of(
          "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "REINDEX", "ANALYZE");

  /**
   * Statements no exercise runs (files, settings, transactions). Words SQLite does not know at all
   * go to SQLite, whose "syntax error" says more about a typo than a refusal would.
   */
  static final Set<String> NEVER =
      Set.of(
          "ATTACH",
          "DETACH",
          "PRAGMA",
          "VACUUM",
          "BEGIN",
          "COMMIT",
          "END",
          "ROLLBACK",
          "SAVEPOINT",
          "RELEASE",
          "EXPLAIN");

  private SqlSandbox() {}

  /** A fixture loaded once: its name and its database image. */
  public record Fixture(String name, byte[] image) {}

  /** What running a statement gave: the relations asked for, or why there are none. */
  public sealed interface Run {
    /** It ran: the query's result, or (after a change) the relations compared. */
    record Ran(List<Relation> relations) implements Run {}

    /**
     * It did not run to the end: SQLite's message (a syntax error, no such table), or why it was
     * stopped. The message is for the learner, one line.
     */
    record Failed(Why why, String message) implements Run {}
  }

  /** Why a statement gave no result. */
  public enum Why {
    /** SQLite refused it: syntax, names, types, constraints. */
    SQL,
    /**
     * Not one statement, or not a statement this exercise runs (ATTACH, PRAGMA, a change in a
     * query).
     */
    REFUSED,
    /** It ran past the time limit. */
    TIME,
    /** It returned more rows than the limit. */
    ROWS
  }

  /** What to look at after a change statement. */
  public sealed interface After {
    /** Every table's rows and the database's indexes. */
    record Tables() implements After {}

    /** This query's result. */
    record Check(String query) implements After {}
  }

  /** Thrown when a fixture script does not load. */
  public static final class FixtureException extends Exception {
    private final int line;

    FixtureException(int line, String message) {
      super(message);
      this.line = line;
    }

    /** The line of the script where the failing statement starts. */
    public int line() {
      return line;
    }
  }

  /** Runs a fixture's script into a new database image. */
  public static Fixture load(
      String name, String script, Limits limits, java.util.function.Supplier<Deadline> deadline)
      throws FixtureException {
    try (SQLiteConnection c = open()) {
      for (SqlText.Statement s : SqlText.split(script)) {
        String k = s.keyword();
        if (k.equals("ATTACH") || k.equals("DETACH") || k.equals("VACUUM") || k.equals("PRAGMA")) {
          throw new FixtureException(s.line(), k + " is not allowed in a fixture");
        }
        Deadline d = deadline.get();
        ProgressHandler.setHandler(c, PROGRESS_STEPS, handler(d));
        try (Statement st = c.createStatement()) {
          st.execute(s.sql());
        } catch (SQLException e) {
          throw new FixtureException(
              s.line(), d.passed() ? "ran past " + limits.time().toSeconds() + " s" : message(e));
        }
      }
      ProgressHandler.clearHandler(c);
      return new Fixture(name, c.serialize("main"));
    } catch (SQLException e) {
      throw new FixtureException(1, message(e));
    }
  }

  /**
   * Runs one statement on a fresh copy of {@code fixture}: a query (SELECT, WITH) and its result,
   * or, with {@code after} given, a change and then what it left.
   */
  public static Run run(
      Fixture fixture, String sql, After after, Limits limits, Deadline deadline) {
    List<SqlText.Statement> statements = SqlText.split(sql);
    if (statements.isEmpty())
      return new Run.Failed(Why.REFUSED, "There is no SQL statement to run.");
    if (statements.size() > 1) {
      return new Run.Failed(
          Why.REFUSED,
          "One statement at a time, please: this has "
              + statements.size()
              + " (the second starts with "
              + statements.get(1).keyword()
              + ").");
    }
    SqlText.Statement s = statements.get(0);
    String keyword = s.keyword();
    boolean query = after == null;
    if (NEVER.contains(keyword) || (query && CHANGES.contains(keyword)) || keyword.isEmpty()) {
      return new Run.Failed(Why.REFUSED, refusal(keyword, query));
    }
    try (SQLiteConnection c = open()) {
      c.deserialize("main", fixture.image());
      harden(c);
      try (Statement st = c.createStatement()) {
        st.execute("PRAGMA foreign_keys = ON");
        if (query) st.execute("PRAGMA query_only = ON");
      }
      ProgressHandler.setHandler(c, PROGRESS_STEPS, handler(deadline));
      try {
        if (query) return read(c, s.sql(), "", limits);
        try (Statement st = c.createStatement()) {
          st.execute(s.sql());
        }
        try (Statement st = c.createStatement()) {
          st.execute("PRAGMA query_only = ON"); // the check reads only
        }
        return after instanceof After.Check check
            ? checkQuery(c, check.query(), limits)
            : tables(c, limits);
      } catch (SQLException e) {
        if (deadline.passed()) {
          return new Run.Failed(
              Why.TIME, "It ran for more than " + seconds(limits) + " and was stopped.");
        }
        return new Run.Failed(Why.SQL, message(e));
      }
    } catch (SQLException e) {
      return new Run.Failed(Why.SQL, message(e));
    }
  }

  private static Run checkQuery(Connection c, String check, Limits limits) throws SQLException {
    List<SqlText.Statement> s = SqlText.split(check);
    if (s.size() != 1) return new Run.Failed(Why.REFUSED, "The exercise's check is not one query.");
    return read(c, s.get(0).sql(), "", limits);
  }

  /**
   * Every table in name order, then one relation listing the indexes (by table, columns, whether
   * unique and whether partial, not name).
   */
  private static Run tables(Connection c, Limits limits) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet r =
            st.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
      while (r.next()) names.add(r.getString(1));
    }
    List<Relation> out = new ArrayList<>();
    for (String name : names) {
      Run one = read(c, "SELECT * FROM \"" + name.replace("\"", "\"\"") + "\"", name, limits);
      if (one instanceof Run.Failed) return one;
      out.add(((Run.Ran) one).relations().get(0));
    }
    Run indexes =
        read(
            c,
            "SELECT m.name AS \"table\", group_concat(i.name, ', ') AS columns, il.\"unique\" AS \"unique\","
                + " il.partial AS partial"
                + " FROM sqlite_schema m, pragma_index_list(m.name) il, pragma_index_info(il.name) i"
                + " WHERE m.type = 'table' AND il.origin = 'c' GROUP BY m.name, il.name",
            INDEXES,
            limits);
    if (indexes instanceof Run.Failed) return indexes;
    out.add(((Run.Ran) indexes).relations().get(0));
    return new Run.Ran(out);
  }

  private static Run read(Connection c, String sql, String name, Limits limits)
      throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet r = st.executeQuery(sql)) {
      ResultSetMetaData meta = r.getMetaData();
      int n = meta.getColumnCount();
      List<String> columns = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) columns.add(meta.getColumnLabel(i));
      List<List<Object>> rows = new ArrayList<>();
      while (r.next()) {
        if (rows.size() == limits.rows()) {
          return new Run.Failed(
              Why.ROWS, "It returned more than " + limits.rows() + " rows and was stopped.");
        }
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) row.add(value(r.getObject(i)));
        rows.add(row);
      }
      return new Run.Ran(List.of(new Relation(name, columns, rows)));
    }
  }

  private static Object value(Object o) {
    if (o instanceof Integer i) return i.longValue();
    if (o instanceof Float f) return f.doubleValue();
    return o;
  }

  private static SQLiteConnection open() throws SQLException {
    SQLiteConnection c = (SQLiteConnection) DriverManager.getConnection("jdbc:sqlite::memory:");
    harden(c);
    return c;
  }

  private static void harden(SQLiteConnection c) throws SQLException {
    c.setLimit(SQLiteLimits.SQLITE_LIMIT_ATTACHED, 0);
    c.setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_LENGTH);
    c.setLimit(SQLiteLimits.SQLITE_LIMIT_SQL_LENGTH, 100_000);
    try (Statement st = c.createStatement()) {
      st.execute(
          "PRAGMA temp_store = MEMORY"); // sorting a runaway query must not spill to a temp file
      st.execute("PRAGMA trusted_schema = OFF");
    }
  }

  private static ProgressHandler handler(Deadline deadline) {
    return new ProgressHandler() {
      @Override
      protected int progress() {
        return deadline.passed() ? 1 : 0;
      }
    };
  }

  private static String refusal(String keyword, boolean query) {
    return switch (keyword) {
      case "ATTACH", "DETACH" ->
          keyword + " is not allowed: exercises run on their own database in memory.";
      case "PRAGMA", "VACUUM", "EXPLAIN" -> keyword + " is not allowed here.";
      case "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE" ->
          "Each answer runs as one statement, so " + keyword + " has nothing to do here.";
      case "" -> "That is not an SQL statement.";
      default ->
          "This exercise asks for a query: start with SELECT or WITH ("
              + keyword
              + " changes data).";
    };
  }

  private static String seconds(Limits limits) {
    long ms = limits.time().toMillis();
    return ms % 1000 == 0 ? (ms / 1000 == 1 ? "1 second" : ms / 1000 + " seconds") : ms + " ms";
  }

  /**
   * SQLite's own words: sqlite-jdbc wraps them as "[SQLITE_ERROR] SQL error or missing database
   * (near "FORM": syntax error)"; the learner needs only the part in parentheses.
   */
  static String message(SQLException e) {
    String m = e.getMessage() == null ? "error" : e.getMessage();
    int open = m.indexOf('(');
    if (m.startsWith("[SQLITE_") && open > 0 && m.endsWith(")"))
      m = m.substring(open + 1, m.length() - 1);
    m = m.replaceAll("\\s+", " ").strip();
    return m.isEmpty() ? "error" : m;
  }
}
