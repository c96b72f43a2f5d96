package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The symlink rule: a pack never reads a file from outside itself, whatever links it holds. */
class SymlinkTest {
  @TempDir Path tmp;
  Path pack;
  Path outside;

  static final String MANIFEST =
      Packs.MANIFEST.replace("title: A\n", "title: A\n    lesson_file: lessons/a.md\n");

  @BeforeEach
  void setUp() throws IOException {
    pack = tmp.resolve("pack");
    outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Packs.pack(pack, MANIFEST, "exercises:\n" + Packs.VALID_EXERCISE);
    Packs.write(pack, "lessons/a.md", "# A\n");
    assumeTrue(canLink(), "this file system cannot make symbolic links");
  }

  private boolean canLink() {
    try {
      Path probe = Files.createSymbolicLink(tmp.resolve("probe"), outside);
      Files.delete(probe);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Moves {@code relative} out of the pack and leaves a link to it in its place. */
  private Path linkOut(String relative) throws IOException {
    Path inPack = pack.resolve(relative);
    Path target = outside.resolve(inPack.getFileName());
    Files.move(inPack, target);
    Files.createSymbolicLink(inPack, target);
    return target.toRealPath();
  }

  private static PackError theError(List<PackError> errors, Path file) {
    assertEquals(1, errors.size(), Packs.show(errors));
    assertEquals(file, errors.get(0).file(), Packs.show(errors));
    return errors.get(0);
  }

  @Test
  void aLessonLinkedFromOutsideIsRefusedInOneLine() throws IOException {
    Path target = linkOut("lessons/a.md");
    PackError e = theError(Packs.errors(pack), pack.resolve("lessons/a.md"));
    assertEquals(
        pack.resolve("lessons/a.md") + ": links outside the pack (to " + target + ")",
        e.toString());
  }

  @Test
  void anExerciseFileLinkedFromOutsideIsRefusedWithoutFollowOnErrors() throws IOException {
    Path target = linkOut("exercises/x.yaml");
    PackError e = theError(Packs.errors(pack), pack.resolve("exercises/x.yaml"));
    assertEquals("links outside the pack (to " + target + ")", e.message());
  }

  @Test
  void aManifestLinkedFromOutsideIsRefused() throws IOException {
    Path target = linkOut("pack.yaml");
    PackError e = theError(Packs.errors(pack), pack.resolve("pack.yaml"));
    assertEquals("links outside the pack (to " + target + ")", e.message());
  }

  @Test
  void aLinkedExercisesFolderIsRefusedByItsFile() throws IOException {
    Path target = linkOut("exercises");
    Files.writeString(pack.resolve("pack.yaml"), MANIFEST + "exercises: [exercises/x.yaml]\n");
    PackError e = theError(Packs.errors(pack), pack.resolve("exercises/x.yaml"));
    assertEquals("links outside the pack (to " + target.resolve("x.yaml") + ")", e.message());
  }

  @Test
  void aLinkThatStaysInsideThePackIsFine() throws Exception {
    Files.move(pack.resolve("lessons/a.md"), pack.resolve("lessons/real.md"));
    Files.createSymbolicLink(pack.resolve("lessons/a.md"), Path.of("real.md"));
    assertEquals("# A\n", PackReader.read(pack).skills().get(0).lesson());
    assertFalse(PackRoot.firstLinkOutside(pack).isPresent());
  }

  @Test
  void aLinkedPackDirectoryIsReadAsThePackItLinksTo() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("linked"), pack);
    assertEquals(1, PackReader.read(link).exercises().size());
  }

  @Test
  void aDirectoryCheckFindsAnyLinkOutsideEvenInFilesThePackDoesNotRead() throws IOException {
    Files.writeString(outside.resolve("secret"), "s");
    Files.createSymbolicLink(pack.resolve("README.md"), outside.resolve("secret"));
    PackError e = PackRoot.firstLinkOutside(pack).orElseThrow();
    assertEquals(pack.resolve("README.md"), e.file());
    assertTrue(e.message().startsWith("links outside the pack (to "), e.message());
  }

  @Test
  void exportNeverShipsAFileFromOutside() throws IOException {
    Files.writeString(outside.resolve("secret"), "s");
    Files.createSymbolicLink(pack.resolve("README.md"), outside.resolve("secret"));
    IOException e =
        assertThrows(
            IOException.class, () -> ZipFiles.zipDirectory(pack, "p", new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("README.md: links outside the pack"), e.getMessage());
  }

  @Test
  void aLinkedPackDirectoryIsZippedWhole() throws IOException {
    Path link = Files.createSymbolicLink(tmp.resolve("linked"), pack);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    assertEquals(3, ZipFiles.zipDirectory(link, "p", zip));
    assertFalse(PackRoot.firstLinkOutside(link).isPresent());
  }
}
