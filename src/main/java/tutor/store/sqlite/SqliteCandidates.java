package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.pack.Exercise;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.store.StudyCandidates;

/**
 * {@link StudyCandidates} in SQL: steps and reviews on the cards' due-time index (migration 013), a
 * skill's exercises on the exercise-skill index, each with its card by primary key.
 */
public final class SqliteCandidates implements StudyCandidates {
  /** An exercise's outline columns, then its card's (all null when it has none). */
  private static final String COLUMNS =
      "e.pack_id, e.id, e.position, e.difficulty, e.type, e.options, e.correct_options,"
          + " e.skill_ids, k.phase, k.step, k.stability, k.difficulty, k.due, k.last_review,"
          + " k.reps, k.lapses";

  /** The scope's filters on {@code e}: ?1 pack id or null, ?2 skill id or null. */
  private static final String IN_SCOPE =
      " AND e.retired = 0 AND (?1 IS NULL OR e.pack_id = ?1) AND (?2 IS NULL OR EXISTS"
          + " (SELECT 1 FROM exercise_skills f WHERE f.pack_id = e.pack_id"
          + " AND f.exercise_id = e.id AND f.skill_id = ?2))";

  /**
   * The scope's filters on a card {@code k} without its exercise row: ?1 pack id or null, ?2 skill
   * id or null; retired exercises left out (a card always has its exercise: foreign key).
   */
  private static final String CARD_IN_SCOPE =
      " AND (?1 IS NULL OR k.pack_id = ?1) AND (?2 IS NULL OR EXISTS (SELECT 1 FROM"
          + " exercise_skills f WHERE f.pack_id = k.pack_id AND f.exercise_id = k.exercise_id"
          + " AND f.skill_id = ?2)) AND (k.pack_id, k.exercise_id) NOT IN (SELECT pack_id, id"
          + " FROM exercises WHERE retired = 1)";

  private final Connection c;
  private final Map<String, Exercise.Body> bodies = new HashMap<>();
  private final Map<String, List<String>> skillLists = new HashMap<>();

  public SqliteCandidates(SqliteStore store) {
    this.c = store.connection();
  }

  @Override
  public List<Candidate> inSteps(Scope scope, Instant after, int atLeast) {
    // The last due time of the page from the cards' index alone (migration 022; named, as SQLite
    // 3.5x would walk every card by due time when there are few in steps), then the page's rows
    // with their exercises, in the order the picker takes them.
    return read(
        "SELECT "
            + COLUMNS
            + " FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id"
            + " WHERE k.learner_id = ?3 AND k.phase IN ('learning', 'relearning') AND k.due > ?4"
            + IN_SCOPE
            + " AND k.due <= coalesce((SELECT k.due FROM cards k INDEXED BY cards_review_risk"
            + " WHERE k.learner_id = ?3 AND k.phase IN ('learning', 'relearning') AND k.due > ?4"
            + CARD_IN_SCOPE
            + " ORDER BY k.due LIMIT 1 OFFSET ?5), 9223372036854775807)"
            + " ORDER BY k.due, e.pack_id, e.position, e.id",
        scope,
        ps -> {
          ps.setLong(4, after == null ? Long.MIN_VALUE : after.toEpochMilli());
          ps.setInt(5, atLeast - 1);
        });
  }

  @Override
  public List<AtRisk> reviewsAtRisk(
      Scope scope, Instant at, Instant before, AtRisk after, int limit) {
    // ?4 the instant in ms, ?5 due before (ms), ?6-?8 the row to go on after (null: the first),
    // ?9 the page's size. The bound is worked out and sorted in SQL, on the cards' index alone
    // (migration 022); only the page's rows meet their cards' other columns and their exercises:
    // a backlog of 50,000 reviews is never read into the program, nor are its exercises' rows.
    String bound =
        "CASE WHEN k.stability > 0 THEN max(0.0, (?4 - k.last_review) / 86400000.0 + "
            + STUDY_DAYS_MARGIN
            + ") / k.stability ELSE 1e300 END";
    String page =
        "SELECT * FROM (SELECT k.pack_id, k.exercise_id, "
            + bound
            + " AS risk FROM cards k INDEXED BY cards_review_risk"
            + " WHERE k.learner_id = ?3 AND k.phase = 'review' AND k.due < ?5"
            + CARD_IN_SCOPE
            + ")"
            + " WHERE ?6 IS NULL OR risk < ?6 OR (risk = ?6 AND (pack_id > ?7"
            + " OR (pack_id = ?7 AND exercise_id > ?8)))"
            + " ORDER BY risk DESC, pack_id, exercise_id LIMIT ?9";
    String sql =
        "SELECT "
            + COLUMNS
            + ", p.risk FROM ("
            + page
            + ") p JOIN cards k ON k.learner_id = ?3 AND k.pack_id = p.pack_id"
            + " AND k.exercise_id = p.exercise_id"
            + " JOIN exercises e ON e.pack_id = p.pack_id AND e.id = p.exercise_id"
            + " ORDER BY p.risk DESC, p.pack_id, p.exercise_id";
    List<AtRisk> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, scope.packId());
      ps.setObject(2, scope.skillId());
      ps.setLong(3, scope.learnerId());
      ps.setLong(4, at.toEpochMilli());
      ps.setLong(5, ceilingMillis(before));
      if (after == null) {
        ps.setNull(6, java.sql.Types.DOUBLE);
        ps.setNull(7, java.sql.Types.VARCHAR);
        ps.setNull(8, java.sql.Types.VARCHAR);
      } else {
        ps.setDouble(6, after.bound());
        ps.setString(7, after.candidate().exercise().packId());
        ps.setString(8, after.candidate().exercise().exercise().id());
      }
      ps.setInt(9, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new AtRisk(candidate(rs), rs.getDouble(17)));
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
    return out;
  }

  @Override
  public List<Candidate> withSkill(Scope scope, SkillKey skill) {
    return read(
        "SELECT "
            + COLUMNS
            + " FROM exercise_skills s JOIN exercises e ON e.pack_id = s.pack_id"
            + " AND e.id = s.exercise_id LEFT JOIN cards k ON k.learner_id = ?3"
            + " AND k.pack_id = e.pack_id AND k.exercise_id = e.id"
            + " WHERE s.pack_id = ?4 AND s.skill_id = ?5"
            + IN_SCOPE
            + " ORDER BY e.position, e.id",
        scope,
        ps -> {
          ps.setString(4, skill.packId());
          ps.setString(5, skill.skillId());
        });
  }

  @Override
  public Set<SkillKey> primarySkills(Scope scope) {
    Set<SkillKey> out = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT e.pack_id, substr(e.skill_ids, 1, instr(e.skill_ids || ' ', ' ') - 1)"
                + " FROM exercises e WHERE ?3 IS NOT NULL"
                + IN_SCOPE)) {
      ps.setObject(1, scope.packId());
      ps.setObject(2, scope.skillId());
      ps.setLong(3, scope.learnerId());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new SkillKey(rs.getString(1), rs.getString(2)));
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
    return out;
  }

  @Override
  public java.util.Optional<CardState> card(long learnerId, tutor.pack.CardKey key) {
    List<Candidate> found =
        read(
            "SELECT "
                + COLUMNS
                + " FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id"
                + " WHERE k.learner_id = ?3 AND k.pack_id = ?4 AND k.exercise_id = ?5"
                + " AND ?1 IS NULL AND ?2 IS NULL",
            new Scope(learnerId, null, null),
            ps -> {
              ps.setString(4, key.packId());
              ps.setString(5, key.exerciseId());
            });
    return found.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(found.get(0).card());
  }

  @Override
  public int reviewsDueBetween(long learnerId, Instant from, Instant to) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM cards WHERE learner_id = ? AND phase = 'review'"
                + " AND due >= ? AND due < ?")) {
      ps.setLong(1, learnerId);
      ps.setLong(2, from.toEpochMilli());
      ps.setLong(3, to.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
  }

  @Override
  public int countNew(
      Scope scope,
      List<SkillKey> skills,
      java.util.function.BiPredicate<String, List<String>> counted,
      int atMost) {
    if (atMost <= 0) return 0;
    // The learner's card is looked up from the skill's index entry (NOT EXISTS on f, before the
    // exercise's row is read): a seen exercise costs one look, not its row.
    Set<String> countedKeys = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT e.pack_id, e.id, e.skill_ids FROM exercise_skills f CROSS JOIN exercises e"
                + " ON e.pack_id = f.pack_id AND e.id = f.exercise_id"
                + " WHERE f.pack_id = ?4 AND f.skill_id = ?5 AND NOT EXISTS (SELECT 1 FROM cards k"
                + " WHERE k.learner_id = ?3 AND k.pack_id = f.pack_id"
                + " AND k.exercise_id = f.exercise_id AND k.phase <> 'new')"
                + IN_SCOPE)) {
      ps.setObject(1, scope.packId());
      ps.setObject(2, scope.skillId());
      ps.setLong(3, scope.learnerId());
      for (SkillKey skill : skills) {
        ps.setString(4, skill.packId());
        ps.setString(5, skill.skillId());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String pack = rs.getString(1);
            List<String> skillIds =
                skillLists.computeIfAbsent(rs.getString(3), ids -> List.of(ids.split(" ")));
            // an exercise of several skills is met once per skill: counted once
            if (counted.test(pack, skillIds)
                && countedKeys.add(pack + "\n" + rs.getString(2))
                && countedKeys.size() == atMost) return atMost;
          }
        }
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
    return countedKeys.size();
  }

  @Override
  public Instant lastReview(Scope scope) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT k.last_review FROM cards k JOIN exercises e ON e.pack_id = k.pack_id"
                + " AND e.id = k.exercise_id WHERE k.learner_id = ?3 AND k.phase = 'review'"
                + " AND k.last_review IS NOT NULL"
                + IN_SCOPE
                + " ORDER BY k.last_review DESC LIMIT 1")) {
      ps.setObject(1, scope.packId());
      ps.setObject(2, scope.skillId());
      ps.setLong(3, scope.learnerId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return null;
        long ms = rs.getLong(1);
        return rs.wasNull() ? null : Instant.ofEpochMilli(ms);
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
  }

  @Override
  public int countDue(
      Scope scope,
      java.util.Collection<tutor.pack.CardKey> excluded,
      Set<CardPhase> phases,
      Instant from,
      Instant before) {
    if (phases.isEmpty()) return 0;
    // A skill's exercises are found through exercise_skills: counted as each card is joined.
    if (scope.skillId() != null)
      return (int) joined("count(*)", scope, excluded, phases, from, before);
    // Counted on the cards' due indexes alone (the closing summary of 100,000 cards read each
    // card's
    // exercise: half a second), less the cards of retired exercises (found from the exercises'
    // outline index) and the excluded ones in the count. Every card has its exercise (a foreign
    // key,
    // deleted with it), so only retirement takes a card out of the scope.
    String inPhases = inPhases(phases);
    String inPack = scope.packId() == null ? "" : " AND k.pack_id = ?1";
    List<tutor.pack.CardKey> out = new ArrayList<>(new java.util.LinkedHashSet<>(excluded));
    StringBuilder sql =
        new StringBuilder("SELECT (SELECT count(*) FROM cards k WHERE k.learner_id = ?3")
            .append(inPhases)
            .append(" AND k.due >= ?4 AND k.due < ?5")
            .append(inPack)
            .append(
                ") - (SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.learner_id = ?3"
                    + " AND k.pack_id = e.pack_id AND k.exercise_id = e.id WHERE e.retired = 1")
            .append(scope.packId() == null ? "" : " AND e.pack_id = ?1")
            .append(inPhases)
            .append(" AND k.due >= ?4 AND k.due < ?5)");
    if (!out.isEmpty()) {
      // the excluded cards that are in the count: distinct keys, each looked up by its key
      sql.append(" - (SELECT count(*) FROM (VALUES ");
      for (int i = 0; i < out.size(); i++) sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
      sql.append(
              ") x CROSS JOIN cards k ON k.learner_id = ?3 AND k.pack_id = x.column1"
                  + " AND k.exercise_id = x.column2 CROSS JOIN exercises e ON e.pack_id = k.pack_id"
                  + " AND e.id = k.exercise_id WHERE e.retired = 0")
          .append(inPhases)
          .append(" AND k.due >= ?4 AND k.due < ?5")
          .append(inPack)
          .append(")");
    }
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      bindRange(ps, scope, from, before);
      int n = 6;
      for (tutor.pack.CardKey k : out) {
        ps.setString(n++, k.packId());
        ps.setString(n++, k.exerciseId());
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
  }

  @Override
  public Instant firstDue(
      Scope scope,
      java.util.Collection<tutor.pack.CardKey> excluded,
      Set<CardPhase> phases,
      Instant from) {
    if (phases.isEmpty()) return null;
    if (scope.skillId() != null) {
      long ms = joined("min(k.due)", scope, excluded, phases, from, null);
      return ms == Long.MIN_VALUE ? null : Instant.ofEpochMilli(ms);
    }
    // Each phase's cards in due order on its index, up to the first in scope: a card of a retired
    // exercise or an excluded one is passed over (there are few of those, not 100,000 to read).
    // The index is named: SQLite 3.5x otherwise walks the (learner, due) index, every card due
    // after now (a second at 100,000 cards).
    Set<tutor.pack.CardKey> out = new HashSet<>(excluded);
    Long first = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT k.due, k.pack_id, k.exercise_id FROM cards k INDEXED BY "
                + (scope.packId() == null ? "cards_phase_due" : "cards_pack_phase_due")
                + " WHERE k.learner_id = ?3 AND k.phase = ?6 AND k.due >= ?4 AND k.due < ?5"
                + (scope.packId() == null ? "" : " AND k.pack_id = ?1")
                + " AND NOT EXISTS (SELECT 1 FROM exercises e WHERE e.pack_id = k.pack_id"
                + " AND e.id = k.exercise_id AND e.retired = 1) ORDER BY k.due")) {
      bindRange(ps, scope, from, null);
      for (CardPhase p : phases) {
        ps.setString(6, p.name().toLowerCase(java.util.Locale.ROOT));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (out.contains(new tutor.pack.CardKey(rs.getString(2), rs.getString(3)))) continue;
            long due = rs.getLong(1);
            if (first == null || due < first) first = due;
            break;
          }
        }
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
    return first == null ? null : Instant.ofEpochMilli(first);
  }

  /** " AND k.phase IN (...)", the phases' names written out: a few constants of this code. */
  private static String inPhases(Set<CardPhase> phases) {
    StringBuilder sql = new StringBuilder(" AND k.phase IN (");
    String sep = "";
    for (CardPhase p : phases) {
      sql.append(sep).append('\'').append(p.name().toLowerCase(java.util.Locale.ROOT)).append('\'');
      sep = ", ";
    }
    return sql.append(")").toString();
  }

  /** ?1 pack, ?2 skill, ?3 learner, ?4 and ?5 the due range [from, before), each null for none. */
  private static void bindRange(PreparedStatement ps, Scope scope, Instant from, Instant before)
      throws SQLException {
    ps.setObject(1, scope.packId());
    ps.setObject(2, scope.skillId());
    ps.setLong(3, scope.learnerId());
    ps.setLong(4, from == null ? Long.MIN_VALUE : ceilingMillis(from));
    ps.setLong(5, before == null ? Long.MAX_VALUE : ceilingMillis(before));
  }

  /**
   * One aggregate over the scope's cards in {@code phases} due in [from, before), each bound null
   * for none, each card joined to its exercise; Long.MIN_VALUE when it is null (min of nothing).
   */
  private long joined(
      String aggregate,
      Scope scope,
      java.util.Collection<tutor.pack.CardKey> excluded,
      Set<CardPhase> phases,
      Instant from,
      Instant before) {
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(aggregate)
            .append(
                " FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id"
                    + " WHERE k.learner_id = ?3 AND k.due >= ?4 AND k.due < ?5")
            .append(inPhases(phases))
            .append(IN_SCOPE);
    List<tutor.pack.CardKey> out = new ArrayList<>(excluded);
    if (!out.isEmpty()) {
      // a row-value list: standard SQL, in SQLite since 3.15
      sql.append(" AND (k.pack_id, k.exercise_id) NOT IN (VALUES ");
      for (int i = 0; i < out.size(); i++) sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
      sql.append(")");
    }
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      bindRange(ps, scope, from, before);
      int n = 6;
      for (tutor.pack.CardKey k : out) {
        ps.setString(n++, k.packId());
        ps.setString(n++, k.exerciseId());
      }
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Long.MIN_VALUE;
        long v = rs.getLong(1);
        return rs.wasNull() ? Long.MIN_VALUE : v;
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
  }

  /**
   * The first whole millisecond at or after {@code at}: due times are stored in milliseconds, so
   * due >= at and due < at hold of them exactly as of the stored millisecond against this one.
   */
  private static long ceilingMillis(Instant at) {
    long ms = at.toEpochMilli();
    return Instant.ofEpochMilli(ms).equals(at) ? ms : ms + 1;
  }

  private interface Parameters {
    void set(PreparedStatement ps) throws SQLException;
  }

  private List<Candidate> read(String sql, Scope scope, Parameters more) {
    List<Candidate> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, scope.packId());
      ps.setObject(2, scope.skillId());
      ps.setLong(3, scope.learnerId());
      if (more != null) more.set(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(candidate(rs));
      }
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
    return out;
  }

  private Candidate candidate(ResultSet rs) throws SQLException {
    String type = rs.getString(5);
    int options = rs.getInt(6);
    int correct = rs.getInt(7);
    Exercise.Body body =
        bodies.computeIfAbsent(
            type + "\t" + options + "\t" + correct,
            x -> ExerciseCodec.outlineBody(type, options, correct));
    List<String> skills =
        skillLists.computeIfAbsent(rs.getString(8), ids -> List.of(ids.split(" ")));
    StoredExercise e =
        new StoredExercise(
            rs.getString(1),
            ExerciseCodec.outline(rs.getString(2), skills, rs.getInt(4), body),
            rs.getInt(3));
    String phase = rs.getString(9);
    if (phase == null) return new Candidate(e, null);
    long last = rs.getLong(14);
    boolean noLast = rs.wasNull();
    return new Candidate(
        e,
        new CardState(
            CardPhase.fromName(phase),
            rs.getInt(10),
            rs.getDouble(11),
            rs.getDouble(12),
            Instant.ofEpochMilli(rs.getLong(13)),
            noLast ? null : Instant.ofEpochMilli(last),
            rs.getInt(15),
            rs.getInt(16)));
  }
}
