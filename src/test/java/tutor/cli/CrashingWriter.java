package tutor.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child process by the crash tests: commits answers-like rows to a database in WAL mode
 * without checkpointing, says "ready", and waits to be killed with SIGKILL, so that the database is
 * left with a write-ahead log full of committed pages, as a crashed session leaves it.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA wal_autocheckpoint = 0");
      int n = Integer.parseInt(args[1]);
      for (int i = 0; i < n; i++) {
        s.execute("INSERT INTO learners(name, created_at) VALUES ('crashed-" + i + "', " + i + ")");
      }
      s.execute("CREATE INDEX IF NOT EXISTS crash_index ON learners(created_at)");
      System.out.println("ready");
      System.out.flush();
      Thread.sleep(60_000);
    }
  }
}
