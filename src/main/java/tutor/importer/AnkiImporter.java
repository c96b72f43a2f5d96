package tutor.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;
import tutor.json.Json;
import tutor.pack.Exercise;
import tutor.packfile.ZipFiles;

/**
 * Imports an Anki deck package (.apkg, also .colpkg): a zip holding the collection, an SQLite
 * database of notes, note types, cards and decks. Every card becomes an exercise in the skill of
 * its deck (one skill per deck or sub-deck): cards of standard note types become flashcards, with
 * front and back rendered from the card's templates; cloze cards become cloze exercises. HTML is
 * turned to text; media (images, sound) is left out with a warning.
 *
 * <p>Both collection formats are read. The legacy one (collection.anki2 or collection.anki21,
 * schema 11) keeps note types and decks as JSON in the {@code col} table. Anki 2.1.50 and later
 * export collection.anki21b by default (beside a placeholder collection.anki2 for older versions):
 * a zstd-compressed database (schema 18) with note types, their fields and card templates, and
 * decks in tables of their own, settings in protobuf blobs ({@link Protobuf}). Both are read into
 * the same note types and deck names, so everything after that is shared.
 */
public final class AnkiImporter {
  /** The largest collection database unpacked from a package (compressed, and decompressed). */
  static final long MAX_COLLECTION_BYTES = 512L * 1024 * 1024;

  /** The zstd-compressed collection of Anki 2.1.50 and later. */
  static final String NEWER_COLLECTION = "collection.anki21b";

  static final String PLACEHOLDER_ONLY =
      "holds only the placeholder note that Anki adds for older versions"
          + " (\"Please update to the latest Anki version\"), not the deck's real collection (tutor reads"
          + " collection.anki2, collection.anki21 and collection.anki21b)";
  private static final byte[] SQLITE_MAGIC =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private AnkiImporter() {}

  private record NoteType(
      String name, boolean cloze, List<String> fields, List<String[]> templates) {}

  private record Note(long id, long typeId, String tags, List<String> fields) {}

  public static ImportResult read(Path apkg, String packId, String title) throws ImportException {
    return read(apkg, packId, title, MAX_COLLECTION_BYTES);
  }

  /** As {@link #read(Path, String, String)}, refusing a collection larger than {@code maxBytes}. */
  static ImportResult read(Path apkg, String packId, String title, long maxBytes)
      throws ImportException {
    return read(apkg, packId, title, maxBytes, null);
  }

  /**
   * As above, unpacking into a new directory under {@code tempParent} (the system's temporary
   * directory when null). The whole directory goes afterwards, whatever happened: SQLite adds -wal,
   * -shm or -journal files beside a collection (Anki's newer decks are in WAL mode, and a read-only
   * connection cannot remove them), and Ctrl-C must not leave them either.
   */
  static ImportResult read(Path apkg, String packId, String title, long maxBytes, Path tempParent)
      throws ImportException {
    List<String> names;
    try {
      names = ZipFiles.names(apkg);
    } catch (ZipFiles.Refused e) {
      throw new ImportException(e.getMessage() + "; an Anki .apkg file is a zip archive");
    }
    String entry =
        names.contains(NEWER_COLLECTION)
            ? NEWER_COLLECTION
            : names.contains("collection.anki21")
                ? "collection.anki21"
                : names.contains("collection.anki2") ? "collection.anki2" : null;
    if (entry == null) {
      throw new ImportException(
          apkg
              + ": no Anki collection in this zip (collection.anki2, collection.anki21"
              + " or collection.anki21b)");
    }
    Path work;
    try {
      work =
          tempParent == null
              ? Files.createTempDirectory("tutor-anki")
              : Files.createTempDirectory(tempParent, "tutor-anki");
    } catch (IOException e) {
      throw new ImportException("cannot create a temporary directory: " + e.getMessage());
    }
    Thread onInterrupt = new Thread(() -> deleteTree(work), "tutor-anki-cleanup");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      Path temp = work.resolve("collection.sqlite");
      if (entry.equals(NEWER_COLLECTION)) {
        Path compressed = work.resolve("collection.zst");
        ZipFiles.extract(apkg, entry, compressed, maxBytes);
        try {
          Zstd.decompress(compressed, temp, maxBytes);
        } catch (Zstd.Refused e) {
          throw new ImportException(apkg + ": " + entry + " " + e.getMessage());
        }
      } else {
        ZipFiles.extract(apkg, entry, temp, maxBytes);
      }
      if (!isSqlite(temp))
        throw new ImportException(apkg + ": " + entry + " is not an SQLite database");
      PackDraft draft = new PackDraft(apkg);
      AnkiMedia media = AnkiMedia.of(apkg, work, names);
      String deckTitle = readCollection(apkg, temp, draft, media);
      if (draft.size() == 0) {
        throw new ImportException(
            apkg
                + ": no cards to import"
                + (draft.warnings().isEmpty()
                    ? ""
                    : " ("
                        + draft.warnings().get(0).message()
                        + (draft.warnings().size() > 1 ? "; ..." : "")
                        + ")"));
      }
      String t = title != null ? title : deckTitle != null ? deckTitle : fileTitle(apkg);
      return draft.pack(packId, t, "Imported from the Anki deck " + apkg.getFileName() + ".");
    } catch (ZipFiles.Refused e) {
      throw new ImportException(e.getMessage());
    } catch (IOException e) {
      throw new ImportException(apkg + ": cannot read: " + e.getMessage());
    } finally {
      deleteTree(work);
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run: it deletes the same directory
      }
    }
  }

  private static void deleteTree(Path root) {
    try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // already gone
    }
  }

  static String fileTitle(Path file) {
    String name =
        file.getFileName()
            .toString()
            .replaceFirst("\\.[^.]+$", "")
            .replaceAll("[-_]+", " ")
            .strip();
    return name.isEmpty()
        ? "Imported pack"
        : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The tables the importer reads, in either schema. */
  private static final List<String> READ_TABLES =
      List.of("col", "notes", "cards", "revlog", "decks", "notetypes", "fields", "templates");

  /**
   * Refuses a collection where a table the importer reads is something else: a view (whose query
   * may never end: a recursive one), a virtual table, or a table with a column computed as it is
   * read (which may ask for a gigabyte). Anki writes none of these; a package that has them was
   * made to harm, and is not read at all.
   */
  private static void plainTablesOnly(Path apkg, Statement st)
      throws SQLException, ImportException {
    for (String name : READ_TABLES) {
      String type;
      String sql;
      try (ResultSet rs =
          st.executeQuery(
              "select type, sql from sqlite_master where lower(name) = '" + name + "'")) {
        if (!rs.next()) continue; // a table the other schema has, or none: checked where read
        type = rs.getString(1);
        sql = String.valueOf(rs.getString(2));
      }
      if (!"table".equals(type) || sql.regionMatches(true, 0, "create virtual", 0, 14)) {
        throw new ImportException(
            apkg
                + ": the Anki collection's '"
                + name
                + "' is a "
                + ("table".equals(type) ? "virtual table" : type)
                + ", not a table as Anki writes it: not imported");
      }
      try (ResultSet rs = st.executeQuery("pragma table_xinfo('" + name + "')")) {
        while (rs.next()) {
          int hidden = rs.getInt("hidden");
          if (hidden == 2 || hidden == 3) {
            throw new ImportException(
                apkg
                    + ": the Anki collection's '"
                    + name
                    + "' has a column computed by a formula ("
                    + rs.getString("name")
                    + "), which Anki never writes: not imported");
          }
        }
      }
    }
  }

  private static boolean isSqlite(Path file) throws IOException {
    byte[] head = new byte[SQLITE_MAGIC.length];
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, head.length) == head.length
          && Arrays.equals(head, SQLITE_MAGIC);
    }
  }

  /**
   * Reads the collection into {@code draft}; returns the title of its one top-level deck, if it has
   * one.
   */
  private static String readCollection(Path apkg, Path db, PackDraft draft, AnkiMedia media)
      throws ImportException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:sqlite:" + db.toAbsolutePath(), config.toProperties());
        Statement st = c.createStatement()) {
      // The newer schema declares names "collate unicase" (Anki's case-insensitive order); SQLite
      // refuses to query a table whose collation it does not know.
      Collation.create(
          c,
          "unicase",
          new Collation() {
            @Override
            protected int xCompare(String a, String b) {
              return a.compareToIgnoreCase(b);
            }
          });
      // The schema is a third party's: functions with side effects stay out of it, and only
      // plain tables are read.
      st.execute("PRAGMA trusted_schema = OFF");
      plainTablesOnly(apkg, st);
      String modelsJson;
      String decksJson;
      String confJson;
      long created;
      try (ResultSet rs = st.executeQuery("select * from col")) {
        if (!rs.next()) throw new ImportException(apkg + ": the Anki collection is empty");
        modelsJson = rs.getString("models");
        decksJson = rs.getString("decks");
        confJson = hasColumn(rs, "conf") ? rs.getString("conf") : null;
        created = hasColumn(rs, "crt") ? rs.getLong("crt") : 0;
      }
      Map<Long, NoteType> types;
      Map<Long, String> decks = new HashMap<>();
      if (modelsJson == null
          || modelsJson.isBlank()) { // the newer schema: note types and decks in tables
        types = noteTypes(st);
        try (ResultSet rs = st.executeQuery("select id, name from decks")) {
          while (rs.next()) decks.put(rs.getLong(1), text(rs, 2).replace("\u001f", "::"));
        }
      } else {
        ObjectMapper json = Json.MAPPER;
        types = noteTypes(json.readTree(modelsJson));
        json.readTree(decksJson)
            .fields()
            .forEachRemaining(
                e ->
                    decks.put(
                        Long.parseLong(e.getKey()), e.getValue().path("name").asText(e.getKey())));
      }
      Map<Long, Note> notes = new LinkedHashMap<>();
      try (ResultSet rs = st.executeQuery("select id, mid, tags, flds from notes order by id")) {
        while (rs.next()) {
          String flds = rs.getString(4);
          notes.put(
              rs.getLong(1),
              new Note(
                  rs.getLong(1),
                  rs.getLong(2),
                  text(rs, 3),
                  List.of((flds == null ? "" : flds).split("\u001f", -1))));
        }
      }
      if (notes.size() == 1
          && notes
              .values()
              .iterator()
              .next()
              .fields()
              .get(0)
              .contains("Please update to the latest Anki version")) {
        throw new ImportException(apkg + " " + PLACEHOLDER_ONLY);
      }
      // Cards grouped by deck (Anki's deck order: by name), then note, then card number.
      TreeMap<String, List<long[]>> byDeck = new TreeMap<>();
      try (ResultSet rs =
          st.executeQuery("select nid, ord, did, id from cards order by nid, ord")) {
        while (rs.next()) {
          String deck = decks.getOrDefault(rs.getLong(3), "Default");
          byDeck
              .computeIfAbsent(deck, d -> new ArrayList<>())
              .add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(4)});
        }
      }
      Map<Long, String> exerciseOfCard = new HashMap<>();
      for (Map.Entry<String, List<long[]>> deck : byDeck.entrySet()) {
        String skill =
            draft.skill(deck.getKey(), deck.getKey().replace("::", " / ").replace("\u001f", " / "));
        for (long[] card : deck.getValue()) {
          Note note = notes.get(card[0]);
          if (note == null) continue;
          NoteType type = types.get(note.typeId());
          String where = "note " + note.id() + " card " + (card[1] + 1);
          if (type == null) {
            draft.skip(
                Loss.NOTE_TYPE_MISSING,
                0,
                where,
                where + ": skipped: its note type is missing from the collection");
            continue;
          }
          String id = card(draft, skill, deck.getKey(), note, type, (int) card[1], media);
          if (id != null) exerciseOfCard.put(card[2], id);
        }
      }
      draft.history(
          AnkiSchedule.read(st, exerciseOfCard, created, schedulerVersion(confJson, modelsJson)));
      List<String> tops =
          byDeck.keySet().stream().map(d -> d.split("::|\u001f")[0]).distinct().toList();
      return tops.size() == 1 && !tops.get(0).equals("Default") ? tops.get(0) : null;
    } catch (SQLException e) {
      throw new ImportException(
          apkg + ": not a readable Anki collection (" + firstLine(e.getMessage()) + ")");
    } catch (IOException | IllegalArgumentException e) {
      throw new ImportException(
          apkg
              + ": the Anki collection's note types or decks cannot be read ("
              + firstLine(e.getMessage())
              + ")");
    }
  }

  private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
    var meta = rs.getMetaData();
    for (int i = 1; i <= meta.getColumnCount(); i++)
      if (meta.getColumnName(i).equalsIgnoreCase(name)) return true;
    return false;
  }

  /**
   * Anki's scheduler version: the legacy collection's {@code schedVer} (absent: 1, the old
   * scheduler, whose learning answers had three buttons); collections of the newer schema never use
   * version 1.
   */
  private static int schedulerVersion(String confJson, String modelsJson) {
    if (modelsJson == null || modelsJson.isBlank()) return 2;
    if (confJson == null || confJson.isBlank()) return 1;
    try {
      return Json.MAPPER.readTree(confJson).path("schedVer").asInt(1);
    } catch (IOException e) {
      return 1;
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Map<Long, NoteType> noteTypes(JsonNode models) {
    Map<Long, NoteType> out = new HashMap<>();
    models
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode m = e.getValue();
              List<String> fields = new ArrayList<>();
              m.path("flds").forEach(f -> fields.add(f.path("name").asText()));
              List<String[]> templates = new ArrayList<>();
              m.path("tmpls")
                  .forEach(
                      t ->
                          templates.add(
                              new String[] {t.path("qfmt").asText(""), t.path("afmt").asText("")}));
              long id = m.path("id").asLong(parseOr(e.getKey()));
              out.put(
                  id,
                  new NoteType(
                      m.path("name").asText(), m.path("type").asInt(0) == 1, fields, templates));
            });
    return out;
  }

  /**
   * Note types from the newer schema's tables: notetypes (id, name, config: the Notetype.Config
   * message, whose field 1 is the kind, 1 for cloze), fields (ntid, ord, name) and templates (ntid,
   * ord, config: the Notetype.Template.Config message, with the question format in field 1 and the
   * answer format in field 2). Field numbers as in Anki's proto/anki/notetypes.proto.
   */
  private static Map<Long, NoteType> noteTypes(Statement st) throws SQLException {
    Map<Long, NoteType> out = new HashMap<>();
    try (ResultSet rs = st.executeQuery("select id, name, config from notetypes")) {
      while (rs.next()) {
        out.put(
            rs.getLong(1),
            new NoteType(
                text(rs, 2),
                Protobuf.varint(rs.getBytes(3), 1) == 1,
                new ArrayList<>(),
                new ArrayList<>()));
      }
    }
    try (ResultSet rs = st.executeQuery("select ntid, name from fields order by ntid, ord")) {
      while (rs.next()) {
        NoteType type = out.get(rs.getLong(1));
        if (type != null) type.fields().add(text(rs, 2));
      }
    }
    try (ResultSet rs = st.executeQuery("select ntid, config from templates order by ntid, ord")) {
      while (rs.next()) {
        NoteType type = out.get(rs.getLong(1));
        byte[] config = rs.getBytes(2);
        if (type != null)
          type.templates()
              .add(new String[] {Protobuf.string(config, 1), Protobuf.string(config, 2)});
      }
    }
    return out;
  }

  /**
   * A text column, "" for null (which a damaged collection may hold where Anki never writes one).
   */
  private static String text(ResultSet rs, int column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? "" : s;
  }

  private static long parseOr(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static final Pattern MATH =
      Pattern.compile("\\\\\\(|\\\\\\[|\\[/?latex\\]|\\[/?\\$\\$?\\]");
  private static final Pattern HEADING = Pattern.compile("<h[1-6]\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE = Pattern.compile("<table\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RUBY = Pattern.compile("<ruby\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMATTING =
      Pattern.compile(
          "<(b|i|u|strong|em|font|sub|sup|mark|s|strike|del|ins|small|big)\\b|\\bstyle\\s*=\\s*[\"'][^\"']*"
              + "(color|font-weight|font-style|text-decoration|background)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINK =
      Pattern.compile("<a\\b[^>]*\\bhref", Pattern.CASE_INSENSITIVE);

  /** Imports one card; returns its exercise id, or null when it was skipped. */
  private static String card(
      PackDraft draft,
      String skill,
      String deck,
      Note note,
      NoteType type,
      int ord,
      AnkiMedia media) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < type.fields().size(); i++) {
      fields.put(type.fields().get(i), i < note.fields().size() ? note.fields().get(i) : "");
    }
    List<String> tags = tags(note.tags());
    String where = "note " + note.id() + " card " + (ord + 1);
    String id = "n" + note.id() + "-" + (ord + 1);
    Map<String, String> specials =
        new HashMap<>(
            Map.of(
                "Tags",
                note.tags().strip(),
                "Deck",
                deck,
                "Subdeck",
                deck.replaceAll(".*::", ""),
                "Type",
                type.name(),
                "Card",
                "Card " + (ord + 1)));
    if (type.name().toLowerCase(java.util.Locale.ROOT).contains("image occlusion")
        || String.join(" ", note.fields()).contains("image-occlusion:")) {
      draft.skip(
          Loss.UNSUPPORTED_NOTE_TYPE,
          0,
          where,
          where + ": skipped: its note type (" + type.name() + ") is not supported");
      return null;
    }
    if (type.cloze()) {
      int n = ord + 1;
      String[] tpl = type.templates().isEmpty() ? new String[] {"", ""} : type.templates().get(0);
      List<String> hints = new ArrayList<>();
      AnkiTemplate.Rendered front =
          AnkiTemplate.render(tpl[0], fields, specials, f -> AnkiCloze.forCard(f, n, hints));
      String q = front.html();
      if (q.indexOf(AnkiCloze.OPEN) < 0) {
        boolean anywhere = note.fields().stream().anyMatch(f -> AnkiCloze.numbers(f).contains(n));
        if (!anywhere) {
          draft.skip(
              Loss.NOT_GENERATED,
              0,
              where,
              where
                  + ": skipped: the note has no cloze "
                  + n
                  + ", so Anki would not generate this card");
        } else {
          draft.skip(
              Loss.CLOZE_NOT_ON_FRONT,
              0,
              where,
              where
                  + ": skipped: cloze "
                  + n
                  + " is not shown on the card's question side (its field is missing from the template, or only typed in)");
        }
        return null;
      }
      String text = AnkiCloze.toTutor(HtmlText.toText(q));
      if (text == null || !text.contains("{{")) {
        draft.skip(
            Loss.CLOZE_UNWRITABLE,
            0,
            where,
            where
                + ": skipped: cloze "
                + n
                + " cannot be written as tutor gaps"
                + " (nested deletions, or an answer containing '|' or braces)");
        return null;
      }
      AnkiTemplate.Rendered back = AnkiTemplate.render(tpl[1], fields, specials, f -> "");
      String extraHtml = back.html();
      String extra = HtmlText.toText(extraHtml);
      if (extra.equals(HtmlText.toText(AnkiCloze.revealed(q)))) extra = "";
      List<String> shown = media.copy(q, draft, id);
      extra = withMediaLines(extra, media.copy(extraHtml, draft, id), shown);
      String exerciseId = draft.exerciseId("", id);
      if (!draft.cloze(0, exerciseId, skill, "", text, hints, tags, extra, shown)) return null;
      countLosses(draft, exerciseId, q + extraHtml, front.furigana() || back.furigana());
      return exerciseId;
    }
    if (ord >= type.templates().size()) {
      draft.skip(
          Loss.TEMPLATE_MISSING, 0, where, where + ": skipped: its card template is missing");
      return null;
    }
    String[] tpl = type.templates().get(ord);
    AnkiTemplate.Rendered frontSide =
        AnkiTemplate.render(tpl[0], fields, specials, AnkiCloze::revealed);
    String frontHtml = frontSide.html();
    String front = HtmlText.toText(frontHtml);
    if (!frontSide.showsField()) {
      draft.skip(
          Loss.NOT_GENERATED,
          0,
          where,
          where
              + ": skipped: its question side shows no field with"
              + " anything in it, so Anki would not generate this card"
              + (tpl[0].contains("{{=") ? " (custom template delimiters are not supported)" : ""));
      return null;
    }
    specials.put("FrontSide", "");
    AnkiTemplate.Rendered backSide =
        AnkiTemplate.render(tpl[1], fields, specials, AnkiCloze::revealed);
    String backHtml = backSide.html();
    String back = HtmlText.toText(backHtml);
    List<String> shown = media.copy(frontHtml, draft, id);
    List<String> backMedia = media.copy(backHtml, draft, id);
    boolean furigana = frontSide.furigana() || backSide.furigana();
    String exerciseId;
    if (!frontSide.typed().isEmpty() && fields.containsKey(frontSide.typed().get(0))) {
      // "Type in the answer": the typed field is the answer, compared by tutor's grading.
      String answer =
          HtmlText.toText(AnkiCloze.revealed(fields.get(frontSide.typed().get(0))))
              .replaceAll("\\s+", " ")
              .strip();
      if (front.isBlank() && shown.isEmpty() || answer.isEmpty()) {
        draft.skip(
            Loss.EMPTY_SIDE,
            0,
            where,
            where
                + ": skipped: the "
                + (answer.isEmpty() ? "answer to type" : "front")
                + " is empty");
        return null;
      }
      String explanation = back.equals(answer) ? "" : back;
      explanation = withMediaLines(explanation, backMedia, shown);
      exerciseId = draft.exerciseId("", id);
      draft.exercise(
          new Exercise(
              exerciseId,
              List.of(skill),
              front.isBlank() ? "Type what you hear or see." : front,
              Exercise.DEFAULT_DIFFICULTY,
              List.of(),
              explanation,
              tags,
              new Exercise.Text(List.of(answer), null, tutor.pack.Normalization.DEFAULT),
              shown));
    } else {
      back = withMediaLines(back, backMedia, shown);
      if ((front.isBlank() && shown.isEmpty()) || back.isBlank()) {
        String side = front.isBlank() && shown.isEmpty() ? "front" : "back";
        draft.skip(
            Loss.EMPTY_SIDE,
            0,
            where,
            where
                + ": skipped: the "
                + side
                + " is empty"
                + (HtmlText.hasMedia(side.equals("front") ? frontHtml : backHtml)
                    ? " (its image or sound is missing)"
                    : ""));
        return null;
      }
      exerciseId = draft.exerciseId("", id);
      if (!draft.flashcard(
          0,
          exerciseId,
          skill,
          front.isBlank() ? "Recall the answer to this image or sound." : front,
          back,
          tags,
          "",
          shown)) {
        return null;
      }
    }
    countLosses(draft, exerciseId, frontHtml + backHtml, furigana);
    return exerciseId;
  }

  /**
   * {@code text} followed by a line "[audio: media/x.mp3]" for each of {@code files} not already
   * shown.
   */
  private static String withMediaLines(String text, List<String> files, List<String> alreadyShown) {
    StringBuilder out = new StringBuilder(text);
    for (String f : files) {
      if (alreadyShown.contains(f)) continue;
      if (out.length() > 0) out.append('\n');
      out.append(tutor.pack.Media.label(f));
    }
    return out.toString();
  }

  static void countLosses(PackDraft draft, String exerciseId, String html, boolean furigana) {
    if (MATH.matcher(html).find()) draft.lost(Loss.MATH, exerciseId);
    if (HEADING.matcher(html).find()) draft.lost(Loss.HEADINGS, exerciseId);
    if (TABLE.matcher(html).find()) draft.lost(Loss.TABLES, exerciseId);
    if (furigana || RUBY.matcher(html).find()) draft.lost(Loss.FURIGANA, exerciseId);
    if (FORMATTING.matcher(html).find()) draft.lost(Loss.FORMATTING, exerciseId);
    if (LINK.matcher(html).find()) draft.lost(Loss.LINKS, exerciseId);
  }

  static List<String> tags(String anki) {
    List<String> out = new ArrayList<>();
    for (String t : anki.strip().split("\\s+")) if (!t.isBlank()) out.add(t);
    return out;
  }
}
