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
final class ApkgFixture {
  static final long BASIC = 1001;
  static final long REVERSED = 1002;
  static final long CLOZE = 1003;

  private final List<String[]> notes = new ArrayList<>(); // id, model, tags, fields
  private final List<long[]> cards = new ArrayList<>(); // nid, ord, did
  private final List<String[]> extraEntries = new ArrayList<>();
  private String decks = """
      {"1": {"name": "Default"}, "10": {"name": "Spanish"}, "11": {"name": "Spanish::Verbs"}}""";

  ApkgFixture note(long id, long model, String tags, long deck, String... fields) {
    notes.add(new String[] {Long.toString(id), Long.toString(model), tags, String.join("\u001f", fields)});
    int cardCount = model == REVERSED ? 2 : 1;
    if (model == CLOZE) cardCount = AnkiCloze.numbers(fields[0]).size();
    for (int ord = 0; ord < cardCount; ord++) {
      int o = model == CLOZE ? AnkiCloze.list(AnkiCloze.numbers(fields[0])).get(ord) - 1 : ord;
      cards.add(new long[] {id, o, deck});
    }
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

  private static final String MODELS = """
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
  Path write(Path dir, String fileName, String collectionName) throws Exception {
    Path db = dir.resolve(fileName + ".sqlite");
    legacyDatabase(db);
    Path apkg = dir.resolve(fileName);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
      z.putNextEntry(new ZipEntry(collectionName));
      z.write(Files.readAllBytes(db));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("media"));
      z.write("{}".getBytes());
      z.closeEntry();
      writeExtraEntries(z);
    }
    Files.delete(db);
    return apkg;
  }

  private void legacyDatabase(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("create table col (id integer primary key, ver integer, models text, decks text)");
      try (PreparedStatement p = c.prepareStatement("insert into col values (1, 11, ?, ?)")) {
        p.setString(1, MODELS);
        p.setString(2, decks);
        p.execute();
      }
      notesAndCards(c);
    }
  }

  private void notesAndCards(Connection c) throws Exception {
    try (Statement st = c.createStatement()) {
      st.execute("create table notes (id integer primary key, guid text, mid integer, tags text, flds text)");
      st.execute("create table cards (id integer primary key, nid integer, did integer, ord integer)");
      try (PreparedStatement p = c.prepareStatement("insert into notes values (?, 'g', ?, ?, ?)")) {
        for (String[] n : notes) {
          p.setLong(1, Long.parseLong(n[0]));
          p.setLong(2, Long.parseLong(n[1]));
          p.setString(3, n[2]);
          p.setString(4, n[3]);
          p.execute();
        }
      }
      try (PreparedStatement p = c.prepareStatement("insert into cards (nid, ord, did) values (?, ?, ?)")) {
        for (long[] card : cards) {
          p.setLong(1, card[0]);
          p.setLong(2, card[1]);
          p.setLong(3, card[2]);
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
   * collection.anki21b (the collection with the schema 18 tables the importer reads, names
   * "collate unicase" as Anki declares them, compressed with zstd), a legacy collection.anki2
   * holding only Anki's placeholder note, a protobuf {@code meta} (version 3) and a zstd media map.
   * {@code tables} is SQL run on the database last (to break it).
   */
  Path writeAnki21b(Path dir, String fileName, String... tables) throws Exception {
    Path db = dir.resolve(fileName + ".anki21b.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      Collation.create(c, "unicase", new Collation() {
        @Override
        protected int xCompare(String a, String b) {
          return a.compareToIgnoreCase(b);
        }
      });
      st.execute("pragma journal_mode=wal"); // as Anki writes its newer collections
      st.execute("create table col (id integer primary key, ver integer, models text, decks text)");
      st.execute("insert into col values (1, 18, '', '')");
      st.execute("create table notetypes (id integer not null primary key, name text not null collate unicase,"
          + " mtime_secs integer not null, usn integer not null, config blob not null)");
      st.execute("create unique index idx_notetypes_name on notetypes (name)");
      st.execute("create table fields (ntid integer not null, ord integer not null, name text not null collate unicase,"
          + " config blob not null, primary key (ntid, ord)) without rowid");
      st.execute("create unique index idx_fields_name_ntid on fields (name, ntid)");
      st.execute("create table templates (ntid integer not null, ord integer not null, name text not null collate"
          + " unicase, mtime_secs integer not null, usn integer not null, config blob not null,"
          + " primary key (ntid, ord)) without rowid");
      st.execute("create unique index idx_templates_name_ntid on templates (name, ntid)");
      st.execute("create table decks (id integer primary key not null, name text not null collate unicase,"
          + " mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null)");
      st.execute("create unique index idx_decks_name on decks (name)");
      ObjectMapper json = new ObjectMapper();
      for (JsonNode m : json.readTree(MODELS)) {
        long id = m.path("id").asLong();
        // Notetype.Config: kind (1) only when cloze, as proto3 leaves defaults out; css (3),
        // requirements (8, nested) and stock kind (9) only to be skipped.
        byte[] config = m.path("type").asInt() == 1
            ? proto(1, 1, 3, ".card {}", 9, 5) : proto(3, ".card {}", 8, proto(1, 0, 2, 1), 9, 1);
        insert(c, "insert into notetypes values (?, ?, 0, 0, ?)", id, m.path("name").asText(), config);
        int ord = 0;
        for (JsonNode f : m.path("flds")) {
          insert(c, "insert into fields values (?, ?, ?, ?)", id, ord++, f.path("name").asText(), proto(3, "Arial"));
        }
        ord = 0;
        for (JsonNode t : m.path("tmpls")) {
          // Template.Config: question (1), answer (2); a target deck (5) and an id (8; negative, so
          // a ten-byte varint, as Anki writes them) only to be skipped.
          byte[] tc = proto(1, t.path("qfmt").asText(), 2, t.path("afmt").asText(), 5, 0, 8, -1_234_567);
          insert(c, "insert into templates values (?, ?, ?, 0, 0, ?)", id, ord, "Card " + (ord + 1), tc);
          ord++;
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = json.readTree(decks).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> d = it.next();
        String name = d.getValue().path("name").asText().replace("::", "\u001f");
        insert(c, "insert into decks values (?, ?, 0, 0, ?, ?)", Long.parseLong(d.getKey()), name,
            proto(1, 1, 2, 1), proto(1, proto(1, 1)));
      }
      notesAndCards(c);
      for (String sql : tables) st.execute(sql);
    }
    Path stub = dir.resolve(fileName + ".anki2.sqlite");
    new ApkgFixture().note(1, BASIC, "", 1, "Please update to the latest Anki version, then import the"
        + " .colpkg/.apkg file again.", "").legacyDatabase(stub);
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
      z.write(zstd(new byte[0]));
      z.closeEntry();
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
   * A protobuf message from (field number, value) pairs: a number becomes a varint field, a
   * string or nested message (bytes) a length-delimited one.
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
