package tutor.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sqlite.Collation;

/**
 * Builds small Anki packages for tests: a legacy collection (schema 11) with the tables and JSON
 * columns the importer reads, zipped with a media list and any extra entries; or the same notes in
 * the newer format ({@link #writeAnki21b}).
 */
public final class ApkgFixture {
  public static final long BASIC = 1001;
  public static final long REVERSED = 1002;
  public static final long CLOZE = 1003;

  private final List<String[]> notes = new ArrayList<>(); // id, model, tags, fields
  private final List<long[]> cards = new ArrayList<>(); // nid, ord, did
  private final List<String[]> extraEntries = new ArrayList<>();
  private final List<Object[]> media = new ArrayList<>(); // name, bytes
  private final List<long[]> schedules =
      new ArrayList<>(); // card id, type, queue, due, ivl, factor, reps, lapses
  private final List<long[]> reviews = new ArrayList<>(); // id, cid, ease, ivl, factor, time, type
  private final Map<Long, Integer> templateCounts = new java.util.HashMap<>();
  private String models = MODELS;
  private long created =
      1_600_000_000L; // 2020-09-13 12:26:40 UTC: the collection's first day starts then
  private int schedulerVersion = 2;
  private String decks =
      """
      {"1": {"name": "Default"}, "10": {"name": "Spanish"}, "11": {"name": "Spanish::Verbs"}}""";

  public ApkgFixture note(long id, long model, String tags, long deck, String... fields) {
    notes.add(
        new String[] {
          Long.toString(id), Long.toString(model), tags, String.join("\u001f", fields)
        });
    int cardCount = model == REVERSED ? 2 : templateCounts.getOrDefault(model, 1);
    if (model == CLOZE) cardCount = AnkiCloze.numbers(fields[0]).size();
    for (int ord = 0; ord < cardCount; ord++) {
      int o = model == CLOZE ? AnkiCloze.list(AnkiCloze.numbers(fields[0])).get(ord) - 1 : ord;
      cards.add(new long[] {id, o, deck});
    }
    return this;
  }

  /** Adds a note type: {@code templates} are question and answer formats, in pairs. */
  public ApkgFixture model(long id, String name, List<String> fields, String... templates)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode all =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(models);
    com.fasterxml.jackson.databind.node.ObjectNode m = all.putObject(Long.toString(id));
    m.put("id", id).put("name", name).put("type", 0);
    fields.forEach(f -> m.withArray("flds").addObject().put("name", f));
    for (int i = 0; i < templates.length; i += 2) {
      m.withArray("tmpls").addObject().put("qfmt", templates[i]).put("afmt", templates[i + 1]);
    }
    templateCounts.put(id, templates.length / 2);
    models = json.writeValueAsString(all);
    return this;
  }

  /** A media file, under the next number. */
  public ApkgFixture media(String name, byte[] content) {
    media.add(new Object[] {name, content});
    return this;
  }

  /** The Anki card id of a note's card: note id * 1000 + ord. */
  public static long cardId(long note, int ord) {
    return note * 1000 + ord;
  }

  /** Sets a card's schedule (Anki's cards columns). */
  public ApkgFixture schedule(
      long note,
      int ord,
      int type,
      int queue,
      long due,
      int ivl,
      int factor,
      int reps,
      int lapses) {
    schedules.add(new long[] {cardId(note, ord), type, queue, due, ivl, factor, reps, lapses});
    return this;
  }

  /** Adds a review-log row (Anki's revlog columns). */
  public ApkgFixture review(
      long note, int ord, long atMillis, int ease, int ivl, int factor, int timeMillis, int type) {
    reviews.add(new long[] {atMillis, cardId(note, ord), ease, ivl, factor, timeMillis, type});
    return this;
  }

  public ApkgFixture created(long epochSeconds) {
    created = epochSeconds;
    return this;
  }

  public ApkgFixture schedulerVersion(int v) {
    schedulerVersion = v;
    return this;
  }

  ApkgFixture decks(String json) {
    decks = json;
    return this;
  }

  ApkgFixture entry(String name, String content) {
    extraEntries.add(new String[] {name, content});
    return this;
  }

  private static final String MODELS =
      """
      {"1001": {"id": 1001, "name": "Basic", "type": 0,
                "flds": [{"name": "Front"}, {"name": "Back"}],
                "tmpls": [{"qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}]},
       "1002": {"id": 1002, "name": "Basic (and reversed card)", "type": 0,
                "flds": [{"name": "Front"}, {"name": "Back"}],
                "tmpls": [{"qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"},
                          {"qfmt": "{{Back}}", "afmt": "{{FrontSide}}<hr id=answer>{{Front}}"}]},
       "1003": {"id": 1003, "name": "Cloze", "type": 1,
                "flds": [{"name": "Text"}, {"name": "Back Extra"}],
                "tmpls": [{"qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Back Extra}}"}]}}""";

  /** Writes the package; {@code collectionName} is the entry the database goes into. */
  public Path write(Path dir, String fileName, String collectionName) throws Exception {
    Path db = dir.resolve(fileName + ".sqlite");
    legacyDatabase(db);
    Path apkg = dir.resolve(fileName);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
      z.putNextEntry(new ZipEntry(collectionName));
      z.write(Files.readAllBytes(db));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("media"));
      Map<String, String> map = new java.util.LinkedHashMap<>();
      for (int i = 0; i < media.size(); i++) map.put(Integer.toString(i), (String) media.get(i)[0]);
      z.write(new ObjectMapper().writeValueAsBytes(map));
      z.closeEntry();
      for (int i = 0; i < media.size(); i++) {
        z.putNextEntry(new ZipEntry(Integer.toString(i)));
        z.write((byte[]) media.get(i)[1]);
        z.closeEntry();
      }
      writeExtraEntries(z);
    }
    Files.delete(db);
    return apkg;
  }

  private void legacyDatabase(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute(
          "create table col (id integer primary key, crt integer, ver integer, conf text, models text, decks text)");
      try (PreparedStatement p = c.prepareStatement("insert into col values (1, ?, 11, ?, ?, ?)")) {
        p.setLong(1, created);
        p.setString(2, "{\"schedVer\": " + schedulerVersion + "}");
        p.setString(3, models);
        p.setString(4, decks);
        p.execute();
      }
      notesAndCards(c);
    }
  }

  private void notesAndCards(Connection c) throws Exception {
    try (Statement st = c.createStatement()) {
      st.execute(
          "create table notes (id integer primary key, guid text, mid integer, tags text, flds text)");
      st.execute(
          "create table cards (id integer primary key, nid integer, did integer, ord integer,"
              + " type integer default 0, queue integer default 0, due integer default 0, ivl integer default 0,"
              + " factor integer default 0, reps integer default 0, lapses integer default 0, odue integer default 0,"
              + " odid integer default 0)");
      st.execute(
          "create table revlog (id integer primary key, cid integer, usn integer, ease integer, ivl integer,"
              + " lastIvl integer, factor integer, time integer, type integer)");
      try (PreparedStatement p = c.prepareStatement("insert into notes values (?, 'g', ?, ?, ?)")) {
        for (String[] n : notes) {
          p.setLong(1, Long.parseLong(n[0]));
          p.setLong(2, Long.parseLong(n[1]));
          p.setString(3, n[2]);
          p.setString(4, n[3]);
          p.execute();
        }
      }
      try (PreparedStatement p =
          c.prepareStatement("insert into cards (id, nid, ord, did) values (?, ?, ?, ?)")) {
        for (long[] card : cards) {
          p.setLong(1, cardId(card[0], (int) card[1]));
          p.setLong(2, card[0]);
          p.setLong(3, card[1]);
          p.setLong(4, card[2]);
          p.execute();
        }
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "update cards set type = ?, queue = ?, due = ?, ivl = ?,"
                  + " factor = ?, reps = ?, lapses = ? where id = ?")) {
        for (long[] k : schedules) {
          for (int i = 1; i < 8; i++) p.setLong(i, k[i]);
          p.setLong(8, k[0]);
          p.execute();
        }
      }
      try (PreparedStatement p =
          c.prepareStatement("insert into revlog values (?, ?, -1, ?, ?, 0, ?, ?, ?)")) {
        for (long[] r : reviews) {
          for (int i = 0; i < 7; i++) p.setLong(i + 1, r[i]);
          p.execute();
        }
      }
    }
  }

  private void writeExtraEntries(ZipOutputStream z) throws IOException {
    for (String[] e : extraEntries) {
      z.putNextEntry(new ZipEntry(e[0]));
      z.write(e[1].getBytes());
      z.closeEntry();
    }
  }

  /**
   * Writes the same notes as a package in the newer format, as Anki 2.1.50 and later export it:
   * collection.anki21b (the collection with the schema 18 tables the importer reads, names "collate
   * unicase" as Anki declares them, compressed with zstd), a legacy collection.anki2 holding only
   * Anki's placeholder note, a protobuf {@code meta} (version 3) and a zstd media map. {@code
   * tables} is SQL run on the database last (to break it).
   */
  Path writeAnki21b(Path dir, String fileName, String... tables) throws Exception {
    Path db = dir.resolve(fileName + ".anki21b.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      Collation.create(
          c,
          "unicase",
          new Collation() {
            @Override
            protected int xCompare(String a, String b) {
              return a.compareToIgnoreCase(b);
            }
          });
      st.execute("pragma journal_mode=wal"); // as Anki writes its newer collections
      st.execute(
          "create table col (id integer primary key, crt integer, ver integer, models text, decks text)");
      st.execute("insert into col values (1, " + created + ", 18, '', '')");
      st.execute(
          "create table notetypes (id integer not null primary key, name text not null collate unicase,"
              + " mtime_secs integer not null, usn integer not null, config blob not null)");
      st.execute("create unique index idx_notetypes_name on notetypes (name)");
      st.execute(
          "create table fields (ntid integer not null, ord integer not null, name text not null collate unicase,"
              + " config blob not null, primary key (ntid, ord)) without rowid");
      st.execute("create unique index idx_fields_name_ntid on fields (name, ntid)");
      st.execute(
          "create table templates (ntid integer not null, ord integer not null, name text not null collate"
              + " unicase, mtime_secs integer not null, usn integer not null, config blob not null,"
              + " primary key (ntid, ord)) without rowid");
      st.execute("create unique index idx_templates_name_ntid on templates (name, ntid)");
      st.execute(
          "create table decks (id integer primary key not null, name text not null collate unicase,"
              + " mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)");
      st.execute("create unique index idx_decks_name on decks (name)");
      ObjectMapper json = new ObjectMapper();
      for (JsonNode m : json.readTree(models)) {
        long id = m.path("id").asLong();
        // Notetype.Config: kind (1) only when cloze, as proto3 leaves defaults out; css (3),
        // requirements (8, nested) and stock kind (9) only to be skipped.
        byte[] config =
            m.path("type").asInt() == 1
                ? proto(1, 1, 3, ".card {}", 9, 5)
                : proto(3, ".card {}", 8, proto(1, 0, 2, 1), 9, 1);
        insert(
            c, "insert into notetypes values (?, ?, 0, 0, ?)", id, m.path("name").asText(), config);
        int ord = 0;
        for (JsonNode f : m.path("flds")) {
          insert(
              c,
              "insert into fields values (?, ?, ?, ?)",
              id,
              ord++,
              f.path("name").asText(),
              proto(3, "Arial"));
        }
        ord = 0;
        for (JsonNode t : m.path("tmpls")) {
          // Template.Config: question (1), answer (2); a target deck (5) and an id (8; negative, so
          // a ten-byte varint, as Anki writes them) only to be skipped.
          byte[] tc =
              proto(1, t.path("qfmt").asText(), 2, t.path("afmt").asText(), 5, 0, 8, -1_234_567);
          insert(
              c,
              "insert into templates values (?, ?, ?, 0, 0, ?)",
              id,
              ord,
              "Card " + (ord + 1),
              tc);
          ord++;
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = json.readTree(decks).fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> d = it.next();
        String name = d.getValue().path("name").asText().replace("::", "\u001f");
        insert(
            c,
            "insert into decks values (?, ?, 0, 0, ?, ?)",
            Long.parseLong(d.getKey()),
            name,
            proto(1, 1, 2, 1),
            proto(1, proto(1, 1)));
      }
      notesAndCards(c);
      for (String sql : tables) st.execute(sql);
    }
    Path stub = dir.resolve(fileName + ".anki2.sqlite");
    new ApkgFixture()
        .note(
            1,
            BASIC,
            "",
            1,
            "Please update to the latest Anki version, then import the"
                + " .colpkg/.apkg file again.",
            "")
        .legacyDatabase(stub);
    Path apkg = dir.resolve(fileName);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
      z.putNextEntry(new ZipEntry("collection.anki2"));
      z.write(Files.readAllBytes(stub));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("collection.anki21b"));
      z.write(zstd(Files.readAllBytes(db)));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("meta"));
      z.write(proto(1, 3));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("media"));
      ByteArrayOutputStream entries = new ByteArrayOutputStream();
      for (Object[] m : media)
        entries.writeBytes(proto(1, proto(1, (String) m[0], 2, ((byte[]) m[1]).length)));
      z.write(zstd(entries.toByteArray()));
      z.closeEntry();
      for (int i = 0; i < media.size(); i++) {
        z.putNextEntry(new ZipEntry(Integer.toString(i)));
        z.write(zstd((byte[]) media.get(i)[1]));
        z.closeEntry();
      }
      writeExtraEntries(z);
    }
    Files.delete(db);
    Files.delete(stub);
    return apkg;
  }

  private static void insert(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) p.setObject(i + 1, values[i]);
      p.execute();
    }
  }

  static byte[] zstd(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZstdOutputStream z = new ZstdOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  /**
   * A protobuf message from (field number, value) pairs: a number becomes a varint field, a string
   * or nested message (bytes) a length-delimited one.
   */
  static byte[] proto(Object... numbersAndValues) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < numbersAndValues.length; i += 2) {
      int number = (Integer) numbersAndValues[i];
      Object value = numbersAndValues[i + 1];
      if (value instanceof Number n) {
        varint(out, number << 3);
        varint(out, n.longValue());
      } else {
        byte[] b = value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) value;
        varint(out, number << 3 | 2);
        varint(out, b.length);
        out.writeBytes(b);
      }
    }
    return out.toByteArray();
  }

  private static void varint(ByteArrayOutputStream out, long value) {
    while ((value & ~0x7FL) != 0) {
      out.write((int) (value & 0x7F) | 0x80);
      value >>>= 7;
    }
    out.write((int) value);
  }
}
