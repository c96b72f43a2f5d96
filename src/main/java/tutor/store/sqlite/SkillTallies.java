package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
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
          Map<SkillKey, double[]> seen = new HashMap<>(); // seen, recall sum, recalled
          Map<String, SkillKey[]> skillLists = new HashMap<>();
          // One text per pack, its cards in teaching order (the order the sums are made in
          // everywhere).
          try (PreparedStatement ps = c.prepareStatement(SQL.get("seen-cards-per-pack"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String pack = rs.getString(1);
                String text = rs.getString(2);
                int[] tab = new int[3];
                int at = 0;
                while (text != null && at < text.length()) {
                  int end = text.indexOf('\n', at);
                  if (end < 0) end = text.length();
                  for (int i = 0, from = at; i < 3; i++)
                    from = (tab[i] = text.indexOf('\t', from)) + 1;
                  SkillKey[] skills =
                      skillLists.computeIfAbsent(
                          pack + "\t" + text.substring(at, tab[0]),
                          k -> {
                            String[] ids = k.substring(pack.length() + 1).split(" ");
                            SkillKey[] out = new SkillKey[ids.length];
                            for (int i = 0; i < ids.length; i++)
                              out[i] = new SkillKey(pack, ids[i]);
                            return out;
                          });
                  String phaseName = text.substring(tab[0] + 1, tab[1]);
                  CardPhase phase = CardRow.phase(phaseName);
                  double r = 0;
                  if (phase != CardPhase.NEW) {
                    // what recall reads of a card: its memory (stability) and last review
                    long last = Long.parseLong(text, tab[1] + 1, tab[2], 10);
                    r =
                        recall.applyAsDouble(
                            CardRow.state(
                                phaseName,
                                0,
                                StudyReads.real(text.substring(tab[2] + 1, end)),
                                0,
                                last,
                                last,
                                0,
                                0));
                  }
                  for (SkillKey k : skills) {
                    double[] acc = seen.computeIfAbsent(k, x -> new double[3]);
                    acc[0]++;
                    if (phase != CardPhase.NEW) {
                      acc[1] += r;
                      acc[2]++;
                    }
                  }
                  at = end + 1;
                }
              }
            }
          }
          Map<SkillKey, SkillTally> out = new HashMap<>();
          exercises.forEach(
              (k, n) -> {
                double[] acc = seen.getOrDefault(k, new double[3]);
                out.put(k, new SkillTally(k, n[0], (int) acc[0], acc[1], (int) acc[2]));
              });
          return out;
        });
  }
}
