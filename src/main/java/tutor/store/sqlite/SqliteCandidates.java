package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import tutor.pack.Exercise;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.store.CardRow;
import tutor.store.StudyCandidates;

/**
 * {@link StudyCandidates} in SQL: steps and reviews on the cards' due-time index (migration 013), a
 * skill's exercises on the exercise-skill index, each with its card by primary key. The statements
 * are in {@code SqliteCandidates.sql}; the scope's filters are written there once.
 */
public final class SqliteCandidates implements StudyCandidates {
  private static final Sql SQL = Sql.of(SqliteCandidates.class);

  /** Bound on a review's study days per day of stability, with the port's margin put in. */
  private static final String REVIEWS_AT_RISK =
      Sql.fill(SQL.get("reviews-at-risk"), "study-days-margin", String.valueOf(STUDY_DAYS_MARGIN));

  private final Connection c;
  private final Map<String, Exercise.Body> bodies = new HashMap<>();
  private final Map<String, List<String>> skillLists = new HashMap<>();

  /**
   * One string per pack id for every row read (JDBC makes a new one each time): a session over a
   * large backlog keeps tens of thousands of rows.
   */
  private final Map<String, String> packIds = new HashMap<>();

  public SqliteCandidates(SqliteStore store) {
    this.c = store.connection();
  }

  @Override
  public List<Candidate> inSteps(Scope scope, Instant after, int atLeast) {
    return read(
        SQL.get("in-steps"),
        scope,
        ps -> {
          ps.setLong(4, after == null ? Long.MIN_VALUE : after.toEpochMilli());
          ps.setInt(5, atLeast - 1);
        });
  }

  @Override
  public List<AtRisk> reviewsAtRisk(
      Scope scope, Instant at, Instant before, AtRisk after, int limit) {
    List<AtRisk> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(REVIEWS_AT_RISK)) {
      bindScope(ps, scope);
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
        SQL.get("with-skill"),
        scope,
        ps -> {
          ps.setString(4, skill.packId());
          ps.setString(5, skill.skillId());
        });
  }

  @Override
  public Set<SkillKey> primarySkills(Scope scope) {
    Set<SkillKey> out = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("primary-skills"))) {
      bindScope(ps, scope);
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
            SQL.get("card"),
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
    try (PreparedStatement ps = c.prepareStatement(SQL.get("reviews-due-between"))) {
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
    Set<String> countedKeys = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("count-new"))) {
      bindScope(ps, scope);
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
    try (PreparedStatement ps = c.prepareStatement(SQL.get("last-review"))) {
      bindScope(ps, scope);
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
    if (scope.skillId() != null) {
      String sql = excluded.isEmpty() ? SQL.get("count-joined") : SQL.get("count-joined-excluding");
      return (int) joined(sql, scope, excluded, phases, from, before);
    }
    // Counted on the cards' due indexes alone, less retired and excluded cards (see the .sql).
    List<tutor.pack.CardKey> out = new ArrayList<>(new java.util.LinkedHashSet<>(excluded));
    String sql;
    if (scope.packId() == null) {
      sql = out.isEmpty() ? SQL.get("count-due") : SQL.get("count-due-excluding");
    } else {
      sql = out.isEmpty() ? SQL.get("count-due-of-pack") : SQL.get("count-due-of-pack-excluding");
    }
    try (PreparedStatement ps = c.prepareStatement(filled(sql, phases, out.size()))) {
      bindRange(ps, scope, from, before);
      bindKeys(ps, out);
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
      String sql =
          excluded.isEmpty() ? SQL.get("first-due-joined") : SQL.get("first-due-joined-excluding");
      long ms = joined(sql, scope, excluded, phases, from, null);
      return ms == Long.MIN_VALUE ? null : Instant.ofEpochMilli(ms);
    }
    // Each phase's cards in due order on its index, up to the first in scope (see the .sql).
    Set<tutor.pack.CardKey> out = new HashSet<>(excluded);
    Long first = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            scope.packId() == null ? SQL.get("first-due") : SQL.get("first-due-of-pack"))) {
      bindRange(ps, scope, from, null);
      for (CardPhase p : phases) {
        ps.setString(6, phaseName(p));
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

  /** A phase as the cards' {@code phase} column holds it. */
  private static String phaseName(CardPhase phase) {
    return phase.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * {@code sql}'s holes filled: {phases}, the phases' names quoted (constants of this code, written
   * into the statement so that SQLite plans each phase's range of the due indexes), and {keys}, a
   * parameter pair per excluded card, when it has them.
   */
  private static String filled(String sql, Set<CardPhase> phases, int keys) {
    StringJoiner names = new StringJoiner(", ");
    for (CardPhase p : phases) names.add("'" + phaseName(p) + "'");
    String out = Sql.fill(sql, "phases", names.toString());
    return keys == 0
        ? out
        : Sql.fill(out, "keys", String.join(", ", Collections.nCopies(keys, "(?, ?)")));
  }

  /** The scope: ?1 its pack id or null, ?2 its skill id or null, ?3 the learner. */
  private static void bindScope(PreparedStatement ps, Scope scope) throws SQLException {
    ps.setObject(1, scope.packId());
    ps.setObject(2, scope.skillId());
    ps.setLong(3, scope.learnerId());
  }

  /** The scope, then ?4 and ?5 the due range [from, before), each null for none. */
  private static void bindRange(PreparedStatement ps, Scope scope, Instant from, Instant before)
      throws SQLException {
    bindScope(ps, scope);
    ps.setLong(4, from == null ? Long.MIN_VALUE : ceilingMillis(from));
    ps.setLong(5, before == null ? Long.MAX_VALUE : ceilingMillis(before));
  }

  /** The excluded cards' keys, from ?6 on (the {keys} hole's pairs). */
  private static void bindKeys(PreparedStatement ps, List<tutor.pack.CardKey> keys)
      throws SQLException {
    int n = 6;
    for (tutor.pack.CardKey k : keys) {
      ps.setString(n++, k.packId());
      ps.setString(n++, k.exerciseId());
    }
  }

  /**
   * One aggregate ({@code sql}: count or first due) over the scope's cards in {@code phases} due in
   * [from, before), each bound null for none, each card joined to its exercise; Long.MIN_VALUE when
   * it is null (min of nothing).
   */
  private long joined(
      String sql,
      Scope scope,
      java.util.Collection<tutor.pack.CardKey> excluded,
      Set<CardPhase> phases,
      Instant from,
      Instant before) {
    List<tutor.pack.CardKey> out = new ArrayList<>(excluded);
    try (PreparedStatement ps = c.prepareStatement(filled(sql, phases, out.size()))) {
      bindRange(ps, scope, from, before);
      bindKeys(ps, out);
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
      bindScope(ps, scope);
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
            packIds.computeIfAbsent(rs.getString(1), id -> id),
            ExerciseCodec.outline(rs.getString(2), skills, rs.getInt(4), body),
            rs.getInt(3));
    String phase = rs.getString(9);
    if (phase == null) return new Candidate(e, null);
    long last = rs.getLong(14);
    boolean noLast = rs.wasNull();
    return new Candidate(
        e,
        CardRow.scheduled(
            phase,
            rs.getInt(10),
            rs.getDouble(11),
            rs.getDouble(12),
            rs.getLong(13),
            noLast ? null : last,
            rs.getInt(15),
            rs.getInt(16)));
  }
}
