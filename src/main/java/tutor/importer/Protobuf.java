package tutor.importer;

import java.nio.charset.StandardCharsets;

/**
 * Reads single fields of a protobuf message: just enough for the config blobs of Anki's newer
 * collection schema (note type kind, card template formats), without generated code.
 *
 * <p>The wire format: a message is a sequence of fields, each a key, a varint holding {@code field
 * number << 3 | wire type}, then the value: for type 0 a varint (7 bits a byte, low bits first,
 * high bit set on all but the last byte); for type 2 a varint length and that many bytes (strings,
 * bytes, nested messages); for type 1 eight bytes, for type 5 four. Types 3 and 4 (groups, long
 * deprecated) are refused. A field may be absent, meaning its default (0 or empty), or repeated,
 * and then the last one counts. Malformed input gives an IllegalArgumentException.
 */
final class Protobuf {
  private static final int VARINT = 0;
  private static final int LENGTH_DELIMITED = 2;

  private final byte[] bytes;
  private int pos;

  private Protobuf(byte[] bytes) {
    this.bytes = bytes == null ? new byte[0] : bytes;
  }

  /** The varint field {@code number} of {@code message}, or 0 when absent. */
  static long varint(byte[] message, int number) {
    Protobuf p = new Protobuf(message);
    long value = 0;
    while (p.pos < p.bytes.length) {
      long key = p.readVarint();
      int start = p.skip((int) (key & 7));
      if (key >>> 3 == number && (key & 7) == VARINT)
        value = new Protobuf(message).at(start).readVarint();
    }
    return value;
  }

  /** The string field {@code number} of {@code message} (UTF-8), or "" when absent. */
  static String string(byte[] message, int number) {
    Protobuf p = new Protobuf(message);
    String value = "";
    while (p.pos < p.bytes.length) {
      long key = p.readVarint();
      int start = p.skip((int) (key & 7));
      if (key >>> 3 == number && (key & 7) == LENGTH_DELIMITED) {
        Protobuf field = new Protobuf(message).at(start);
        int length = (int) field.readVarint();
        value = new String(message, field.pos, length, StandardCharsets.UTF_8);
      }
    }
    return value;
  }

  /** Every value of the length-delimited field {@code number} (a repeated message), in order. */
  static java.util.List<byte[]> messages(byte[] message, int number) {
    Protobuf p = new Protobuf(message);
    java.util.List<byte[]> out = new java.util.ArrayList<>();
    while (p.pos < p.bytes.length) {
      long key = p.readVarint();
      int start = p.skip((int) (key & 7));
      if (key >>> 3 == number && (key & 7) == LENGTH_DELIMITED) {
        Protobuf field = new Protobuf(message).at(start);
        int length = (int) field.readVarint();
        out.add(java.util.Arrays.copyOfRange(message, field.pos, field.pos + length));
      }
    }
    return out;
  }

  private Protobuf at(int position) {
    pos = position;
    return this;
  }

  /** Skips the value of a field of wire type {@code type}; returns where it started. */
  private int skip(int type) {
    int start = pos;
    switch (type) {
      case VARINT -> readVarint();
      case 1 -> advance(8);
      case LENGTH_DELIMITED -> {
        long length = readVarint();
        if (length < 0 || length > Integer.MAX_VALUE)
          throw new IllegalArgumentException("bad protobuf length");
        advance((int) length);
      }
      case 5 -> advance(4);
      default -> throw new IllegalArgumentException("unsupported protobuf wire type " + type);
    }
    return start;
  }

  private void advance(int n) {
    if (n > bytes.length - pos) throw new IllegalArgumentException("protobuf message cut short");
    pos += n;
  }

  private long readVarint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= bytes.length) throw new IllegalArgumentException("protobuf message cut short");
      byte b = bytes[pos++];
      value |= (long) (b & 0x7F) << shift;
      if (b >= 0) return value;
    }
    throw new IllegalArgumentException("protobuf varint too long");
  }
}
