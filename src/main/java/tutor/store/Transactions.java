package tutor.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on the database that is written whole or not at all. */
final class Transactions {
  private Transactions() {}

  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  /** Runs {@code work} in one transaction on {@code c}: all of it is written, or none. */
  static <T> T inTransaction(Connection c, SqlWork<T> work) {
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run();
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }
}
