package tutor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Anki package is a third party's SQLite file: its schema is theirs. One that names a view, or a
 * column computed on read, where Anki writes a plain table could make a read run for ever or fill
 * the memory; the importer reads only plain tables and says in one line what it found instead.
 */
class HostileCollectionTest {
  @TempDir Path dir;

  /** A legacy collection whose tables are made by {@code schema}, zipped as an .apkg. */
  private Path apkg(String... schema) throws Exception {
    Path db = dir.resolve("c.sqlite");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      for (String sql : schema) st.execute(sql);
    }
    Path apkg = dir.resolve("hostile.apkg");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
      z.putNextEntry(new ZipEntry("collection.anki2"));
      z.write(Files.readAllBytes(db));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("media"));
      z.write("{}".getBytes());
      z.closeEntry();
    }
    Files.delete(db);
    return apkg;
  }

  private static final String COL =
      "create table col (id integer primary key, crt integer, ver integer, conf text, models text,"
          + " decks text)";
  private static final String COL_ROW =
      "insert into col values (1, 1600000000, 11, '{\"schedVer\": 2}', '{\"1001\": {\"id\": 1001,"
          + " \"name\": \"Basic\", \"type\": 0, \"flds\": [{\"name\": \"Front\"}, {\"name\":"
          + " \"Back\"}], \"tmpls\": [{\"qfmt\": \"{{Front}}\", \"afmt\": \"{{Back}}\"}]}}',"
          + " '{\"1\": {\"name\": \"Default\"}}')";
  private static final String CARDS =
      "create table cards (id integer primary key, nid integer, did integer, ord integer, type"
          + " integer default 0, queue integer default 0, due integer default 0, ivl integer"
          + " default 0, factor integer default 0, reps integer default 0, lapses integer default"
          + " 0, odue integer default 0, odid integer default 0)";
  private static final String REVLOG =
      "create table revlog (id integer primary key, cid integer, usn integer, ease integer, ivl"
          + " integer, lastIvl integer, factor integer, time integer, type integer)";

  /** A legacy collection as Anki writes it, its notes made by {@code notes}. */
  private Path withNotes(String... notes) throws Exception {
    List<String> schema = new ArrayList<>(List.of(COL, COL_ROW, CARDS, REVLOG));
    schema.addAll(List.of(notes));
    return apkg(schema.toArray(String[]::new));
  }

  private static ImportException refusal(Path apkg) {
    return assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
  }

  @Test
  void notesAsAViewThatNeverEndsIsRefusedUnread() throws Exception {
    Path apkg =
        withNotes(
            "create view notes as with recursive n(i) as (select 1 union all select i + 1 from n)"
                + " select i as id, 'g' as guid, 1001 as mid, '' as tags, 'a' || char(31) || 'b'"
                + " as flds from n");
    ImportException e = refusal(apkg);
    assertTrue(e.getMessage().contains("'notes' is a view"), e.getMessage());
    assertTrue(e.getMessage().startsWith(apkg.toString()), e.getMessage());
  }

  @Test
  void aColumnComputedOnReadIsRefused() throws Exception {
    Path apkg =
        withNotes(
            "create table notes (id integer primary key, guid text, mid integer, tags text, flds"
                + " text as (printf('%.*c', 1000000, 'x')) virtual)",
            "insert into notes (id, guid, mid, tags) values (1, 'g', 1001, '')");
    ImportException e = refusal(apkg);
    assertTrue(e.getMessage().contains("computed"), e.getMessage());
  }

  @Test
  void aVirtualTableIsRefused() throws Exception {
    Path apkg =
        withNotes(
            "create virtual table notes using fts5(id, guid, mid, tags, flds)",
            "insert into notes values (1, 'g', 1001, '', 'a' || char(31) || 'b')");
    ImportException e = refusal(apkg);
    assertTrue(e.getMessage().contains("'notes' is a virtual table"), e.getMessage());
  }

  @Test
  void theSameCollectionWithPlainTablesImports() throws Exception {
    Path apkg =
        withNotes(
            "create table notes (id integer primary key, guid text, mid integer, tags text, flds"
                + " text)",
            "insert into notes values (1, 'g', 1001, '', 'Front side' || char(31) || 'Back side')",
            "insert into cards (id, nid, did, ord) values (1, 1, 1, 0)");
    ImportResult r = AnkiImporter.read(apkg, "x", null);
    assertEquals(1, r.pack().exercises().size());
    assertEquals("Front side", r.pack().exercises().get(0).prompt());
  }
}
