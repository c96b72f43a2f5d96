package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;
import tutor.pack.Pack;

/**
 * An exercise's {@code media}: files inside the pack, checked by validate, written back by the
 * writer.
 */
class MediaTest {
  @TempDir Path tmp;

  private static String exercise(String media) {
    return "exercises:\n" + Packs.VALID_EXERCISE + "    media: " + media + "\n";
  }

  @Test
  void mediaInsideThePackAreRead() throws Exception {
    Path pack =
        Packs.withExercises(tmp.resolve("p"), exercise("[media/heart.png, media/hola.mp3]"));
    Packs.write(pack, "media/heart.png", "png");
    Packs.write(pack, "media/hola.mp3", "mp3");
    Exercise e = PackReader.read(pack).exercises().get(0);
    assertEquals(List.of("media/heart.png", "media/hola.mp3"), e.media());
  }

  @Test
  void aMissingMediaFileIsAnErrorWithItsLine() {
    Path pack = Packs.withExercises(tmp.resolve("p"), exercise("[media/none.png]"));
    Packs.assertError(
        Packs.errors(pack),
        pack.resolve("exercises/x.yaml"),
        7,
        "media file 'media/none.png' does not exist in the pack");
  }

  @Test
  void aMediaPathOutsideThePackIsRefused() {
    Path pack = Packs.withExercises(tmp.resolve("p"), exercise("[../secret.png]"));
    Packs.write(tmp, "secret.png", "x");
    Packs.assertError(
        Packs.errors(pack), pack.resolve("exercises/x.yaml"), 7, "is outside the pack");
  }

  @Test
  void aMediaFileLinkingOutOfThePackIsRefused() throws IOException {
    Path pack = Packs.withExercises(tmp.resolve("p"), exercise("[media/a.png]"));
    Path target = Packs.write(tmp, "elsewhere/a.png", "x");
    Files.createDirectories(pack.resolve("media"));
    try {
      Files.createSymbolicLink(pack.resolve("media/a.png"), target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "this file system cannot make symbolic links");
    }
    List<PackError> errors = Packs.errors(pack);
    assertTrue(
        errors.stream().anyMatch(e -> e.message().contains("links outside the pack")),
        Packs.show(errors));
  }

  @Test
  void aMediaFileOverTheLimitIsRefused() throws IOException {
    Path pack = Packs.withExercises(tmp.resolve("p"), exercise("[media/big.wav]"));
    Path big = Packs.write(pack, "media/big.wav", "");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(PackReader.MAX_MEDIA_BYTES + 1); // sparse: no 16 MB written
    }
    Packs.assertError(
        Packs.errors(pack), pack.resolve("exercises/x.yaml"), 7, "the limit is 16 MB per file");
  }

  @Test
  void theWriterKeepsMediaAndAPackWithoutThemIsWrittenAsBefore() throws Exception {
    Path pack = Packs.withExercises(tmp.resolve("p"), exercise("[media/heart.png]"));
    Packs.write(pack, "media/heart.png", "png");
    Pack read = PackReader.read(pack);
    Map<String, String> files = PackWriter.files(read);
    assertTrue(
        files.values().stream().anyMatch(t -> t.contains("media:\n      - media/heart.png")),
        files.toString());
    Pack without =
        PackReader.read(
            Packs.withExercises(tmp.resolve("q"), "exercises:\n" + Packs.VALID_EXERCISE));
    assertTrue(PackWriter.files(without).values().stream().noneMatch(t -> t.contains("media")));
  }
}
