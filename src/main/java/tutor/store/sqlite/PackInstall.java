package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.kind.Kind;
import tutor.pack.AuthorExamples;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.store.InstallReport;

/**
 * Installs a pack or updates it, and says what an update would change: packs, skills, units,
 * exercises and their links, retiring what the new version left out and keeping every learner's
 * cards, mastery and log.
 */
final class PackInstall {
  private static final Sql SQL = Sql.of(PackInstall.class);

  private final SqliteStore store;
  private final Connection c;

  PackInstall(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  InstallReport install(
      Pack pack,
      Map<String, AuthorExamples> examples,
      String source,
      String contentHash,
      Instant now) {
    String previous = store.installedVersion(pack.id()).orElse(null);
    return store.transaction(
        () -> {
          upsertPack(pack, source, contentHash, now);
          upsertSkills(pack);
          replaceUnits(pack);
          InstallReport report = upsertExercises(pack, previous);
          storeExamples(pack, examples);
          exec(OUTLINE, pack.id());
          return report;
        });
  }

  private void storeExamples(Pack pack, Map<String, AuthorExamples> examples) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("store-examples"))) {
      for (Exercise e : pack.exercises()) {
        AuthorExamples x = examples.get(e.id());
        ps.setString(
            1,
            x == null || x.isEmpty()
                ? null
                : SqliteStore.json(Map.of("accept", x.accept(), "reject", x.reject())));
        ps.setString(2, pack.id());
        ps.setString(3, e.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Each pack's exercise outlines in one text (migration 008 says why and how). */
  private static final String OUTLINE = SQL.get("store-pack-outline");

  private void upsertPack(Pack p, String source, String hash, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("upsert-pack"))) {
      ps.setString(1, p.id());
      ps.setString(2, p.title());
      ps.setString(3, p.version());
      ps.setString(4, p.description());
      ps.setString(5, SqliteStore.json(p.authors()));
      ps.setString(6, p.license());
      ps.setString(7, p.language());
      ps.setInt(8, p.format());
      ps.setString(9, source);
      ps.setString(10, hash);
      ps.setLong(11, now.toEpochMilli());
      ps.setLong(12, now.toEpochMilli());
      ps.executeUpdate();
    }
  }

  private void upsertSkills(Pack p) throws SQLException {
    exec(SQL.get("retire-skills"), p.id());
    exec(SQL.get("delete-skill-requires"), p.id());
    try (PreparedStatement skill = c.prepareStatement(SQL.get("upsert-skill"));
        PreparedStatement req = c.prepareStatement(SQL.get("insert-skill-requires"))) {
      int position = 0;
      for (Skill s : p.skills()) {
        skill.setString(1, p.id());
        skill.setString(2, s.id());
        skill.setString(3, s.title());
        skill.setString(4, s.description());
        skill.setInt(5, position++);
        skill.setString(6, ExerciseCodec.skillToJson(s));
        skill.executeUpdate();
        for (String r : s.requires()) {
          req.setString(1, p.id());
          req.setString(2, s.id());
          req.setString(3, r);
          req.executeUpdate();
        }
      }
    }
  }

  private void replaceUnits(Pack p) throws SQLException {
    exec(SQL.get("delete-units"), p.id());
    try (PreparedStatement ps = c.prepareStatement(SQL.get("replace-units"))) {
      int position = 0;
      for (tutor.pack.Unit u : p.units()) {
        ps.setString(1, p.id());
        ps.setString(2, u.id());
        ps.setInt(3, position++);
        ps.setString(4, u.title());
        ps.setString(5, u.description());
        ps.setString(6, String.join(" ", u.skills()));
        ps.executeUpdate();
      }
    }
  }

  /**
   * What installing {@code pack} would change, and nothing written: {@code pack add --dry-run}.
   * Read in one snapshot, so that what it says holds together.
   */
  InstallReport preview(Pack pack) {
    String previous = store.installedVersion(pack.id()).orElse(null);
    return Transactions.snapshot(c, () -> planExercises(pack, previous).report());
  }

  /** The exercises of a pack as they will be stored, and what storing them changes. */
  private record ExercisePlan(List<String[]> encoded, InstallReport report) {}

  private ExercisePlan planExercises(Pack p, String previous) throws SQLException {
    Map<String, String> oldBodies = new HashMap<>();
    Map<String, String> oldKeyHashes = new HashMap<>();
    // Exercises an earlier version retired, as they were last: one that comes back has its cards
    // back, so its answer is compared with theirs as any kept exercise's is.
    Map<String, String> retiredBodies = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("plan-exercises"))) {
      ps.setString(1, p.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (rs.getInt(4) != 0) retiredBodies.put(rs.getString(1), rs.getString(3));
          else oldBodies.put(rs.getString(1), rs.getString(3));
          oldKeyHashes.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    // JSON and key hashes on every core: for a pack of 50,000 exercises this is a good part of the
    // install.
    List<String[]> encoded =
        p.exercises().parallelStream()
            .map(e -> new String[] {ExerciseCodec.toJson(e), ExerciseCodec.keyHash(e)})
            .toList();
    int added = 0;
    List<String> revived = new ArrayList<>();
    int changed = 0;
    int unchanged = 0;
    Map<String, String> reasons = new LinkedHashMap<>();
    for (int i = 0; i < encoded.size(); i++) {
      Exercise e = p.exercises().get(i);
      String body = encoded.get(i)[0];
      String old = oldBodies.remove(e.id());
      if (old == null) {
        String retired = retiredBodies.get(e.id());
        if (retired == null) {
          added++;
          continue;
        }
        revived.add(e.id());
        if (!encoded.get(i)[1].equals(oldKeyHashes.get(e.id()))) {
          Kind.resetReason(ExerciseCodec.fromJson(retired).body(), e.body())
              .ifPresent(why -> reasons.put(e.id(), "back after it was retired, and " + why));
        }
        continue;
      }
      if (old.equals(body)) unchanged++;
      else changed++;
      // Equal key hashes: nothing that grades changed. Different ones are looked at closely: a new
      // wording of an option, a new order or an added alternative changes the hash, not the answer.
      if (!encoded.get(i)[1].equals(oldKeyHashes.get(e.id()))) {
        Kind.resetReason(ExerciseCodec.fromJson(old).body(), e.body())
            .ifPresent(why -> reasons.put(e.id(), why));
      }
    }
    List<String> reset = List.copyOf(reasons.keySet());
    InstallReport report =
        new InstallReport(
            p.id(),
            previous,
            p.version(),
            added,
            revived,
            changed,
            oldBodies.size(),
            unchanged,
            reset,
            reasons,
            learnersWithCards(p.id(), reset));
    return new ExercisePlan(encoded, report);
  }

  /** The names of the learners with a card of any of {@code exerciseIds}. */
  private List<String> learnersWithCards(String packId, List<String> exerciseIds)
      throws SQLException {
    if (exerciseIds.isEmpty()) return List.of();
    Set<String> ids = new HashSet<>(exerciseIds);
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("learners-with-cards"))) {
      ps.setString(1, packId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) if (ids.contains(rs.getString(2))) names.add(rs.getString(1));
      }
    }
    return List.copyOf(names);
  }

  private InstallReport upsertExercises(Pack p, String previous) throws SQLException {
    ExercisePlan plan = planExercises(p, previous);
    exec(SQL.get("retire-exercises"), p.id());
    exec(SQL.get("delete-exercise-skills"), p.id());
    try (PreparedStatement ex = c.prepareStatement(SQL.get("upsert-exercise"));
        PreparedStatement sk = c.prepareStatement(SQL.get("insert-exercise-skill"))) {
      int position = 0;
      List<String[]> encoded = plan.encoded();
      for (int i = 0; i < encoded.size(); i++) {
        Exercise e = p.exercises().get(i);
        ex.setString(1, p.id());
        ex.setString(2, e.id());
        ex.setString(3, e.type().yamlName());
        ex.setInt(4, e.difficulty());
        ex.setInt(5, position++);
        ex.setString(6, encoded.get(i)[0]);
        ex.setString(7, encoded.get(i)[1]);
        ex.setString(8, String.join(" ", e.skills()));
        int[] outline = ExerciseCodec.outlineCounts(e.body());
        ex.setInt(9, outline[0]);
        ex.setInt(10, outline[1]);
        ex.addBatch();
        for (String s : e.skills()) {
          sk.setString(1, p.id());
          sk.setString(2, e.id());
          sk.setString(3, s);
          sk.addBatch();
        }
      }
      ex.executeBatch();
      sk.executeBatch();
    }
    // A changed answer or type makes past answers say nothing about the new exercise: its cards
    // start again (for every learner); rewording, reordering and added alternatives keep them.
    try (PreparedStatement del = c.prepareStatement(SQL.get("reset-card"))) {
      for (String id : plan.report().reset()) {
        del.setString(1, p.id());
        del.setString(2, id);
        del.addBatch();
      }
      del.executeBatch();
    }
    return plan.report();
  }

  private void exec(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      ps.executeUpdate();
    }
  }
}
