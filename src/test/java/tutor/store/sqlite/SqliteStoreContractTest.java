package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.goal.Goal;
import tutor.mastery.SkillMastery;
import tutor.schedule.FsrsParameters;
import tutor.store.ExportJson;
import tutor.store.ExportSource;
import tutor.store.ExportWriter;
import tutor.store.FittedParameters;
import tutor.store.Learner;
import tutor.store.Leech;
import tutor.store.Portability;
import tutor.store.Store;
import tutor.store.StoreContract;
import tutor.store.UndoneAnswer;

/**
 * The store's contract ({@link StoreContract}) on the SQLite adapter, and what only SQLite can be
 * asked: that no row of any table still mentions a deleted learner.
 */
class SqliteStoreContractTest extends StoreContract {
  @TempDir Path dir;

  @Override
  protected Store newStore() {
    return SqliteStore.open(dir.resolve("contract-" + System.nanoTime() + ".db"));
  }

  @Override
  protected Store secondHandle(Store store) {
    return SqliteStore.open(((SqliteStore) store).file());
  }

  /** A learner with something in every kind of learner data the store keeps. */
  private Learner busyLearner(Store s, String name) {
    Learner l = s.addLearner(name, T0);
    s.recordAnswer(answer(s, l.id(), "capital", true, T0));
    s.recordAnswer(answer(s, l.id(), "sum", false, T0.plusSeconds(60)));
    s.recordAnswer(answer(s, l.id(), "capital", true, T0.plusSeconds(3 * 86_400)));
    s.recordAnswer(answer(s, l.id(), "water", true, T0.plusSeconds(3 * 86_400 + 60), "cram"));
    s.setSetting(l.id(), "daily-new", "4");
    s.markLessonSeen(l.id(), skillOf("sum"), T0);
    s.markLeech(l.id(), new Leech(card("sum"), 8, T0, Leech.Action.SUSPEND, true));
    s.setMastery(l.id(), Map.of(skillOf("water"), new SkillMastery(0.95, 0, 0)), T0);
    s.saveFittedParameters(
        new FittedParameters(
            l.id(), T0, "history", 100, 80, FsrsParameters.DEFAULT, 0.4, 0.3, 0.1, 0.09, true));
    new GoalStore((SqliteStore) s)
        .add(
            l.id(), new Goal(0, "demo", List.of("basics"), LocalDate.of(2026, 3, 1), 20, null, T0));
    s.setAppSetting("why:" + l.id(), "Last exercise: demo/capital, for " + name);
    s.useLearner(l);
    return l;
  }

  private static long count(Path db, String sql, Object... args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.getLong(1);
      }
    }
  }

  /** Every place in the database that still mentions the learner: "table.column (n rows)". */
  private static List<String> mentions(Path db, Learner l) throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet tables =
            s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      List<String> names = new ArrayList<>();
      while (tables.next()) names.add(tables.getString(1));
      for (String t : names) {
        List<String[]> columns = new ArrayList<>();
        try (Statement s2 = c.createStatement();
            ResultSet cols = s2.executeQuery("PRAGMA table_info(\"" + t + "\")")) {
          while (cols.next()) columns.add(new String[] {cols.getString(2), cols.getString(3)});
        }
        for (String[] col : columns) {
          String where;
          Object arg;
          if (col[0].equals("learner_id") || (t.equals("learners") && col[0].equals("id"))) {
            where = "\"" + col[0] + "\" = ?";
            arg = l.id();
          } else if (t.equals("app_settings") && col[0].equals("key")) {
            where = "key LIKE ?"; // a learner's own app settings end in ":<id>"
            arg = "%:" + l.id();
          } else if (col[1].toUpperCase(java.util.Locale.ROOT).contains("TEXT")
              || col[1].isEmpty()) {
            where = "instr(CAST(\"" + col[0] + "\" AS TEXT), ?) > 0";
            arg = l.name();
          } else continue;
          long n = count(db, "SELECT count(*) FROM \"" + t + "\" WHERE " + where, arg);
          if (n > 0) found.add(t + "." + col[0] + " (" + n + " rows)");
        }
      }
    }
    return found;
  }

  @Test
  void aDeletedLearnerLeavesNoRowInAnyTable() throws Exception {
    Path db = ((SqliteStore) store).file();
    Learner zelda = busyLearner(store, "zelda-to-erase");
    Learner keep = busyLearner(store, "kept");
    Seen kept = seen(store, keep.id());
    assertTrue(mentions(db, zelda).size() > 8, "the learner is everywhere: " + mentions(db, zelda));
    store.useLearner(zelda);

    store.portability().erase(zelda);

    assertEquals(List.of(), mentions(db, zelda));
    assertEquals(Optional.empty(), store.learner(zelda.name()));
    assertEquals(kept, seen(store, keep.id()), "the other learner keeps everything");
    assertEquals(1, new GoalStore((SqliteStore) store).list(keep.id()).size());
    assertEquals(1, count(db, "SELECT count(*) FROM packs"), "installed content stays");
  }

  @Test
  void anExportImportedIntoAFreshStoreGivesBackTheSameLearner() throws Exception {
    Learner ada = busyLearner(store, "ada");
    Seen written = seen(store, ada.id());
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (ExportWriter w = ExportJson.writer(json)) {
      store.portability().export(ada, T0.plusSeconds(10 * 86_400), w);
    }

    SqliteStore fresh = SqliteStore.open(dir.resolve("fresh.db"));
    try {
      fresh.currentLearner(T0); // someone else is there first: ids differ
      fresh.installPack(demo("1.0.0", true), "test", "h1", T0);
      Portability.Imported imported;
      try (ExportSource source = ExportJson.source(new ByteArrayInputStream(json.toByteArray()))) {
        imported = fresh.portability().importExport(source, null);
      }
      Learner back = imported.learner();
      assertEquals("ada", back.name());
      assertEquals(written, seen(fresh, back.id()));
      assertEquals(
          store.adoptedParameters(ada.id()).map(p -> p.parameters()),
          fresh.adoptedParameters(back.id()).map(p -> p.parameters()));
      assertEquals(
          new GoalStore((SqliteStore) store)
              .list(ada.id()).stream().map(g -> g.skills() + " " + g.deadline()).toList(),
          new GoalStore(fresh)
              .list(back.id()).stream().map(g -> g.skills() + " " + g.deadline()).toList());
      assertEquals(
          store.undoLast(ada.id()).map(UndoneAnswer::card),
          fresh.undoLast(back.id()).map(UndoneAnswer::card),
          "the imported history can be undone as the original");
    } finally {
      fresh.close();
    }
  }
}
