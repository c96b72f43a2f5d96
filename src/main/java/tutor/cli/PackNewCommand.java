package tutor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.authoring.Scaffold;
import tutor.packfile.PackReader;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Start a new pack that is valid, lint-clean and tested, to change from there.",
      "",
      "It has a manifest with two skills, an exercise file with an example of every",
      "exercise type (with hints, explanations and examples for `tutor pack test`),",
      "a lesson and a README. It is valid, lint-clean and its tests pass; change it",
      "from there."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack new spanish-a1",
      "  tutor pack new spanish-a1 --dir ~/packs/spanish --title 'Spanish for beginners'"
    })
final class PackNewCommand implements Callable<Integer> {
  @ParentCommand PackCommand parent;

  @Parameters(
      paramLabel = "ID",
      description = "The pack id: lower-case letters, digits, '-', '_' and '.'.")
  String id;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to create the pack (default: ./ID). Must not exist, or be empty.")
  Path dir;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The pack's title (default: from the id).")
  String title;

  @Override
  public Integer call() {
    if (!PackReader.isValidId(id)) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "pack id '"
              + id
              + "' should use only lower-case letters, digits, '-', '_' and '.', and start with a letter or digit");
    }
    Path target = dir != null ? dir : Path.of(id);
    if (Files.exists(target) && !emptyDirectory(target)) {
      throw new UserException(
          ExitCodes.BAD_INPUT,
          target + " already exists and is not empty;" + " choose another place with --dir");
    }
    String t = title != null && !title.isBlank() ? title.strip() : titleFrom(id);
    Map<String, String> files = Scaffold.files(id, t);
    boolean created = !Files.exists(target);
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = target.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      undo(target, files, created);
      throw new UserException(
          ExitCodes.FAILURE, "cannot create the pack in " + target + ": " + e.getMessage());
    }
    PrintWriter out = parent.root.ctx.out();
    int width = TerminalWidth.forProse(parent.root.ctx);
    // The path ends its line: copied, it takes no ':' with it.
    TextRows.print(out, "Created pack '" + id + "' in " + target, width);
    out.println("Its files:");
    files.keySet().forEach(f -> out.println("  " + f));
    out.println("Next: edit it, then check it:");
    TextRows.command(out, "tutor pack validate " + TextRows.shellWord(target.toString()), width);
    TextRows.command(out, "tutor pack test " + TextRows.shellWord(target.toString()), width);
    return ExitCodes.OK;
  }

  private static boolean emptyDirectory(Path p) {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** Removes what this command wrote, so that a failure leaves nothing half made. */
  private static void undo(Path target, Map<String, String> files, boolean created) {
    try {
      for (String f : files.keySet()) Files.deleteIfExists(target.resolve(f));
      for (String d : new String[] {"exercises", "lessons"}) {
        Path sub = target.resolve(d);
        if (emptyDirectory(sub)) Files.deleteIfExists(sub);
      }
      if (created && emptyDirectory(target)) Files.deleteIfExists(target);
    } catch (IOException ignored) {
      // best effort: the error about the failure itself is what matters
    }
  }

  /** "spanish-a1" becomes "Spanish a1". */
  static String titleFrom(String id) {
    String words = id.replaceAll("[-_.]+", " ").strip();
    return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
