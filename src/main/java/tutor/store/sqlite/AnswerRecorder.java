package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tutor.mastery.Evidence;
import tutor.mastery.SkillMastery;
import tutor.pack.SkillKey;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.store.AnswerRecord;
import tutor.store.Store.LeechBefore;

/**
 * Writes a learner's answers, each in one transaction (the review row, the card, the mastery), a
 * dispute of the last one, and mastery set by placement. A review row keeps the card and mastery
 * before the answer, for {@link Undo}.
 */
final class AnswerRecorder {
  private static final Sql SQL = Sql.of(AnswerRecorder.class);

  private final SqliteStore store;
  private final Connection c;

  AnswerRecorder(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  void recordAnswer(AnswerRecord a) {
    store.transaction(
        () -> {
          writeAnswer(a);
          return null;
        });
  }

  boolean disputeLast(AnswerRecord disputed, LeechBefore unflag) {
    return store.transaction(
        () -> {
          // Only the learner's last answer, and only a rejected one, may be disputed.
          try (PreparedStatement ps = c.prepareStatement(SQL.get("last-answer"))) {
            ps.setLong(1, disputed.learnerId());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()
                  || !rs.getString(1).equals(disputed.card().packId())
                  || !rs.getString(2).equals(disputed.card().exerciseId())
                  || rs.getInt(3) != 0
                  || rs.getInt(4) != 0) {
                return false;
              }
            }
          }
          // Taken back and written again as the learner's call: its "before" values are the
          // rejected
          // answer's, so an undo afterwards still restores everything as it was before the answer.
          new Undo(store).lastInTransaction(disputed.learnerId());
          writeAnswer(disputed);
          if (unflag != null) {
            // The answer that made it a leech was right after all: the flag is as it was before.
            if (unflag.was() != null) Leeches.write(c, disputed.learnerId(), unflag.was());
            else {
              try (PreparedStatement ps = c.prepareStatement(SQL.get("unflag-leech"))) {
                ps.setLong(1, disputed.learnerId());
                ps.setString(2, unflag.card().packId());
                ps.setString(3, unflag.card().exerciseId());
                ps.executeUpdate();
              }
            }
          }
          return true;
        });
  }

  /** The review row, the card and the mastery of one answer; the caller holds the transaction. */
  private void writeAnswer(AnswerRecord a) throws SQLException {
    {
      CardState after = a.outcome().card();
      try (PreparedStatement ps = c.prepareStatement(SQL.get("insert-review"))) {
        ps.setLong(1, a.learnerId());
        ps.setString(2, a.card().packId());
        ps.setString(3, a.card().exerciseId());
        ps.setLong(4, a.at().toEpochMilli());
        ps.setString(5, a.kind());
        ps.setInt(6, a.outcome().rating().value());
        ps.setInt(7, a.correct() ? 1 : 0);
        if (a.responseMillis() == null) ps.setNull(8, Types.INTEGER);
        else ps.setLong(8, a.responseMillis());
        ps.setInt(9, a.hintsUsed());
        ps.setString(10, a.answer());
        ps.setString(11, phaseName(a.before() == null ? CardPhase.NEW : a.before().phase()));
        ps.setLong(12, a.outcome().elapsedDays());
        ps.setInt(13, a.outcome().scheduledDays());
        ps.setDouble(14, after.stability());
        ps.setDouble(15, after.difficulty());
        ps.setString(16, a.before() == null ? null : plainJson(cardMap(a.before())));
        ps.setString(17, plainJson(masteryMap(a.masteryBefore())));
        if (a.confidence() == null) ps.setNull(18, Types.INTEGER);
        else ps.setInt(18, a.confidence());
        ps.setString(19, a.nearMiss());
        ps.setInt(20, a.shown() ? 1 : 0);
        ps.setInt(21, a.disputed() ? 1 : 0);
        ps.executeUpdate();
      }
      if (a.kind().equals("cram")) return; // practice only: no card or mastery moves
      try (PreparedStatement ps = c.prepareStatement(SQL.get("upsert-card"))) {
        ps.setLong(1, a.learnerId());
        ps.setString(2, a.card().packId());
        ps.setString(3, a.card().exerciseId());
        ps.setString(4, phaseName(after.phase()));
        ps.setInt(5, after.step());
        ps.setDouble(6, after.stability());
        ps.setDouble(7, after.difficulty());
        ps.setLong(8, after.due().toEpochMilli());
        if (after.lastReview() == null) ps.setNull(9, Types.INTEGER);
        else ps.setLong(9, after.lastReview().toEpochMilli());
        ps.setInt(10, after.reps());
        ps.setInt(11, after.lapses());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(MASTERY_UPSERT)) {
        for (Map.Entry<SkillKey, SkillMastery> e : a.masteryAfter().entrySet()) {
          ps.setLong(1, a.learnerId());
          ps.setString(2, e.getKey().packId());
          ps.setString(3, e.getKey().skillId());
          ps.setDouble(4, e.getValue().pKnown());
          ps.setInt(5, e.getValue().attempts());
          ps.setInt(6, e.getValue().correct());
          ps.setLong(7, a.at().toEpochMilli());
          bindEvidence(ps, 8, e.getValue().evidence());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  void setMastery(long learnerId, Map<SkillKey, SkillMastery> mastery, Instant at) {
    store.transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(MASTERY_UPSERT)) {
            for (Map.Entry<SkillKey, SkillMastery> e : mastery.entrySet()) {
              ps.setLong(1, learnerId);
              ps.setString(2, e.getKey().packId());
              ps.setString(3, e.getKey().skillId());
              ps.setDouble(4, e.getValue().pKnown());
              ps.setInt(5, e.getValue().attempts());
              ps.setInt(6, e.getValue().correct());
              ps.setLong(7, at.toEpochMilli());
              bindEvidence(ps, 8, e.getValue().evidence());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  private static final String MASTERY_UPSERT = SQL.get("upsert-mastery");

  /** Binds the six evidence columns from {@code first} (whether the skill was opened last). */
  static void bindEvidence(PreparedStatement ps, int first, Evidence e) throws SQLException {
    ps.setString(first, e.firstExercise());
    if (e.firstRightAt() == null) ps.setNull(first + 1, Types.INTEGER);
    else ps.setLong(first + 1, e.firstRightAt().toEpochMilli());
    ps.setInt(first + 2, e.anotherExercise() ? 1 : 0);
    ps.setInt(first + 3, e.anotherDay() ? 1 : 0);
    ps.setInt(first + 4, e.placed() ? 1 : 0);
    ps.setInt(first + 5, e.opened() ? 1 : 0);
  }

  private static String phaseName(CardPhase p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Object> cardMap(CardState s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", phaseName(s.phase()));
    m.put("step", s.step());
    m.put("stability", s.stability());
    m.put("difficulty", s.difficulty());
    m.put("due", s.due().toEpochMilli());
    m.put("last_review", s.lastReview() == null ? null : s.lastReview().toEpochMilli());
    m.put("reps", s.reps());
    m.put("lapses", s.lapses());
    return m;
  }

  private static Map<String, Object> masteryMap(Map<SkillKey, SkillMastery> mastery) {
    Map<String, Object> m = new LinkedHashMap<>();
    mastery.forEach((k, v) -> m.put(k.toString(), v == null ? null : masteryJson(v)));
    return m;
  }

  /** A skill's mastery as undo keeps it: P(known), counts, and the evidence. */
  private static Map<String, Object> masteryJson(SkillMastery v) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("p_known", v.pKnown());
    o.put("attempts", v.attempts());
    o.put("correct", v.correct());
    Evidence e = v.evidence();
    o.put("first_right_exercise", e.firstExercise());
    o.put("first_right_at", e.firstRightAt() == null ? null : e.firstRightAt().toEpochMilli());
    o.put("another_exercise", e.anotherExercise() ? 1 : 0);
    o.put("another_day", e.anotherDay() ? 1 : 0);
    o.put("placed", e.placed() ? 1 : 0);
    o.put("opened", e.opened() ? 1 : 0);
    return o;
  }

  /**
   * Maps of strings, numbers, nulls and such maps as JSON, with Jackson's streaming writer: what
   * {@link #json} writes, without the object mapper, which takes a tenth of a second to get going
   * (a session's first answer would wait for it).
   */
  static String plainJson(Map<String, Object> map) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator g = PlainJson.FACTORY.createGenerator(out)) {
      write(g, map);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(com.fasterxml.jackson.core.JsonGenerator g, Object v)
      throws java.io.IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else {
      g.writeString(v.toString());
    }
  }

  /** Jackson's streaming writer, which gets going quickly: for what every answer writes. */
  private static final class PlainJson {
    static final com.fasterxml.jackson.core.JsonFactory FACTORY =
        new com.fasterxml.jackson.core.JsonFactory();
  }
}
