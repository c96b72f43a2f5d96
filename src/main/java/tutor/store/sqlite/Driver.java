package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Connections to SQLite, the one way tutor makes them. The driver logs its own troubles (such as
 * failing to unpack its native library on a full disk) as stack traces on standard error; tutor
 * says what went wrong in one line instead, with the driver's reason in it.
 */
final class Driver {
  /** Kept: java.util.logging holds its loggers weakly, and would forget the level. */
  private static final Logger QUIET = quiet();

  private Driver() {}

  private static Logger quiet() {
    Logger l = Logger.getLogger("org.sqlite");
    l.setLevel(Level.OFF);
    return l;
  }

  static Connection connect(String url, Properties properties) throws SQLException {
    if (QUIET == null)
      throw new IllegalStateException("unreachable: the logger is set when the class loads");
    try {
      // The driver itself, not DriverManager, whose first use looks up every JDBC driver on the
      // class path (9 ms of a start's CPU, measured on the early thread's critical path).
      Connection c =
          org.sqlite.JDBC.createConnection(url, properties == null ? new Properties() : properties);
      if (c == null) throw new SQLException("not an SQLite address: " + url);
      return c;
    } catch (SQLException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) root = root.getCause();
      if (root == e || root.getMessage() == null) throw e;
      // "Error opening connection" alone says nothing: the reason is underneath.
      throw new SQLException(
          e.getMessage() + " (" + root.getMessage().strip().replaceAll("\\s+", " ") + ")",
          e.getSQLState(),
          e.getErrorCode(),
          e);
    }
  }
}
