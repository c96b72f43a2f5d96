package tutor.store.sqlite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import tutor.json.Json;
import tutor.pack.CardKey;
import tutor.store.StoreException;
import tutor.store.UndoneAnswer;

/**
 * Takes back a learner's last answer: the card and the mastery of its skills return to what the
 * review row recorded before it, and the row goes, all in one transaction.
 */
public final class Undo {
  private static final Sql SQL = Sql.of(Undo.class);

  private static final ObjectMapper JSON = Json.MAPPER;
  private final SqliteStore store;
  private final Connection c;

  public Undo(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  public Optional<UndoneAnswer> last(long learnerId) {
    // Immediate: the last answer is read under the write lock, so no answer can slip in between.
    return store.transaction(() -> undoLast(learnerId));
  }

  /** As {@link #last}, inside a transaction the caller holds. */
  Optional<UndoneAnswer> lastInTransaction(long learnerId) throws SQLException {
    return undoLast(learnerId);
  }

  private Optional<UndoneAnswer> undoLast(long learnerId) throws SQLException {
    long id;
    CardKey key;
    String cardBefore;
    String masteryBefore;
    Instant at;
    boolean correct;
    try (PreparedStatement ps = c.prepareStatement(SQL.get("last-answer"))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        id = rs.getLong(1);
        key = new CardKey(rs.getString(2), rs.getString(3));
        cardBefore = rs.getString(4);
        masteryBefore = rs.getString(5);
        at = Instant.ofEpochMilli(rs.getLong(6));
        correct = rs.getInt(7) == 1;
      }
    }
    restoreCard(learnerId, key, cardBefore);
    restoreMastery(learnerId, masteryBefore, at);
    try (PreparedStatement ps = c.prepareStatement(SQL.get("delete-answer"))) {
      ps.setLong(1, id);
      ps.executeUpdate();
    }
    return Optional.of(new UndoneAnswer(key, at, correct));
  }

  private void restoreCard(long learnerId, CardKey key, String json) throws SQLException {
    if (json == null) {
      try (PreparedStatement ps = c.prepareStatement(SQL.get("delete-card"))) {
        ps.setLong(1, learnerId);
        ps.setString(2, key.packId());
        ps.setString(3, key.exerciseId());
        ps.executeUpdate();
      }
      return;
    }
    JsonNode n = read(json);
    try (PreparedStatement ps = c.prepareStatement(SQL.get("restore-card"))) {
      ps.setString(1, n.get("phase").asText());
      ps.setInt(2, n.get("step").asInt());
      ps.setDouble(3, n.get("stability").asDouble());
      ps.setDouble(4, n.get("difficulty").asDouble());
      ps.setLong(5, n.get("due").asLong());
      if (n.get("last_review").isNull()) ps.setNull(6, Types.INTEGER);
      else ps.setLong(6, n.get("last_review").asLong());
      ps.setInt(7, n.get("reps").asInt());
      ps.setInt(8, n.get("lapses").asInt());
      ps.setLong(9, learnerId);
      ps.setString(10, key.packId());
      ps.setString(11, key.exerciseId());
      ps.executeUpdate();
    }
  }

  private void restoreMastery(long learnerId, String json, Instant at) throws SQLException {
    JsonNode all = read(json);
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int slash = e.getKey().indexOf('/');
      String pack = e.getKey().substring(0, slash);
      String skill = e.getKey().substring(slash + 1);
      JsonNode m = e.getValue();
      if (m == null || m.isNull()) {
        try (PreparedStatement ps = c.prepareStatement(SQL.get("delete-mastery"))) {
          ps.setLong(1, learnerId);
          ps.setString(2, pack);
          ps.setString(3, skill);
          ps.executeUpdate();
        }
        continue;
      }
      // Rows written before the evidence was kept (schema 11) carry none: the evidence stays as it
      // is.
      boolean withEvidence = m.has("first_right_at");
      try (PreparedStatement ps =
          c.prepareStatement(
              withEvidence
                  ? SQL.get("restore-mastery-with-evidence")
                  : SQL.get("restore-mastery"))) {
        ps.setDouble(1, m.get("p_known").asDouble());
        ps.setInt(2, m.get("attempts").asInt());
        ps.setInt(3, m.get("correct").asInt());
        ps.setLong(4, at.toEpochMilli());
        int next = 5;
        if (withEvidence) {
          JsonNode first = m.get("first_right_at");
          JsonNode exercise = m.get("first_right_exercise");
          AnswerRecorder.bindEvidence(
              ps,
              next,
              new tutor.mastery.Evidence(
                  exercise == null || exercise.isNull() ? null : exercise.asText(),
                  first == null || first.isNull() ? null : Instant.ofEpochMilli(first.asLong()),
                  m.path("another_exercise").asInt() != 0,
                  m.path("another_day").asInt() != 0,
                  m.path("placed").asInt() != 0,
                  null,
                  // kept before migration 028: every practised skill was taken for open
                  m.path("opened").asInt(1) != 0));
          next += 6;
        }
        ps.setLong(next, learnerId);
        ps.setString(next + 1, pack);
        ps.setString(next + 2, skill);
        ps.executeUpdate();
      }
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new StoreException(
          "a review row cannot be read back (" + e.getMessage() + "); run tutor doctor", e);
    }
  }
}
