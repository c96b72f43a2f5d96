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
import org.sqlite.Collation;
import org.sqlite.SQLiteConfig;
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
  static final String PLACEHOLDER_ONLY = "holds only the placeholder note that Anki adds for older versions"
      + " (\"Please update to the latest Anki version\"), not the deck's real collection (tutor reads"
      + " collection.anki2, collection.anki21 and collection.anki21b)";
  private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private AnkiImporter() {}

  private record NoteType(String name, boolean cloze, List<String> fields, List<String[]> templates) {}

  private record Note(long id, long typeId, String tags, List<String> fields) {}

  public static ImportResult read(Path apkg, String packId, String title) throws ImportException {
    return read(apkg, packId, title, MAX_COLLECTION_BYTES);
  }

  /** As {@link #read(Path, String, String)}, refusing a collection larger than {@code maxBytes}. */
  static ImportResult read(Path apkg, String packId, String title, long maxBytes) throws ImportException {
    return read(apkg, packId, title, maxBytes, null);
  }

  /**
   * As above, unpacking into a new directory under {@code tempParent} (the system's temporary
   * directory when null). The whole directory goes afterwards, whatever happened: SQLite adds
   * -wal, -shm or -journal files beside a collection (Anki's newer decks are in WAL mode, and a
   * read-only connection cannot remove them), and Ctrl-C must not leave them either.
   */
  static ImportResult read(Path apkg, String packId, String title, long maxBytes, Path tempParent)
      throws ImportException {
    List<String> names;
    try {
      names = ZipFiles.names(apkg);
    } catch (ZipFiles.Refused e) {
      throw new ImportException(e.getMessage() + "; an Anki .apkg file is a zip archive");
    }
    String entry = names.contains(NEWER_COLLECTION) ? NEWER_COLLECTION
        : names.contains("collection.anki21") ? "collection.anki21"
        : names.contains("collection.anki2") ? "collection.anki2" : null;
    if (entry == null) {
      throw new ImportException(apkg + ": no Anki collection in this zip (collection.anki2, collection.anki21"
          + " or collection.anki21b)");
    }
    long mediaFiles = names.stream().filter(n -> n.matches("\\d+")).count();
    Path work;
    try {
      work = tempParent == null ? Files.createTempDirectory("tutor-anki") : Files.createTempDirectory(tempParent, "tutor-anki");
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
      if (!isSqlite(temp)) throw new ImportException(apkg + ": " + entry + " is not an SQLite database");
      PackDraft draft = new PackDraft(apkg);
      String deckTitle = readCollection(apkg, temp, draft);
      if (mediaFiles > 0) {
        draft.warn(0, mediaFiles + (mediaFiles == 1 ? " media file (image or sound) was" : " media files (images, sound) were")
            + " not imported: tutor shows text only");
      }
      if (draft.size() == 0) {
        throw new ImportException(apkg + ": no cards to import" + (draft.warnings().isEmpty() ? ""
            : " (" + draft.warnings().get(0).message() + (draft.warnings().size() > 1 ? "; ..." : "") + ")"));
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
    String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "").replaceAll("[-_]+", " ").strip();
    return name.isEmpty() ? "Imported pack" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static boolean isSqlite(Path file) throws IOException {
    byte[] head = new byte[SQLITE_MAGIC.length];
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_MAGIC);
    }
  }

  /** Reads the collection into {@code draft}; returns the title of its one top-level deck, if it has one. */
  private static String readCollection(Path apkg, Path db, PackDraft draft) throws ImportException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath(), config.toProperties());
        Statement st = c.createStatement()) {
      // The newer schema declares names "collate unicase" (Anki's case-insensitive order); SQLite
      // refuses to query a table whose collation it does not know.
      Collation.create(c, "unicase", new Collation() {
        @Override
        protected int xCompare(String a, String b) {
          return a.compareToIgnoreCase(b);
        }
      });
      String modelsJson;
      String decksJson;
      try (ResultSet rs = st.executeQuery("select models, decks from col")) {
        if (!rs.next()) throw new ImportException(apkg + ": the Anki collection is empty");
        modelsJson = rs.getString(1);
        decksJson = rs.getString(2);
      }
      Map<Long, NoteType> types;
      Map<Long, String> decks = new HashMap<>();
      if (modelsJson == null || modelsJson.isBlank()) { // the newer schema: note types and decks in tables
        types = noteTypes(st);
        try (ResultSet rs = st.executeQuery("select id, name from decks")) {
          while (rs.next()) decks.put(rs.getLong(1), text(rs, 2).replace("\u001f", "::"));
        }
      } else {
        ObjectMapper json = new ObjectMapper();
        types = noteTypes(json.readTree(modelsJson));
        json.readTree(decksJson).fields().forEachRemaining(e -> decks.put(Long.parseLong(e.getKey()),
            e.getValue().path("name").asText(e.getKey())));
      }
      Map<Long, Note> notes = new LinkedHashMap<>();
      try (ResultSet rs = st.executeQuery("select id, mid, tags, flds from notes order by id")) {
        while (rs.next()) {
          String flds = rs.getString(4);
          notes.put(rs.getLong(1), new Note(rs.getLong(1), rs.getLong(2), text(rs, 3),
              List.of((flds == null ? "" : flds).split("\u001f", -1))));
        }
      }
      if (notes.size() == 1 && notes.values().iterator().next().fields().get(0).contains("Please update to the latest Anki version")) {
        throw new ImportException(apkg + " " + PLACEHOLDER_ONLY);
      }
      // Cards grouped by deck (Anki's deck order: by name), then note, then card number.
      TreeMap<String, List<long[]>> byDeck = new TreeMap<>();
      try (ResultSet rs = st.executeQuery("select nid, ord, did from cards order by nid, ord")) {
        while (rs.next()) {
          String deck = decks.getOrDefault(rs.getLong(3), "Default");
          byDeck.computeIfAbsent(deck, d -> new ArrayList<>()).add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
      int media = 0;
      long mediaExample = 0;
      for (Map.Entry<String, List<long[]>> deck : byDeck.entrySet()) {
        String skill = draft.skill(deck.getKey(), deck.getKey().replace("::", " / ").replace("\u001f", " / "));
        long lastMediaNote = -1;
        for (long[] card : deck.getValue()) {
          Note note = notes.get(card[0]);
          if (note == null) continue;
          NoteType type = types.get(note.typeId());
          if (type == null) {
            draft.warn(0, "note " + note.id() + ": skipped: its note type is missing from the collection");
            continue;
          }
          if (note.fields().stream().anyMatch(HtmlText::hasMedia) && lastMediaNote != note.id()) {
            lastMediaNote = note.id();
            if (media++ == 0) mediaExample = note.id();
          }
          card(draft, skill, deck.getKey(), note, type, (int) card[1]);
        }
      }
      if (media > 0) {
        draft.warn(0, media + (media == 1 ? " note refers" : " notes refer") + " to images or sound (note "
            + mediaExample + (media > 1 ? ", ..." : "") + "); they are left out of the exercises");
      }
      List<String> tops = byDeck.keySet().stream().map(d -> d.split("::|\u001f")[0]).distinct().toList();
      return tops.size() == 1 && !tops.get(0).equals("Default") ? tops.get(0) : null;
    } catch (SQLException e) {
      throw new ImportException(apkg + ": not a readable Anki collection (" + firstLine(e.getMessage()) + ")");
    } catch (IOException | IllegalArgumentException e) {
      throw new ImportException(apkg + ": the Anki collection's note types or decks cannot be read ("
          + firstLine(e.getMessage()) + ")");
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Map<Long, NoteType> noteTypes(JsonNode models) {
    Map<Long, NoteType> out = new HashMap<>();
    models.fields().forEachRemaining(e -> {
      JsonNode m = e.getValue();
      List<String> fields = new ArrayList<>();
      m.path("flds").forEach(f -> fields.add(f.path("name").asText()));
      List<String[]> templates = new ArrayList<>();
      m.path("tmpls").forEach(t -> templates.add(new String[] {t.path("qfmt").asText(""), t.path("afmt").asText("")}));
      long id = m.path("id").asLong(parseOr(e.getKey()));
      out.put(id, new NoteType(m.path("name").asText(), m.path("type").asInt(0) == 1, fields, templates));
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
        out.put(rs.getLong(1), new NoteType(text(rs, 2), Protobuf.varint(rs.getBytes(3), 1) == 1,
            new ArrayList<>(), new ArrayList<>()));
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
        if (type != null) type.templates().add(new String[] {Protobuf.string(config, 1), Protobuf.string(config, 2)});
      }
    }
    return out;
  }

  /** A text column, "" for null (which a damaged collection may hold where Anki never writes one). */
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

  private static void card(PackDraft draft, String skill, String deck, Note note, NoteType type, int ord) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < type.fields().size(); i++) {
      fields.put(type.fields().get(i), i < note.fields().size() ? note.fields().get(i) : "");
    }
    List<String> tags = tags(note.tags());
    String where = "note " + note.id() + " card " + (ord + 1);
    String id = draft.exerciseId("", "n" + note.id() + "-" + (ord + 1));
    Map<String, String> specials = new HashMap<>(Map.of("Tags", note.tags().strip(), "Deck", deck,
        "Subdeck", deck.replaceAll(".*::", ""), "Type", type.name(), "Card", "Card " + (ord + 1)));
    if (type.cloze()) {
      int n = ord + 1;
      String[] tpl = type.templates().isEmpty() ? new String[] {"", ""} : type.templates().get(0);
      List<String> hints = new ArrayList<>();
      String q = AnkiTemplate.render(tpl[0], fields, specials, f -> AnkiCloze.forCard(f, n, hints));
      if (q.indexOf(AnkiCloze.OPEN) < 0) {
        draft.warn(0, where + ": skipped: cloze " + n + " is not shown on the card's question side"
            + " (its field is missing from the template, or only typed in)");
        return;
      }
      String text = AnkiCloze.toTutor(HtmlText.toText(q));
      if (text == null || !text.contains("{{")) {
        draft.warn(0, where + ": skipped: cloze " + n + " cannot be written as tutor gaps"
            + " (nested deletions, or an answer containing '|' or braces)");
        return;
      }
      String extra = HtmlText.toText(AnkiTemplate.render(tpl[1], fields, specials, f -> ""));
      draft.cloze(0, id, skill, "", text, hints, tags, extra.equals(HtmlText.toText(AnkiCloze.revealed(q))) ? "" : extra);
      return;
    }
    if (ord >= type.templates().size()) {
      draft.warn(0, where + ": skipped: its card template is missing");
      return;
    }
    String[] tpl = type.templates().get(ord);
    String frontHtml = AnkiTemplate.render(tpl[0], fields, specials, AnkiCloze::revealed);
    String front = HtmlText.toText(frontHtml);
    specials.put("FrontSide", "");
    String back = HtmlText.toText(AnkiTemplate.render(tpl[1], fields, specials, AnkiCloze::revealed));
    if (front.isBlank() || back.isBlank()) {
      String side = front.isBlank() ? "front" : "back";
      boolean media = HtmlText.hasMedia(front.isBlank() ? frontHtml : String.join(" ", fields.values()));
      draft.warn(0, where + ": skipped: the " + side + (media ? " has only an image or sound, which tutor cannot show"
          : " is empty" + (tpl[0].contains("{{=") ? " (custom template delimiters are not supported)" : "")));
      return;
    }
    draft.flashcard(0, id, skill, front, back, tags, "");
  }

  static List<String> tags(String anki) {
    List<String> out = new ArrayList<>();
    for (String t : anki.strip().split("\\s+")) if (!t.isBlank()) out.add(t);
    return out;
  }
}
