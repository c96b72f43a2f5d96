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
import tutor.store.CardRow;
import tutor.store.DoctorReport.Finding;
import tutor.store.DoctorReport.Status;
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
            ? store.query(() -> make(c, learnerId, packId, missing, curve))
            : store.transaction(
                () -> keep(learnerId, curve, make(c, learnerId, packId, missing, curve)));
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
  private static Map<SkillKey, SkillFading> make(
      Connection c, long learnerId, String packId, List<String> skills, FadingDay.Curve curve)
      throws SQLException {
    Cards[] bySkill = new Cards[skills.size()];
    for (int i = 0; i < bySkill.length; i++) bySkill[i] = new Cards();
    // Numbers, not texts, per row (the skill's place in the list, the phase's kind): a cold
    // start reads the whole pack here, and a text read across JNI per row doubled its cost.
    try (PreparedStatement ps = c.prepareStatement(SQL.get("cards-of-skills"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, packId);
      ps.setString(3, json(skills));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Cards cards = bySkill[rs.getInt(1)];
          cards.exercises++;
          int phase = rs.getInt(2);
          if (phase == 3) throw CardRow.unknownPhase(unknownPhase(c, learnerId, packId));
          if (phase != 2) continue; // no card, or a new one
          cards.add(curve.day().applyAsLong(Instant.ofEpochMilli(rs.getLong(3))), rs.getDouble(4));
        }
      }
    }
    Map<SkillKey, SkillFading> out = new HashMap<>();
    for (int i = 0; i < bySkill.length; i++) {
      SkillKey k = new SkillKey(packId, skills.get(i));
      Cards cards = bySkill[i];
      out.put(k, new SkillFading(k, cards.exercises, cards.fadingFrom(curve.recall())));
    }
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

  /**
   * Doctor's check: each kept fading day against the one its cards make under the curve it names. A
   * day kept while a trigger was missing, or written by hand, could show a faded skill as mastered
   * in a goal's plan; the repair drops the learner's days (made again at the next start).
   */
  static Finding check(Connection c) throws SQLException {
    Map<List<Object>, Map<String, long[]>> groups = new java.util.LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("all-kept"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long from = rs.getLong(6);
        if (rs.wasNull()) from = FadingDay.NEVER;
        groups
            .computeIfAbsent(
                List.of(rs.getLong(1), rs.getString(2), rs.getString(4)), k -> new HashMap<>())
            .put(rs.getString(3), new long[] {rs.getInt(5), from});
      }
    }
    List<String> details = new ArrayList<>();
    java.util.Set<Long> learners = new java.util.TreeSet<>();
    for (Map.Entry<List<Object>, Map<String, long[]>> g : groups.entrySet()) {
      long learner = (Long) g.getKey().get(0);
      String pack = (String) g.getKey().get(1);
      String basis = (String) g.getKey().get(2);
      java.util.Optional<FadingDay.Curve> curve = FadingDay.Curve.parse(basis);
      if (curve.isEmpty()) {
        details.add("learner " + learner + ", pack " + pack + ": days made as '" + basis + "'");
        learners.add(learner);
        continue;
      }
      List<String> skills = new ArrayList<>(g.getValue().keySet());
      Map<SkillKey, SkillFading> made = make(c, learner, pack, skills, curve.get());
      for (String s : skills) {
        long[] kept = g.getValue().get(s);
        SkillFading m = made.get(new SkillKey(pack, s));
        if (kept[0] == m.exercises() && kept[1] == m.fadingFrom()) continue;
        details.add(
            "learner "
                + learner
                + ", skill "
                + pack
                + "/"
                + s
                + ": kept fading from day "
                + day(kept[1])
                + " over "
                + kept[0]
                + " exercises; its cards make day "
                + day(m.fadingFrom())
                + " over "
                + m.exercises());
        learners.add(learner);
      }
    }
    if (details.isEmpty())
      return new Finding(
          "fading days", Status.OK, "every kept fading day is the one the cards make");
    List<String> repairs = new ArrayList<>();
    for (long l : learners) repairs.add(SQL.get("drop-learner").replace(":learner", "" + l));
    int count = details.size();
    List<String> shown = Doctor.firstOf(details);
    return new Finding(
        "fading days",
        Status.PROBLEM,
        count
            + (count == 1 ? " kept fading day is" : " kept fading days are")
            + " not what the cards make",
        shown,
        "They were changed outside tutor, and a goal's plan could show a skill as mastered that is"
            + " fading. tutor doctor --fix drops them; tutor works them out again from the cards at"
            + " the next start (nothing of your answers is touched).",
        repairs);
  }

  /** A phase tutor never writes, of one of the learner's cards of the pack. */
  private static String unknownPhase(Connection c, long learnerId, String packId)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("unknown-phase"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, packId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  private static String day(long day) {
    return day == FadingDay.NEVER ? "never" : java.time.LocalDate.ofEpochDay(day).toString();
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
