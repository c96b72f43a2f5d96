package tutor.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds small Anki packages for tests: a legacy collection (schema 11) with the tables and JSON
 * columns the importer reads, zipped with a media list and any extra entries.
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
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      st.execute("create table col (id integer primary key, ver integer, models text, decks text)");
      st.execute("create table notes (id integer primary key, guid text, mid integer, tags text, flds text)");
      st.execute("create table cards (id integer primary key, nid integer, did integer, ord integer)");
      try (PreparedStatement p = c.prepareStatement("insert into col values (1, 11, ?, ?)")) {
        p.setString(1, MODELS);
        p.setString(2, decks);
        p.execute();
      }
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
    Path apkg = dir.resolve(fileName);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
      z.putNextEntry(new ZipEntry(collectionName));
      z.write(Files.readAllBytes(db));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("media"));
      z.write("{}".getBytes());
      z.closeEntry();
      for (String[] e : extraEntries) {
        z.putNextEntry(new ZipEntry(e[0]));
        z.write(e[1].getBytes());
        z.closeEntry();
      }
    }
    Files.delete(db);
    return apkg;
  }
}
