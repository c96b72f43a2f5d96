package tutor.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The baseline of the data benchmark: the least an export must do, and nothing else. It opens the
 * database and reads every column of every review once (as a stream of rows), in a JVM with tutor's
 * libraries and the same flags.
 */
public final class DataProbe {
  private DataProbe() {}

  public static void main(String[] args) throws Exception {
    long n = 0;
    long chars = 0;
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + Path.of(args[0]).toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM reviews")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          Object v = rs.getObject(i);
          if (v != null) chars += v.toString().length();
        }
        n++;
      }
    }
    System.out.println(n + " rows, " + chars + " characters");
  }
}
