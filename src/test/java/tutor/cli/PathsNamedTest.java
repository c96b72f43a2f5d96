package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rule for paths a learner names: the directory they are in must exist (tutor makes at most
 * the last part, a directory it writes into), and a failure is one line without a Java name.
 */
class PathsNamedTest {
  @TempDir Path dir;

  private static void oneCleanLine(Cli.Result r, int code, String expected) {
    assertEquals(code, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(r.err().contains(expected), "expected '" + expected + "' in:\n" + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aDbInADirectoryThatDoesNotExistIsRefusedAndNothingIsCreated() {
    Path typo = dir.resolve("typo").resolve("dir").resolve("x.db");
    Cli.Result r = new Cli(typo).run("due");
    oneCleanLine(
        r,
        2,
        "--db "
            + typo
            + ": the directory "
            + typo.getParent()
            + " does not exist (nor "
            + dir.resolve("typo")
            + "); create it first");
    assertFalse(Files.exists(dir.resolve("typo")), "no directories made");
    Cli.Result study = new Cli(typo).input("", "study");
    assertEquals(2, study.code(), study.toString());
    assertFalse(Files.exists(dir.resolve("typo")));
  }

  @Test
  void aDbNoAdapterOfThisBuildKeepsIsRefusedInOneLineByEveryCommand() {
    for (String db :
        new String[] {"postgresql://class.example/tutor", "jdbc:postgresql://class.example/t"}) {
      for (String[] command :
          new String[][] {
            {"due"}, {"study"}, {"stats"}, {"backup"}, {"doctor"}, {"learner", "list"},
          }) {
        java.io.StringWriter err = new java.io.StringWriter();
        Context ctx =
            new Context(
                java.util.Map.of("HOME", dir.toString()),
                java.io.InputStream.nullInputStream(),
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(err, true),
                false);
        String[] args = new String[command.length + 2];
        args[0] = "--db";
        args[1] = db;
        System.arraycopy(command, 0, args, 2, command.length);
        int code = Main.run(ctx, args);
        oneCleanLine(
            new Cli.Result(code, "", err.toString()),
            2,
            "tutor: no store adapter for '" + db + "': this build has SQLite only");
      }
    }
    assertFalse(Files.exists(Path.of("postgresql:")), "no file made of a URI");
    assertFalse(Files.exists(Path.of("jdbc:postgresql:")), "no file made of a URI");
  }

  @Test
  void theDefaultLocationsDirectoriesAreCreated() {
    Path home = dir.resolve("home");
    java.io.StringWriter err = new java.io.StringWriter();
    Context ctx =
        new Context(
            java.util.Map.of("XDG_DATA_HOME", home.resolve("data").toString()),
            java.io.InputStream.nullInputStream(),
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(err, true),
            false);
    assertEquals(0, Main.run(ctx, "due"), err.toString());
    assertTrue(Files.isRegularFile(home.resolve("data").resolve("tutor").resolve("tutor.db")));
  }

  @Test
  void everyOutWhoseDirectoryIsMissingFailsTheSameWay() throws Exception {
    Cli cli = new Cli(dir.resolve("tutor.db"));
    Path missing = dir.resolve("nope").resolve("deeper");
    oneCleanLine(
        cli.run("export", "--out", missing.resolve("x").toString()),
        2,
        "--out " + missing.resolve("x") + ": the directory " + missing + " does not exist");
    oneCleanLine(
        cli.run("pack", "export", "content/nothing", "--out", missing.resolve("p.zip").toString()),
        2,
        "the directory " + missing + " does not exist");
    Files.writeString(dir.resolve("deck.csv"), "front,back\nq,a\n");
    oneCleanLine(
        cli.run(
            "pack",
            "import",
            dir.resolve("deck.csv").toString(),
            "--out",
            missing.resolve("p").toString()),
        2,
        "the directory " + missing + " does not exist");
    oneCleanLine(
        cli.run("credential", "issue", "--pack", "x", "--out", missing.resolve("c").toString()),
        2,
        "the directory " + missing + " does not exist");
    assertFalse(Files.exists(dir.resolve("nope")));
    // The last part alone is made: the directory the export is written into.
    Cli.Result made = cli.run("export", "--out", dir.resolve("exports").toString());
    assertEquals(0, made.code(), made.toString());
    assertTrue(Files.isDirectory(dir.resolve("exports")));
  }

  @Test
  void aFileSystemRefusalIsOneLineWithoutAJavaName() {
    Path proc = Path.of("/proc/tutor-no-such");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(Path.of("/proc")), "needs /proc (Linux)");
    Cli.Result r = new Cli(dir.resolve("tutor.db")).run("export", "--out", proc.toString());
    oneCleanLine(r, 1, "tutor: cannot use /proc/tutor-no-such");
  }
}
