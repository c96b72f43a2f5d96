package tutor.pack;

import java.util.Objects;

/**
 * The hash of a key of two strings (a pack and an id in it), mixed so that neighbouring ids
 * ("s001", "s002") land far apart. The plain {@code 31 * a + b} puts one pack's ids on neighbouring
 * values: Java's immutable maps and sets probe linearly and walked whole runs of them, and a
 * HashMap of 550 skills held chains twice as long as a well-mixed hash gives.
 */
final class KeyHash {
  private KeyHash() {}

  static int of(String a, String b) {
    // Murmur3's 32-bit finaliser over both strings' (cached) hashes.
    int h = Objects.hashCode(a) * 0x9E3779B9 + Objects.hashCode(b);
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
