package tutor.importer;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from text: lower-case ASCII letters and digits joined by '-', as pack ids need. */
final class Slug {
  static final int MAX_LENGTH = 48;

  private Slug() {}

  /** "Café au lait!" becomes "cafe-au-lait"; text with no Latin letters or digits becomes "". */
  static String of(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    return slug;
  }

  /**
   * A short, stable id part for text with no Latin letters or digits ("食べる"): 8 hex digits of the
   * SHA-256 of its NFC form, the same on every import of the same text.
   */
  static String hash(String text) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  Normalizer.normalize(text.strip(), Normalizer.Form.NFC)
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
