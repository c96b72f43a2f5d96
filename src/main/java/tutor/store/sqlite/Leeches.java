package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.pack.CardKey;
import tutor.store.Leech;

/** A learner's leeches: exercises failed again and again, flagged, suspended or not. */
final class Leeches {
  private static final Sql SQL = Sql.of(Leeches.class);

  private final SqliteStore store;
  private final Connection c;

  Leeches(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  List<Leech> leeches(long learnerId) {
    return store.query(
        () -> {
          List<Leech> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("leeches"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Leech(
                        new CardKey(rs.getString(1), rs.getString(2)),
                        rs.getInt(3),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        Leech.Action.parse(rs.getString(5)),
                        rs.getInt(6) == 1));
              }
            }
          }
          return out;
        });
  }

  void markLeech(long learnerId, Leech leech) {
    store.transaction(() -> write(c, learnerId, leech));
  }

  /** Inserts or replaces the learner's leech row; the caller holds the transaction. */
  static int write(Connection c, long learnerId, Leech leech) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("write-leech"))) {
      ps.setLong(1, learnerId);
      ps.setString(2, leech.card().packId());
      ps.setString(3, leech.card().exerciseId());
      ps.setInt(4, leech.lapses());
      ps.setLong(5, leech.flaggedAt().toEpochMilli());
      ps.setString(6, leech.action().id());
      ps.setInt(7, leech.suspended() ? 1 : 0);
      return ps.executeUpdate();
    }
  }

  int unsuspendLeeches(long learnerId, Optional<CardKey> card) {
    return store.transaction(
        () -> {
          String sql = card.isPresent() ? SQL.get("unsuspend-leech") : SQL.get("unsuspend-leeches");
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, learnerId);
            if (card.isPresent()) {
              ps.setString(2, card.get().packId());
              ps.setString(3, card.get().exerciseId());
            }
            return ps.executeUpdate();
          }
        });
  }

  Map<String, Integer> leechLearners(String packId) {
    return store.query(
        () -> {
          Map<String, Integer> out = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("leech-learners"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
          }
          return out;
        });
  }
}
