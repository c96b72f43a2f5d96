package tutor.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tutor.json.Json;
import tutor.schedule.FsrsParameters;
import tutor.store.FittedParameters;
import tutor.store.LoggedReview;
import tutor.store.StoreException;

/**
 * A learner's review log as {@code tutor optimize} reads it, and the FSRS parameters fitted to it.
 */
final class FittedParametersStore {
  private static final Sql SQL = Sql.of(FittedParametersStore.class);

  private final SqliteStore store;
  private final Connection c;

  FittedParametersStore(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  List<LoggedReview> reviewLog(long learnerId) {
    return store.query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("review-log"))) {
            ps.setLong(1, learnerId);
            return AnswerHistory.readAll(ps);
          }
        });
  }

  void saveFittedParameters(FittedParameters f) {
    store.transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("save-fitted-parameters"))) {
            ps.setLong(1, f.learnerId());
            ps.setLong(2, f.fittedAt().toEpochMilli());
            ps.setString(3, f.source());
            ps.setInt(4, f.reviewCount());
            ps.setInt(5, f.itemCount());
            ps.setString(6, SqliteStore.json(f.parameters().toArray()));
            ps.setDouble(7, f.logLossBefore());
            ps.setDouble(8, f.logLossAfter());
            ps.setDouble(9, f.rmseBefore());
            ps.setDouble(10, f.rmseAfter());
            ps.setInt(11, f.adopted() ? 1 : 0);
            return ps.executeUpdate();
          }
        });
  }

  Optional<FittedParameters> adoptedParameters(long learnerId) {
    return store.query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("adopted-parameters"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) return Optional.empty();
              return Optional.of(
                  new FittedParameters(
                      learnerId,
                      Instant.ofEpochMilli(rs.getLong(1)),
                      rs.getString(2),
                      rs.getInt(3),
                      rs.getInt(4),
                      fsrsParameters(rs.getString(5)),
                      rs.getDouble(6),
                      rs.getDouble(7),
                      rs.getDouble(8),
                      rs.getDouble(9),
                      true));
            }
          }
        });
  }

  private static FsrsParameters fsrsParameters(String json) {
    try {
      return new FsrsParameters(Json.MAPPER.readValue(json, double[].class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new StoreException(
          "stored FSRS parameters are damaged (" + e.getMessage() + "); run tutor optimize again",
          e);
    }
  }
}
