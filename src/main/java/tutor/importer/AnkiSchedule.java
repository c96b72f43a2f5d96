package tutor.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.optimize.ReviewKind;
import tutor.optimize.RevlogEntry;

/**
 * Reads the schedule (cards table) and the review log (revlog table) of an Anki collection for the
 * cards that were imported. Anki's columns: {@code cards.type} 0 new, 1 learning, 2 review, 3
 * relearning; {@code queue} below 0 when suspended or buried; {@code due} a day number counted from
 * the collection's creation ({@code col.crt}) for review cards and day-learning ones, epoch seconds
 * for cards in (re)learning steps; {@code odue} the real due of a card moved into a filtered deck.
 * {@code revlog.type} 0 learn, 1 review, 2 relearn, 3 filtered (cram when its factor is 0), 4
 * manual (a reset when its factor is 0), 5 rescheduled; {@code ease} the button, 1-4.
 */
final class AnkiSchedule {
  /** Epoch seconds from here on are times; smaller values of {@code due} are day numbers. */
  private static final long EPOCH_SECONDS_FROM = 1_000_000_000L;

  private AnkiSchedule() {}

  /**
   * @param exerciseOfCard exercise ids by Anki card id, for the cards imported
   * @param created {@code col.crt}: the start (in epoch seconds) of the collection's first day
   * @param schedulerVersion 1 for the old scheduler, whose learning answers had three buttons
   */
  static AnkiHistory read(
      Statement st, Map<Long, String> exerciseOfCard, long created, int schedulerVersion)
      throws SQLException {
    if (exerciseOfCard.isEmpty() || !hasTable(st, "revlog")) return null;
    Map<Long, List<RevlogEntry>> logs = new HashMap<>();
    int rows = 0;
    try (ResultSet rs =
        st.executeQuery("select id, cid, ease, factor, time, type from revlog order by cid, id")) {
      while (rs.next()) {
        String exercise = exerciseOfCard.get(rs.getLong(2));
        if (exercise == null) continue;
        int type = rs.getInt(6);
        int ease = rs.getInt(3);
        // The old scheduler's learning buttons were Again, Good, Easy: Anki moves them up when it
        // upgrades a collection (rslib upgrade_revlog_to_v2), and so does this.
        if (schedulerVersion == 1 && (type == 0 || type == 2) && (ease == 2 || ease == 3)) ease++;
        if (ease < 0 || ease > 4) continue;
        ReviewKind kind =
            switch (type) {
              case 0 -> ReviewKind.LEARN;
              case 1 -> ReviewKind.REVIEW;
              case 2 -> ReviewKind.RELEARN;
              case 3 -> rs.getLong(4) != 0 ? ReviewKind.FILTERED : ReviewKind.CRAM;
              case 4 -> rs.getLong(4) != 0 ? ReviewKind.MANUAL : ReviewKind.MANUAL_RESET;
              default -> ReviewKind.RESCHEDULED;
            };
        if (ease == 0
            && kind != ReviewKind.MANUAL
            && kind != ReviewKind.MANUAL_RESET
            && kind != ReviewKind.RESCHEDULED) {
          continue;
        }
        long time = rs.getLong(5);
        logs.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
            .add(new RevlogEntry(exercise, rs.getLong(1), ease, time > 0 ? time : null, kind));
        rows++;
      }
    }
    Map<Long, AnkiHistory.Card> cards = new LinkedHashMap<>();
    try (ResultSet rs =
        st.executeQuery(
            "select id, type, queue, due, ivl, factor, reps, lapses, odue, odid from cards order by id")) {
      while (rs.next()) {
        String exercise = exerciseOfCard.get(rs.getLong(1));
        if (exercise == null) continue;
        int type = rs.getInt(2);
        int queue = rs.getInt(3);
        long due = rs.getLong(9) != 0 && rs.getLong(10) != 0 ? rs.getLong(9) : rs.getLong(4);
        AnkiHistory.State state =
            switch (type) {
              case 1 -> AnkiHistory.State.LEARNING;
              case 2 -> AnkiHistory.State.REVIEW;
              case 3 -> AnkiHistory.State.RELEARNING;
              default -> AnkiHistory.State.NEW;
            };
        Instant at =
            state == AnkiHistory.State.NEW
                ? null
                : due >= EPOCH_SECONDS_FROM
                    ? Instant.ofEpochSecond(due)
                    : Instant.ofEpochSecond(created + due * 86_400L);
        cards.put(
            rs.getLong(1),
            new AnkiHistory.Card(
                exercise,
                state,
                at,
                queue < 0,
                Math.max(0, rs.getInt(7)),
                Math.max(0, rs.getInt(8)),
                Math.max(0, rs.getInt(5)),
                rs.getInt(6) / 1000.0,
                logs.getOrDefault(rs.getLong(1), List.of())));
      }
    }
    if (rows == 0 && cards.values().stream().allMatch(c -> c.state() == AnkiHistory.State.NEW))
      return null;
    return new AnkiHistory(Math.floorMod(created, 86_400L), new ArrayList<>(cards.values()), rows);
  }

  private static boolean hasTable(Statement st, String name) throws SQLException {
    try (ResultSet rs =
        st.executeQuery(
            "select 1 from sqlite_master where type = 'table' and name = '" + name + "'")) {
      return rs.next();
    }
  }
}
