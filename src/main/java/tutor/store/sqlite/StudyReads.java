package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.mastery.Evidence;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardState;
import tutor.store.CardRow;

/**
 * What a study session and the reports read of the installed packs and of a learner: skills,
 * exercises in full, one exercise, the learner's cards and mastery. The caller holds the
 * transaction, or wraps the read ({@link SqliteStore#query}).
 */
final class StudyReads {
  private static final Sql SQL = Sql.of(StudyReads.class);

  private final Connection c;

  StudyReads(Connection c) {
    this.c = c;
  }

  /** One exercise in full. */
  Optional<Exercise> exercise(CardKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("exercise"))) {
      ps.setString(1, key.packId());
      ps.setString(2, key.exerciseId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(ExerciseCodec.fromJson(rs.getString(1))) : Optional.empty();
      }
    }
  }

  /** The live skills of the installed packs, by pack and teaching order. */
  List<StoredSkill> skills() throws SQLException {
    List<StoredSkill> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("read-skills"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new StoredSkill(
                rs.getString(1), ExerciseCodec.skillFromJson(rs.getString(2)), rs.getInt(3)));
      }
    }
    return out;
  }

  /** The live exercises of the installed packs in full (every body parsed), by pack and order. */
  List<StoredExercise> exercises() throws SQLException {
    List<StoredExercise> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("installed-exercises"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new StoredExercise(
                rs.getString(1), ExerciseCodec.fromJson(rs.getString(2)), rs.getInt(3)));
      }
    }
    return out;
  }

  /**
   * The learner's cards, read as one text per pack and parsed here: reading 100,000 rows column by
   * column costs a second (a native call per value); this, a tenth of that. The text keeps every
   * digit of the doubles (printf %!.17g gives them back exactly). Cards of {@code exercises} share
   * their keys, so that a session holds one key per exercise.
   */
  Map<CardKey, CardState> cards(long learnerId, List<StoredExercise> exercises)
      throws SQLException {
    Map<String, Map<String, CardKey>> keys = new HashMap<>();
    for (StoredExercise e : exercises)
      keys.computeIfAbsent(e.packId(), p -> new HashMap<>()).put(e.key().exerciseId(), e.key());
    Map<CardKey, CardState> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("cards-by-pack"))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String pack = rs.getString(1);
          Map<String, CardKey> known = keys.getOrDefault(pack, Map.of());
          String text = rs.getString(2);
          int at = 0;
          int[] tab = new int[8];
          while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            for (int i = 0, from = at; i < 8; i++) from = (tab[i] = text.indexOf('\t', from)) + 1;
            String id = text.substring(at, tab[0]);
            CardKey key = known.get(id);
            out.put(
                key != null ? key : new CardKey(pack, id),
                CardRow.scheduled(
                    text.substring(tab[0] + 1, tab[1]),
                    Integer.parseInt(text, tab[1] + 1, tab[2], 10),
                    real(text.substring(tab[2] + 1, tab[3])),
                    real(text.substring(tab[3] + 1, tab[4])),
                    Long.parseLong(text, tab[4] + 1, tab[5], 10),
                    tab[6] == tab[5] + 1 ? null : Long.parseLong(text, tab[5] + 1, tab[6], 10),
                    Integer.parseInt(text, tab[6] + 1, tab[7], 10),
                    Integer.parseInt(text, tab[7] + 1, end, 10)));
            at = end + 1;
          }
        }
      }
    }
    return out;
  }

  /** A REAL as printf('%!.17g') writes it: every digit, and "Inf" or "-Inf" for the infinities. */
  static double real(String text) {
    return switch (text) {
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  /** The learner's mastery of every skill they have any of. */
  Map<SkillKey, SkillMastery> mastery(long learnerId) throws SQLException {
    Map<SkillKey, SkillMastery> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("read-mastery"))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long firstAt = rs.getLong(7);
          Instant first = rs.wasNull() ? null : Instant.ofEpochMilli(firstAt);
          String firstExercise = rs.getString(6);
          Evidence evidence =
              new Evidence(
                  first == null ? null : firstExercise,
                  firstExercise == null ? null : first,
                  rs.getInt(8) != 0,
                  rs.getInt(9) != 0,
                  rs.getInt(10) != 0,
                  null,
                  rs.getInt(11) != 0);
          out.put(
              new SkillKey(rs.getString(1), rs.getString(2)),
              new SkillMastery(rs.getDouble(3), rs.getInt(4), rs.getInt(5), evidence));
        }
      }
    }
    // The latest answers are weighed against guessing where the skill may count as mastered
    // (known, shown on two days); the others cannot be mastered yet, and a session reads them
    // when they can (session.AnswerRecorder).
    for (Map.Entry<SkillKey, SkillMastery> e : out.entrySet()) {
      SkillMastery m = e.getValue();
      if (m.known() && m.evidence().anotherDay())
        e.setValue(m.withEvidence(m.evidence().withRecent(recentAnswers(learnerId, e.getKey()))));
    }
    return out;
  }

  /**
   * A skill's latest answers ({@link tutor.mastery.Chance#RECENT} at most), oldest first, each with
   * its chance of being right by guessing as knowledge tracing takes it for this skill.
   */
  List<tutor.mastery.Chance.Answer> recentAnswers(long learnerId, SkillKey skill)
      throws SQLException {
    List<String> exercises = new ArrayList<>();
    List<Boolean> shows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("recent-answers"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, skill.packId());
      ps.setString(3, skill.packId());
      ps.setString(4, skill.skillId());
      ps.setInt(5, tutor.mastery.Chance.RECENT);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          exercises.add(rs.getString(1));
          shows.add(rs.getInt(2) != 0 && rs.getInt(3) == 0);
        }
      }
    }
    tutor.mastery.BktParameters bkt = null;
    try (PreparedStatement ps = c.prepareStatement(SQL.get("skill"))) {
      ps.setString(1, skill.packId());
      ps.setString(2, skill.skillId());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) bkt = ExerciseCodec.skillFromJson(rs.getString(1)).bkt();
      }
    }
    Map<String, Double> guess = new HashMap<>();
    List<tutor.mastery.Chance.Answer> out = new ArrayList<>();
    for (int i = exercises.size() - 1; i >= 0; i--) {
      String id = exercises.get(i);
      Double g = guess.get(id);
      if (g == null) {
        Optional<Exercise> ex = exercise(new CardKey(skill.packId(), id));
        g = ex.isEmpty() ? 0.0 : tutor.kind.Kind.chance(bkt, ex.get()).guess();
        guess.put(id, g);
      }
      out.add(new tutor.mastery.Chance.Answer(g, shows.get(i)));
    }
    return out;
  }
}
