package tutor.credential;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Base58 with the Bitcoin alphabet, the "z" encoding of multibase (used by did:key and proofValue).
 * Decoding takes the most bytes the caller can use and refuses longer text before any arithmetic:
 * base58 is quadratic in the length of the text, so an unbounded value would be a way to stall a
 * verifier (a 1 MB proofValue took minutes); for the 34 and 64 bytes tutor decodes it is nothing.
 */
public final class Base58 {
  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58() {}

  public static String encode(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    BigInteger n = new BigInteger(1, bytes);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(BASE);
      sb.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++)
      sb.append('1'); // a leading zero byte is a '1'
    return sb.reverse().toString();
  }

  /**
   * The most characters that {@code bytes} bytes encode to: each leading zero byte is one '1', and
   * every other byte takes log(256)/log(58) = 1.366 characters, rounded up.
   */
  public static int maxLength(int bytes) {
    return (bytes * 1366 + 999) / 1000;
  }

  /**
   * Decodes text that stands for at most {@code maxBytes} bytes; throws IllegalArgumentException on
   * longer text (checked first, before any arithmetic) or a character outside the alphabet.
   */
  public static byte[] decode(String text, int maxBytes) {
    if (text.length() > maxLength(maxBytes)) {
      throw new IllegalArgumentException(
          "it is "
              + text.length()
              + " characters long; "
              + maxBytes
              + " bytes take at most "
              + maxLength(maxBytes));
    }
    BigInteger n = BigInteger.ZERO;
    for (int i = 0; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      if (digit < 0)
        throw new IllegalArgumentException("character " + (i + 1) + " is not a base58 character");
      n = n.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
    if (magnitude.length > 1 && magnitude[0] == 0)
      magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length);
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') zeros++;
    byte[] out = new byte[zeros + magnitude.length];
    System.arraycopy(magnitude, 0, out, zeros, magnitude.length);
    return out;
  }
}
