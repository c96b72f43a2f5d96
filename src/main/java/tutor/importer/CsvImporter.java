package tutor.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tutor.json.Csv;
import tutor.json.Csv.Row;

/**
 * Imports cards from CSV or TSV: columns front, back, and optionally skill and tags. A first row of
 * column names (front/question, back/answer, skill/deck, tags) is recognised as a header and may
 * put the columns in any order. The separator is a tab for .tsv, else guessed from the first row
 * (tab, ';' or ','); Anki's header lines ({@code #separator:...}, {@code #html:true}, {@code
 * #columns:...}) are understood, other lines starting with '#' are comments. Fields may be quoted
 * ("..." with "" for a quote) and then span lines (RFC 4180, read by Jackson's CSV module). A front
 * with Anki cloze deletions ({@code {{c1::...}}}) becomes a cloze exercise. Rows that do not fit
 * are skipped with a warning.
 */
public final class CsvImporter {
  private static final Set<String> FRONT = Set.of("front", "question", "prompt", "term", "q");
  private static final Set<String> BACK = Set.of("back", "answer", "definition", "a");
  private static final Set<String> SKILL = Set.of("skill", "deck", "topic", "category");
  private static final Set<String> TAGS = Set.of("tags", "tag");

  private CsvImporter() {}

  public static ImportResult read(Path file, String packId, String title) throws ImportException {
    String text = TextFiles.read(file);
    Map<String, String> headers = new HashMap<>();
    // Anki's file headers: "#key:value" lines at the very top (to the CSV parser, comments).
    text.lines()
        .takeWhile(l -> l.matches("#[a-z ]+:.*"))
        .forEach(
            l ->
                headers.put(
                    l.substring(1, l.indexOf(':')).strip().toLowerCase(Locale.ROOT),
                    l.substring(l.indexOf(':') + 1).strip()));
    char sep = separator(headers.get("separator"), file, text);
    List<Row> rows = parse(file, text, sep);
    PackDraft draft = new PackDraft(file);
    boolean html = "true".equalsIgnoreCase(headers.get("html"));
    int[] cols = {0, 1, -1, -1}; // front, back, skill, tags
    int expected;
    if (headers.containsKey("columns")) {
      List<String> names = List.of(headers.get("columns").split(String.valueOf(sep), -1));
      if (!header(names, cols))
        throw new ImportException(file + ": #columns names no front and back column");
      expected = names.size();
    } else if (!rows.isEmpty() && header(rows.get(0).fields(), cols)) {
      expected = rows.get(0).fields().size();
      rows = rows.subList(1, rows.size());
    } else {
      expected = mostCommonWidth(rows);
      if (expected >= 3) cols[2] = 2;
      if (expected >= 4) cols[3] = 3;
    }
    if (headers.containsKey("tags column")) {
      try {
        cols[3] = Integer.parseInt(headers.get("tags column")) - 1;
      } catch (NumberFormatException e) {
        draft.warn(
            0,
            "#tags column: '" + headers.get("tags column") + "' is not a column number; ignored");
      }
    }
    String defaultSkill =
        headers.getOrDefault("deck", title != null ? title : AnkiImporter.fileTitle(file));
    Map<String, Integer> fronts = new HashMap<>();
    for (Row row : rows) {
      List<String> f = row.fields();
      if (f.isEmpty() || f.size() == 1 && f.get(0).isBlank()) continue; // an empty line
      if (f.size() < 2) {
        draft.skip(
            Loss.ROW_MALFORMED,
            row.line(),
            "line " + row.line(),
            "skipped: "
                + f.size()
                + " field, expected at least front and back (is the separator '"
                + show(sep)
                + "' right?)");
        continue;
      }
      if (f.size() > expected) {
        draft.skip(
            Loss.ROW_MALFORMED,
            row.line(),
            "line " + row.line(),
            "skipped: " + f.size() + " fields where the other rows have " + expected);
        continue;
      }
      String front = clean(get(f, cols[0]), html);
      String back = clean(get(f, cols[1]), html);
      String raw = get(f, cols[0]) + get(f, cols[1]);
      if (front.isBlank() || back.isBlank()) {
        draft.skip(
            Loss.EMPTY_SIDE,
            row.line(),
            "line " + row.line(),
            "skipped: the " + (front.isBlank() ? "front" : "back") + " is empty");
        continue;
      }
      Integer first = fronts.putIfAbsent(front, row.line());
      if (first != null) {
        draft.skip(
            Loss.ROW_DUPLICATE,
            row.line(),
            "line " + row.line(),
            "skipped: the same front as line " + first + " ('" + abbreviate(front) + "')");
        continue;
      }
      if (html || HtmlText.LOOKS_LIKE_HTML.matcher(raw).find())
        AnkiImporter.countLosses(draft, "line " + row.line(), raw, false);
      String skillName =
          cols[2] >= 0 && !get(f, cols[2]).isBlank() ? get(f, cols[2]).strip() : defaultSkill;
      String skill = draft.skill(skillName, skillName.replace("::", " / "));
      List<String> tags =
          cols[3] >= 0 ? AnkiImporter.tags(get(f, cols[3]).replace(',', ' ')) : List.of();
      // From the content, not the line: a row added above must not move another card's progress.
      String fallback = "card-" + Slug.hash(front);
      if (!AnkiCloze.numbers(front).isEmpty()) {
        for (int n : AnkiCloze.numbers(front)) {
          List<String> hints = new ArrayList<>();
          String gaps = AnkiCloze.toTutor(AnkiCloze.forCard(front, n, hints));
          String id =
              draft.exerciseId(
                  AnkiCloze.revealed(front) + (n > 1 ? " " + n : ""), fallback + "-" + n);
          if (gaps == null) {
            draft.skip(
                Loss.CLOZE_UNWRITABLE,
                row.line(),
                "line " + row.line(),
                "skipped: cloze " + n + " cannot be written as tutor gaps");
          } else {
            draft.cloze(row.line(), id, skill, "", gaps, hints, tags, back);
          }
        }
      } else {
        draft.flashcard(
            row.line(), draft.exerciseId(front, fallback), skill, front, back, tags, "");
      }
    }
    if (draft.size() == 0)
      throw new ImportException(file + ": no cards to import (every row was skipped)");
    String t = title != null ? title : AnkiImporter.fileTitle(file);
    return draft.pack(packId, t, "Imported from " + file.getFileName() + ".");
  }

  private static String get(List<String> f, int i) {
    return i >= 0 && i < f.size() ? f.get(i) : "";
  }

  private static String clean(String field, boolean html) {
    String s = field.strip();
    if (html || HtmlText.LOOKS_LIKE_HTML.matcher(s).find()) s = HtmlText.toText(s);
    return s;
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 40 ? one : one.substring(0, 39) + "…";
  }

  /**
   * Whether {@code names} is a header row; if so, sets the column of each known name in {@code
   * cols}.
   */
  private static boolean header(List<String> names, int[] cols) {
    int[] found = {-1, -1, -1, -1};
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i).strip().toLowerCase(Locale.ROOT);
      int which =
          FRONT.contains(n)
              ? 0
              : BACK.contains(n) ? 1 : SKILL.contains(n) ? 2 : TAGS.contains(n) ? 3 : -1;
      if (which < 0) return false;
      if (found[which] < 0) found[which] = i;
    }
    if (found[0] < 0 || found[1] < 0) return false;
    System.arraycopy(found, 0, cols, 0, 4);
    return true;
  }

  private static int mostCommonWidth(List<Row> rows) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Row r : rows) {
      if (r.fields().size() >= 2) counts.merge(r.fields().size(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(
            java.util.Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(
                    java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(2);
  }

  private static String show(char sep) {
    return sep == '\t' ? "tab" : String.valueOf(sep);
  }

  static char separator(String declared, Path file, String body) throws ImportException {
    if (declared != null) {
      switch (declared.toLowerCase(Locale.ROOT)) {
        case "tab":
          return '\t';
        case "comma":
          return ',';
        case "semicolon":
          return ';';
        case "pipe":
          return '|';
        case "colon":
          return ':';
        case "space":
          return ' ';
        default:
          if (declared.length() == 1) return declared.charAt(0);
          throw new ImportException(file + ":1: unknown #separator '" + declared + "'");
      }
    }
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv")) return '\t';
    String first =
        body.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
    long tabs = first.chars().filter(c -> c == '\t').count();
    long semis = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    if (tabs > 0) return '\t';
    return semis > commas ? ';' : ',';
  }

  /** The rows of the file, each with the line it starts on (see {@link Csv#read}). */
  static List<Row> parse(Path file, String text, char sep) throws ImportException {
    try {
      return Csv.read(text, sep, true);
    } catch (Csv.NotCsvException e) {
      throw new ImportException(file + ":" + e.getMessage());
    }
  }
}
