package tutor.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tutor.store.Learner;

/** The learners of a store, and which of them is the current one (an app setting). */
final class Learners {
  private static final Sql SQL = Sql.of(Learners.class);

  private final SqliteStore store;
  private final Connection c;

  Learners(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  Learner currentLearner(Instant now) {
    Optional<Learner> current =
        store.appSetting(SqliteStore.CURRENT_LEARNER).flatMap(this::learner);
    if (current.isPresent()) return current.get();
    List<Learner> all = learners();
    if (all.isEmpty()) store.requireWritable();
    Learner l = all.isEmpty() ? addLearner(SqliteStore.DEFAULT_LEARNER, now) : all.get(0);
    if (!store.readOnly())
      useLearner(l); // where nothing can be written, the first learner is simply used
    return l;
  }

  Optional<Learner> learner(String name) {
    return store.query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("learner-by-name"))) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(learnerOf(rs)) : Optional.empty();
            }
          }
        });
  }

  private static Learner learnerOf(ResultSet rs) throws SQLException {
    return new Learner(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)));
  }

  Learner addLearner(String name, Instant now) {
    return store.transaction(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(SQL.get("add-learner"), PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setLong(2, now.toEpochMilli());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return new Learner(keys.getLong(1), name, now);
            }
          }
        });
  }

  List<Learner> learners() {
    return store.query(
        () -> {
          List<Learner> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("learners"));
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(learnerOf(rs));
          }
          return out;
        });
  }

  void useLearner(Learner learner) {
    store.setAppSetting(SqliteStore.CURRENT_LEARNER, learner.name());
  }
}
