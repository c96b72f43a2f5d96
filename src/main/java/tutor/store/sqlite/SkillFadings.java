package tutor.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tutor.json.Json;
import tutor.mastery.FadingDay;
import tutor.pack.SkillKey;
import tutor.schedule.CardPhase;
import tutor.store.CardRow;
import tutor.store.SkillFading;
import tutor.store.StoreException;

/**
 * Each skill's fading day, kept in {@code skill_fading} between starts (migration 029, whose
 * triggers drop a row as soon as a card, exercise or exercise's skill it was made from changes) and
 * made again, from the skill's cards, only where none is kept for the learner's curve.
 */
final class SkillFadings {
  private static final Sql SQL = Sql.of(SkillFadings.class);

  private final SqliteStore store;
  private final Connection c;

  SkillFadings(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  Map<SkillKey, SkillFading> fading(long learnerId, String packId, FadingDay.Curve curve) {
    Map<SkillKey, SkillFading> out = new HashMap<>();
    List<String> missing = store.query(() -> kept(learnerId, packId, curve.basis(), out));
    if (missing.isEmpty()) return out;
    // Made and kept in one write transaction: no answer can change a card between its reading
    // and the row made from it (which the row's triggers would then fail to drop).
    Map<SkillKey, SkillFading> made =
        store.readOnly()
            ? store.query(() -> make(learnerId, packId, missing, curve))
            : store.transaction(
                () -> keep(learnerId, curve, make(learnerId, packId, missing, curve)));
    out.putAll(made);
    return out;
  }

  /** Fills {@code out} with the rows kept for {@code basis}; the skills with none. */
  private List<String> kept(
      long learnerId, String packId, String basis, Map<SkillKey, SkillFading> out)
      throws SQLException {
    List<String> missing = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("kept"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, packId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String skill = rs.getString(1);
          if (!basis.equals(rs.getString(2))) {
            missing.add(skill);
            continue;
          }
          long from = rs.getLong(4);
          if (rs.wasNull()) from = FadingDay.NEVER;
          SkillKey k = new SkillKey(packId, skill);
          out.put(k, new SkillFading(k, rs.getInt(3), from));
        }
      }
    }
    return missing;
  }

  /** The fading day of each of {@code skills}, from the learner's cards of their live exercises. */
  private Map<SkillKey, SkillFading> make(
      long learnerId, String packId, List<String> skills, FadingDay.Curve curve)
      throws SQLException {
    Map<String, Cards> bySkill = new HashMap<>();
    for (String s : skills) bySkill.put(s, new Cards());
    try (PreparedStatement ps = c.prepareStatement(SQL.get("cards-of-skills"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, packId);
      ps.setString(3, json(skills));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Cards cards = bySkill.get(rs.getString(1));
          cards.exercises++;
          String phase = rs.getString(2);
          if (phase == null || CardRow.phase(phase) == CardPhase.NEW) continue;
          cards.add(curve.day().applyAsLong(Instant.ofEpochMilli(rs.getLong(3))), rs.getDouble(4));
        }
      }
    }
    Map<SkillKey, SkillFading> out = new HashMap<>();
    bySkill.forEach(
        (s, cards) -> {
          SkillKey k = new SkillKey(packId, s);
          out.put(k, new SkillFading(k, cards.exercises, cards.fadingFrom(curve.recall())));
        });
    return out;
  }

  private Map<SkillKey, SkillFading> keep(
      long learnerId, FadingDay.Curve curve, Map<SkillKey, SkillFading> made) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("keep"))) {
      for (SkillFading f : made.values()) {
        ps.setString(1, f.skill().packId());
        ps.setString(2, f.skill().skillId());
        ps.setLong(3, learnerId);
        ps.setString(4, curve.basis());
        ps.setInt(5, f.exercises());
        if (f.fadingFrom() == FadingDay.NEVER) ps.setNull(6, java.sql.Types.INTEGER);
        else ps.setLong(6, f.fadingFrom());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return made;
  }

  private static String json(List<String> skills) {
    try {
      return Json.MAPPER.writeValueAsString(skills);
    } catch (JsonProcessingException e) {
      throw new StoreException("skills as JSON: " + e.getMessage(), e);
    }
  }

  /** One skill's live exercises and its reviewed cards' last review days and stabilities. */
  private static final class Cards {
    int exercises;
    long[] days = new long[8];
    double[] stabilities = new double[8];
    int reviewed;

    void add(long day, double stability) {
      if (reviewed == days.length) {
        days = java.util.Arrays.copyOf(days, reviewed * 2);
        stabilities = java.util.Arrays.copyOf(stabilities, reviewed * 2);
      }
      days[reviewed] = day;
      stabilities[reviewed++] = stability;
    }

    long fadingFrom(FadingDay.Recall recall) {
      return FadingDay.first(
          java.util.Arrays.copyOf(days, reviewed),
          java.util.Arrays.copyOf(stabilities, reviewed),
          recall);
    }
  }
}
