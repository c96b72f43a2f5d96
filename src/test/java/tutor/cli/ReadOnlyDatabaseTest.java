package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * A database file that may only be read: reading commands work, writing ones say so in words (what
 * to do, no SQLITE_READONLY). File permissions do not stop root: as root the file is made immutable
 * with chattr +i instead (a read-only directory is CrashAndFaultTest's, on a read-only mount).
 */
class ReadOnlyDatabaseTest {
  @TempDir Path dir;

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }

  @Test
  void aReadOnlyFileIsReadAndAWriteIsRefusedInWords() throws Exception {
    Path db = dir.resolve("t.db");
    Cli cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    assertEquals(0, cli.input("Paris\n", "study", "--limit", "1").code()); // a learner, an answer
    boolean immutable = false;
    if (root()) {
      assumeTrue(
          Files.isExecutable(Path.of("/usr/bin/chattr")) && run("chattr", "+i", db.toString()) == 0,
          "running as root, where permissions do not stop writes, and chattr +i is not possible"
              + " here");
      immutable = true;
    } else {
      Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    }
    try {
      Cli.Result due = cli.run("due");
      assertEquals(0, due.code(), "reading works: " + due);
      for (String[] write :
          new String[][] {{"settings", "new-per-day", "5"}, {"learner", "add", "zed"}}) {
        Cli.Result r = cli.input("Paris\n", write);
        assertEquals(1, r.code(), r.toString());
        assertEquals(
            "tutor: "
                + db
                + " is read-only: tutor can read it but not change it (make it writable: chmod u+w"
                + " t.db; or use --db)\n",
            r.err(),
            String.join(" ", write));
      }
    } finally {
      if (immutable) run("chattr", "-i", db.toString());
    }
  }
}
