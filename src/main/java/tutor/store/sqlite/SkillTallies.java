package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import tutor.mastery.MasteryModel;
import tutor.pack.SkillKey;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.store.CardRow;
import tutor.store.SkillTally;

/**
 * Per skill, its live exercises and the learner's cards of them: seen, and how well recalled now.
 */
final class SkillTallies {
  private static final Sql SQL = Sql.of(SkillTallies.class);

  private final SqliteStore store;
  private final Connection c;

  SkillTallies(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  Map<SkillKey, SkillTally> tallies(long learnerId, ToDoubleFunction<CardState> recall) {
    return store.query(
        () -> {
          Map<SkillKey, int[]> exercises = new HashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("exercises-per-skill"));
              ResultSet rs = ps.executeQuery()) {
            while (rs.next())
              exercises.put(
                  new SkillKey(rs.getString(1), rs.getString(2)), new int[] {rs.getInt(3)});
          }
          Map<SkillKey, long[]> seen = new HashMap<>(); // seen, recall units, recalled
          Map<String, SkillKey[]> skillLists = new HashMap<>();
          // Row by row, each pack's cards in teaching order (the order the sums are made in
          // everywhere). Not one text per pack: 100,000 cards made a 5 MB text, held twice in
          // Java and grown in SQLite, which set the peak memory of a session.
          try (PreparedStatement ps = c.prepareStatement(SQL.get("seen-cards"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              String pack = null;
              while (rs.next()) {
                String p = rs.getString(1);
                if (!p.equals(pack)) {
                  pack = p;
                  skillLists.clear();
                }
                String packId = pack;
                SkillKey[] skills =
                    skillLists.computeIfAbsent(
                        rs.getString(2),
                        ids -> {
                          String[] each = ids.split(" ");
                          SkillKey[] out = new SkillKey[each.length];
                          for (int i = 0; i < each.length; i++)
                            out[i] = new SkillKey(packId, each[i]);
                          return out;
                        });
                String phaseName = rs.getString(3);
                CardPhase phase = CardRow.phase(phaseName);
                long r = 0;
                if (phase != CardPhase.NEW) {
                  // what recall reads of a card: its memory (stability) and last review
                  long last = rs.getLong(4);
                  r =
                      MasteryModel.recallUnits(
                          recall.applyAsDouble(
                              CardRow.state(phaseName, 0, rs.getDouble(5), 0, last, last, 0, 0)));
                }
                for (SkillKey k : skills) {
                  long[] acc = seen.computeIfAbsent(k, x -> new long[3]);
                  acc[0]++;
                  if (phase != CardPhase.NEW) {
                    acc[1] += r;
                    acc[2]++;
                  }
                }
              }
            }
          }
          Map<SkillKey, SkillTally> out = new HashMap<>();
          exercises.forEach(
              (k, n) -> {
                long[] acc = seen.getOrDefault(k, new long[3]);
                out.put(k, new SkillTally(k, n[0], (int) acc[0], acc[1], (int) acc[2]));
              });
          return out;
        });
  }

  /** The SQL function pack-tallies reads a card's recall with ({@link Recall}). */
  static final String RECALL_FUNCTION = "tutor_recall_units";

  /**
   * The recall of a seen card from its last review and stability, as the caller's scheduler has it
   * (set per query). Called once per card: the phase is not passed (a text read across JNI cost a
   * fifth of the query at 100,000 cards); the query passes only cards past new, and refuses the
   * phases tutor never writes on its own.
   */
  private static final class Recall extends org.sqlite.Function {
    private ToDoubleFunction<CardState> recall;

    @Override
    protected void xFunc() throws SQLException {
      long last = value_long(0);
      result(
          MasteryModel.recallUnits(
              recall.applyAsDouble(
                  CardRow.state("review", 0, value_double(1), 0, last, last, 0, 0))));
    }
  }

  private Recall recallFunction;

  /**
   * The tallies of one pack's skills, as {@link #tallies} has them, summed in SQLite: only a row
   * per skill comes back (what a goal's plan reads at the start of a session, where every card of
   * the pack read into Java would cost as much as the rest of the start).
   */
  Map<SkillKey, SkillTally> tallies(
      long learnerId, String packId, ToDoubleFunction<CardState> recall) {
    return store.query(
        () -> {
          if (recallFunction == null) {
            recallFunction = new Recall();
            org.sqlite.Function.create(c, RECALL_FUNCTION, recallFunction, 2, 0);
          }
          recallFunction.recall = recall;
          Map<SkillKey, SkillTally> out = new HashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-tallies"))) {
            ps.setLong(1, learnerId);
            ps.setString(2, packId);
            boolean unknownPhase = false;
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                SkillKey k = new SkillKey(packId, rs.getString(1));
                out.put(
                    k, new SkillTally(k, rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getInt(5)));
                unknownPhase |= rs.getInt(6) > 0;
              }
            }
            if (unknownPhase) throw CardRow.unknownPhase(unknownPhase(learnerId, packId));
          } finally {
            recallFunction.recall = null;
          }
          return out;
        });
  }

  /** A phase tutor never writes, of one of the learner's cards of the pack. */
  private String unknownPhase(long learnerId, String packId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-unknown-phase"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, packId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }
}
