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
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    return slug;
  }
}
