package tutor.importer;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decompresses a zstd file (Anki's collection.anki21b) defensively, with aircompressor's pure-Java
 * decoder. Before anything is decompressed, the frames are walked (RFC 8878, section 3.1): a file
 * cut short, or a frame whose window is larger than {@link #MAX_WINDOW_BYTES}, is refused, because
 * a decoder keeps a whole window in memory (a few hostile bytes could claim gigabytes). Then the
 * bytes written are counted, and decompression stops beyond the limit it is given (zstd bombs).
 */
final class Zstd {
  /** The largest window accepted: what RFC 8878 asks every decoder to support. Anki's is 2 MB. */
  static final long MAX_WINDOW_BYTES = 8L * 1024 * 1024;

  private static final long FRAME_MAGIC = 0xFD2FB528L;
  private static final long SKIPPABLE_MAGIC = 0x184D2A50L; // the low 4 bits are free

  private Zstd() {}

  /** A file refused, with what is wrong with it (to follow its name in a message). */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /** Decompresses {@code from} into {@code to}, refusing to write more than {@code maxBytes}. */
  static void decompress(Path from, Path to, long maxBytes) throws Refused, IOException {
    checkFrames(from);
    try (InputStream in = new ZstdInputStream(new BufferedInputStream(Files.newInputStream(from)));
        OutputStream out = Files.newOutputStream(to)) {
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new Refused(
              "unpacks to more than " + maxBytes / (1024 * 1024) + " MB; refusing the archive");
        }
        out.write(buf, 0, n);
      }
    } catch (RuntimeException e) {
      // aircompressor reports corrupt input with unchecked exceptions (MalformedInputException,
      // ...)
      throw new Refused("is not valid zstd data (" + e.getMessage() + ")");
    }
  }

  /** Walks the frames of {@code file}, reading only their headers and block headers. */
  private static void checkFrames(Path file) throws Refused, IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int frames = 0;
      int first;
      while ((first = in.read()) >= 0) {
        long magic = first | littleEndian(in, 3) << 8;
        if ((magic & ~0xFL) == SKIPPABLE_MAGIC) {
          in.skipNBytes(littleEndian(in, 4));
          continue;
        }
        if (magic != FRAME_MAGIC) throw new Refused("is not zstd data");
        frames++;
        int descriptor = in.readUnsignedByte();
        boolean singleSegment = (descriptor & 0x20) != 0;
        long window = -1;
        if (!singleSegment) { // window descriptor: exponent (5 bits) and mantissa (3 bits)
          int w = in.readUnsignedByte();
          long base = 1L << (10 + (w >> 3));
          window = base + base / 8 * (w & 7);
        }
        in.skipNBytes(new int[] {0, 1, 2, 4}[descriptor & 3]); // dictionary id
        int sizeBytes = new int[] {singleSegment ? 1 : 0, 2, 4, 8}[descriptor >> 6];
        if (singleSegment) { // the window is the whole content, whose size follows
          window = littleEndian(in, sizeBytes) + (sizeBytes == 2 ? 256 : 0);
        } else {
          in.skipNBytes(sizeBytes);
        }
        if (window < 0 || window > MAX_WINDOW_BYTES) {
          throw new Refused(
              "uses a zstd window larger than the "
                  + MAX_WINDOW_BYTES / (1024 * 1024)
                  + " MB tutor allows"
                  + (window > 0 ? " (" + window / (1024 * 1024) + " MB)" : ""));
        }
        boolean last;
        do { // block header: last-block bit, type (2 bits), size (21 bits)
          long header = littleEndian(in, 3);
          last = (header & 1) != 0;
          int type = (int) (header >> 1) & 3;
          if (type == 3) throw new Refused("is not valid zstd data (reserved block type)");
          in.skipNBytes(type == 1 ? 1 : header >> 3); // an RLE block holds one byte, repeated
        } while (!last);
        if ((descriptor & 0x04) != 0) in.skipNBytes(4); // content checksum
      }
      if (frames == 0) throw new Refused("is not zstd data (no frame)");
    } catch (EOFException e) {
      throw new Refused("is not valid zstd data (cut short)");
    }
  }

  private static long littleEndian(DataInputStream in, int bytes) throws IOException {
    long value = 0;
    for (int i = 0; i < bytes; i++) value |= (long) in.readUnsignedByte() << (8 * i);
    return value;
  }
}
