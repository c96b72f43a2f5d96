package tutor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.packfile.PackReader;
import tutor.packfile.PackWriter;
import tutor.packfile.ZipFiles;
import tutor.store.Learner;
import tutor.store.PackSummary;
import tutor.store.Store;
import tutor.store.StudyData;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Zip a pack (a directory, or an installed pack by id) for sharing.",
      "",
      "The zip installs with `tutor pack add FILE.zip`. From a directory, every",
      "file is kept as written (hidden files such as .git are left out); the pack",
      "is checked first. From the id of an installed pack, the pack is rebuilt from",
      "what was installed, examples and attribution included (comments and file",
      "layout are not kept). The same pack always gives the same zip."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack export content/unix-shell --out unix-shell-1.1.0.zip",
      "  tutor pack export git --out git.zip            (an installed pack, by id)"
    })
final class PackExportCommand implements Callable<Integer> {
  @ParentCommand PackCommand parent;

  @Parameters(
      paramLabel = "PATH|ID",
      description = "A pack directory, or the id of an installed pack.")
  String source;

  @Option(
      names = "--out",
      paramLabel = "FILE.zip",
      required = true,
      description = "The zip file to write.")
  Path out;

  @Option(names = "--force", description = "Replace FILE.zip if it exists.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
      throw new UserException(
          ExitCodes.BAD_INPUT, "--out " + out + ": the file name should end in .zip");
    }
    if (Files.isDirectory(out))
      throw new UserException(ExitCodes.BAD_INPUT, "--out " + out + " is a directory");
    if (Files.exists(out) && !force) {
      throw new UserException(ExitCodes.BAD_INPUT, out + " exists; use --force to replace it");
    }
    OutPath.requireParent("--out", out);
    Path path = Path.of(source);
    if (Files.exists(path)) return fromPath(path);
    if (PackReader.isValidId(source)) return fromInstalled();
    throw new UserException(
        ExitCodes.BAD_INPUT, source + ": no such pack directory or installed pack id");
  }

  private int fromPath(Path path) throws IOException {
    try (PackSource src = PackSource.open(path)) {
      Pack pack = AuthoringInput.readValid(src, path.toString(), parent.root.ctx.err()).pack();
      int files = write(src.dir, pack);
      report(pack, files);
    }
    return ExitCodes.OK;
  }

  private int fromInstalled() throws IOException {
    TutorCommand root = parent.root;
    Pack pack;
    Map<String, tutor.pack.AuthorExamples> examples;
    Map<String, byte[]> media;
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(root.clock().instant());
      PackSummary summary =
          store.packs(learner.id()).stream()
              .filter(p -> p.id().equals(source))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UserException(
                          ExitCodes.BAD_INPUT,
                          "no directory '"
                              + source
                              + "' and no installed pack with that id (see: tutor pack list)"));
      pack = installed(summary, store.studyData(learner.id()), store.units(summary.id()));
      examples = store.examples(summary.id());
      media = store.media().load(summary.id());
    }
    Path temp = Files.createTempDirectory("tutor-export");
    try {
      for (Map.Entry<String, String> f : PackWriter.files(pack, examples).entrySet()) {
        Path p = temp.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
      for (Map.Entry<String, byte[]> f : media.entrySet()) {
        Path p = temp.resolve(f.getKey()).normalize();
        if (!p.startsWith(temp))
          continue; // paths were checked inside the pack when it was installed
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      report(pack, write(temp, pack));
    } finally {
      deleteTree(temp);
    }
    return ExitCodes.OK;
  }

  static Pack installed(PackSummary p, StudyData data, List<tutor.pack.Unit> units) {
    List<Skill> skills =
        data.skills().stream()
            .filter(s -> s.packId().equals(p.id()))
            .sorted(Comparator.comparingInt(StoredSkill::position))
            .map(StoredSkill::skill)
            .toList();
    List<Exercise> exercises =
        data.exercises().stream()
            .filter(e -> e.packId().equals(p.id()))
            .sorted(Comparator.comparingInt(StoredExercise::position))
            .map(StoredExercise::exercise)
            .toList();
    return new Pack(
        tutor.pack.Pack.FORMAT,
        p.id(),
        p.title(),
        p.version(),
        p.description(),
        p.authors(),
        p.license(),
        p.language(),
        skills,
        exercises,
        units);
  }

  /**
   * Writes the zip beside its final place, then moves it there: never half a file at {@code out}.
   */
  private int write(Path dir, Pack pack) throws IOException {
    // Not createTempFile: its owner-only permissions would stay on the zip.
    Path temp =
        out.toAbsolutePath()
            .resolveSibling(
                "." + out.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
    try {
      int files;
      try (OutputStream o =
          Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
        files = ZipFiles.zipDirectory(dir, pack.id(), o);
      }
      Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return files;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void report(Pack pack, int files) {
    parent
        .root
        .ctx
        .out()
        .println(
            "Exported "
                + pack.id()
                + " "
                + pack.version()
                + " ("
                + files
                + (files == 1 ? " file" : " files")
                + ") to "
                + out);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary directory left behind is harmless
    }
  }
}
