package tutor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import tutor.pack.Pack;
import tutor.pack.Semver;
import tutor.packfile.AuthoredPack;
import tutor.packfile.PackException;
import tutor.packfile.PackReader;
import tutor.store.InstallReport;
import tutor.store.Media;
import tutor.store.Store;

/**
 * Keeps the packs shipped in content/ installed: new ones on first run, newer versions when the
 * shipped pack is updated. A fingerprint of the files (names, sizes, times) is remembered, so a
 * normal start reads no YAML at all.
 */
final class Bundled {
  private Bundled() {}

  static void sync(Store store, Path contentDir, Instant now, PrintWriter err) {
    sync(store, contentDir, now, err, () -> TerminalWidth.PIPED, () -> {});
  }

  /**
   * As above; what is said is wrapped between words to {@code width} (asked only when there is
   * something to say: it may open the terminal). {@code beforeUpdate} runs once before the first
   * update of a pack already installed (an update may start again exercises whose answer changed:
   * the automatic backup).
   */
  static void sync(
      Store store,
      Path contentDir,
      Instant now,
      PrintWriter err,
      IntSupplier width,
      Runnable beforeUpdate) {
    boolean backedUp = false;
    if (!Files.isDirectory(contentDir)) return;
    String key = "bundled:" + contentDir.toAbsolutePath().normalize();
    String fingerprint = fingerprint(contentDir);
    if (store.appSetting(key).map(fingerprint::equals).orElse(false)) return;
    for (Path dir : packDirs(contentDir)) {
      try {
        AuthoredPack authored = PackReader.readAuthored(dir);
        Pack pack = authored.pack();
        var installed = store.installedVersion(pack.id());
        boolean newer =
            installed.isEmpty()
                || Semver.parse(installed.get())
                    .flatMap(old -> Semver.parse(pack.version()).map(v -> v.compareTo(old) > 0))
                    .orElse(false);
        if (newer) {
          if (installed.isPresent() && !backedUp) {
            beforeUpdate.run();
            backedUp = true;
          }
          try (PackSource src = PackSource.open(dir)) {
            InstallReport r =
                store.installPack(
                    pack,
                    authored.sources().authorExamples(),
                    dir.toString(),
                    src.contentHash(),
                    now);
            // bundled packs with media keep them too
            store.media().save(pack.id(), Media.files(src.dir, pack));
            List<String> said = new ArrayList<>();
            said.add(
                r.firstInstall()
                    ? "Installed pack '"
                        + pack.id()
                        + "' "
                        + pack.version()
                        + " ("
                        + pack.title()
                        + ")."
                    : "Updated pack '"
                        + pack.id()
                        + "' "
                        + r.previousVersion()
                        + " -> "
                        + pack.version()
                        + ".");
            // Only learners with progress on a reset exercise lose anything worth explaining; they
            // know an exercise by its prompt (said as a session starts, to a learner).
            int w = width.getAsInt();
            if (!r.learnersReset().isEmpty())
              said.addAll(PackCommand.Add.resetLines(r, byPrompt(pack, r, w)));
            for (String line : said) TextRows.print(err, line, w);
          }
        }
      } catch (PackException e) {
        err.println("tutor: the bundled pack in " + dir + " is broken and was skipped:");
        e.errors().forEach(x -> err.println("  " + x));
      }
    }
    store.setAppSetting(key, fingerprint);
    err.flush();
  }

  /**
   * An exercise as a learner knows it: its prompt, cut to leave room on its line for why it starts
   * again (or, when that leaves too little, to the line).
   */
  private static java.util.function.Function<String, String> byPrompt(
      Pack pack, InstallReport r, int width) {
    java.util.Map<String, String> prompts = new java.util.HashMap<>();
    for (tutor.pack.Exercise e : pack.exercises())
      if (e.prompt() != null && !e.prompt().isBlank()) prompts.put(e.id(), e.prompt());
    return id -> {
      String prompt = prompts.get(id);
      if (prompt == null) return id;
      // "  \"" before, "\": " and why after, the last column free
      int room = width - 1 - 3 - 3 - r.resetReasons().getOrDefault(id, "").length();
      return "\"" + DueText.shorten(prompt, room >= 20 ? room : Math.max(20, width - 5)) + "\"";
    };
  }

  private static List<Path> packDirs(Path contentDir) {
    try (Stream<Path> s = Files.list(contentDir)) {
      return s.filter(d -> Files.isRegularFile(d.resolve(PackReader.MANIFEST))).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String fingerprint(Path contentDir) {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> walk = Files.walk(contentDir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        sb.append(contentDir.relativize(p))
            .append(' ')
            .append(Files.size(p))
            .append(' ')
            .append(Files.getLastModifiedTime(p).toMillis())
            .append('\n');
      }
    } catch (IOException e) {
      return "";
    }
    return Integer.toHexString(sb.toString().hashCode()) + ":" + sb.length();
  }
}
