package tutor.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the importer for a file by its extension. */
public final class Importers {
  /** What `tutor pack import` reads, for messages. */
  public static final String FORMATS =
      "an Anki package (.apkg, .colpkg), CSV or TSV (.csv, .tsv, .txt)" + " or Markdown (.md)";

  private Importers() {}

  /**
   * @param packId the id of the new pack
   * @param title its title, or null to take it from the input
   */
  public static ImportResult read(Path file, String packId, String title) throws ImportException {
    if (!Files.exists(file)) throw new ImportException(file + ": no such file");
    if (!Files.isRegularFile(file))
      throw new ImportException(file + ": not a file; give " + FORMATS);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".apkg") || name.endsWith(".colpkg"))
      return AnkiImporter.read(file, packId, title);
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      return CsvImporter.read(file, packId, title);
    }
    if (name.endsWith(".md") || name.endsWith(".markdown"))
      return MarkdownImporter.read(file, packId, title);
    throw new ImportException(file + ": unknown kind of file; give " + FORMATS);
  }

  /** Whether {@code file} is an Anki package (the only input with a review history). */
  public static boolean isAnki(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".apkg") || name.endsWith(".colpkg");
  }

  /** A pack id from a file name: "Spanish Verbs.apkg" gives "spanish-verbs". */
  public static String idFor(Path file) {
    String slug = Slug.of(file.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
    return slug.isEmpty() ? "imported" : slug;
  }
}
