package tutor.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.json.Json;
import tutor.pack.AuthorExamples;
import tutor.store.PackSummary;

/**
 * What is installed: packs and their versions, units, summaries for a learner, authors' examples.
 */
final class InstalledPacks {
  private static final Sql SQL = Sql.of(InstalledPacks.class);

  private final SqliteStore store;
  private final Connection c;

  InstalledPacks(SqliteStore store) {
    this.store = store;
    this.c = store.connection();
  }

  Optional<String> installedVersion(String packId) {
    return store.query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("installed-version"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Whether the installed pack's content differs from {@code contentHash} (false if it is not
   * installed).
   */
  boolean packChanged(String packId, String contentHash) {
    return store.query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-changed"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() && !rs.getString(1).equals(contentHash);
            }
          }
        });
  }

  Map<String, AuthorExamples> examples(String packId) {
    return store.query(
        () -> {
          Map<String, AuthorExamples> out = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("examples"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                try {
                  StoredExamples x = Json.MAPPER.readValue(rs.getString(2), StoredExamples.class);
                  out.put(rs.getString(1), new AuthorExamples(x.accept(), x.reject()));
                } catch (JsonProcessingException e) {
                  // Examples are for authors only: an unreadable entry is left out of the export,
                  // never fatal.
                }
              }
            }
          }
          return out;
        });
  }

  private record StoredExamples(List<List<String>> accept, List<List<String>> reject) {}

  List<tutor.pack.Unit> units(String packId) {
    return store.query(
        () -> {
          List<tutor.pack.Unit> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("units"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new tutor.pack.Unit(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        List.of(rs.getString(4).split(" "))));
              }
            }
          }
          return out;
        });
  }

  List<PackSummary> packs(long learnerId) {
    return store.query(
        () -> {
          List<PackSummary> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-summaries"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new PackSummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        rs.getString(5),
                        Instant.ofEpochMilli(rs.getLong(6)),
                        stringList(rs.getString(7)),
                        rs.getString(8),
                        rs.getString(9)));
              }
            }
          }
          return out;
        });
  }

  Map<String, String> packTitles() {
    return store.query(
        () -> {
          Map<String, String> out = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-titles"));
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
          }
          return out;
        });
  }

  /** A JSON list of strings as stored (the pack's authors); an unreadable one as none. */
  private static List<String> stringList(String json) {
    try {
      return List.of(Json.MAPPER.readValue(json, String[].class));
    } catch (JsonProcessingException | RuntimeException e) {
      return List.of();
    }
  }
}
