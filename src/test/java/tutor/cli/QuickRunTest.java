package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** study and due run without Picocli say and do exactly what they say and do through it. */
class QuickRunTest {
  @TempDir Path dir;

  private Context context(StringWriter out, StringWriter err) {
    return new Context(
        Map.of("HOME", dir.toString()),
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true),
        new PrintWriter(err, true),
        false);
  }

  /** Through Main.run (which takes the quick way when it can), or through Picocli alone. */
  private Cli.Result run(boolean picocli, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context ctx = context(out, err);
    int code = picocli ? Main.commandLine(ctx).execute(args) : Main.run(ctx, args);
    return new Cli.Result(code, out.toString(), err.toString());
  }

  @Test
  void theQuickWayAnswersAsPicocliDoes() throws Exception {
    Path a = dir.resolve("a.db");
    assertEquals(0, new Cli(a).run("pack", "add", TestPacks.demo(dir).toString()).code());
    assertEquals(
        0,
        new Cli(a)
            .input(
                "Paris\n5\n", "study", "--limit", "2", "--seed", "3", "--now=2026-03-02T09:00:00Z")
            .code());
    List<List<String>> cases =
        List.of(
            // three days and three hours after the answers: three days to the second made the
            // welcome back depend on which way started quicker (each --now clock runs from the time
            // given)
            List.of("study", "--now=2026-03-05T12:00:00Z", "--db=DB"),
            List.of("--db", "DB", "--now", "2026-03-05T12:00:00Z", "--plain", "study"),
            List.of("--verbose", "due", "--db", "DB", "--now=2026-03-03T09:00:00Z"),
            List.of("due", "--now=2026-03-02T10:00:00Z", "--db=DB"),
            List.of("due", "--now=not-a-time", "--db=DB"),
            List.of("study", "--db=NONE/x.db"),
            List.of("due", "--db=BROKEN"));
    Path broken = dir.resolve("broken.db");
    Files.writeString(
        broken, "this is not a database, and it is long enough to be read as one. ".repeat(20));
    int n = 0;
    for (List<String> c : cases) {
      Path quick = dir.resolve("quick" + n + ".db");
      Path slow = dir.resolve("slow" + n++ + ".db");
      Files.copy(a, quick);
      Files.copy(a, slow);
      Cli.Result viaQuick = run(false, args(c, quick, broken));
      Cli.Result viaPicocli = run(true, args(c, slow, broken));
      assertEquals(
          viaPicocli.toString().replace(slow.toString(), "DB"),
          viaQuick.toString().replace(quick.toString(), "DB"),
          String.join(" ", c));
    }
  }

  private String[] args(List<String> c, Path db, Path broken) {
    List<String> out = new ArrayList<>();
    for (String s : c) {
      out.add(
          s.replace("DB", db.toString())
              .replace("BROKEN", broken.toString())
              .replace("NONE", dir.resolve("no-such-dir").toString()));
    }
    return out.toArray(String[]::new);
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context ctx = context(out, err);
    for (String[] args :
        new String[][] {
          {"study", "--limit", "1"},
          {"due", "--days", "3"},
          {"due", "--help"},
          {"-h", "study"},
          {"stats"},
          {"--db", "a.db", "--db", "b.db", "due"},
          {"study", "due"},
          {"--now", "-3d", "due"},
          {"--db"},
          {"--db", "due"},
          {"--plain=true", "due"},
          {"--db=", "due"},
          {},
          {"--version"}
        }) {
      assertNull(QuickRun.run(ctx, args), String.join(" ", args));
    }
    assertEquals("", out.toString() + err.toString(), "declining says nothing");
  }
}
