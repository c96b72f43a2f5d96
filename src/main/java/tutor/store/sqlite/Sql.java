package tutor.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The adapter's SQL, kept in {@code .sql} resources beside its classes (one file per class, {@code
 * tutor/store/sqlite/CLASS.sql}) and named by what each statement does: a {@code -- name: NAME}
 * line, then the statement over as many lines as reads well (a line break is a space). Each file is
 * read once, when its class is first used.
 */
final class Sql {
  private static final String NAME = "-- name: ";

  private final String resource;
  private final Map<String, String> statements;

  private Sql(String resource, Map<String, String> statements) {
    this.resource = resource;
    this.statements = statements;
  }

  /** The statements of {@code owner}: {@code OWNER.sql} in its package's resources. */
  static Sql of(Class<?> owner) {
    String resource = owner.getSimpleName() + ".sql";
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      return new Sql(resource, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /** Named statements of a file's text; other comment lines and blank lines are left out. */
  static Map<String, String> parse(String text) {
    Map<String, String> out = new HashMap<>();
    String name = null;
    StringBuilder sql = new StringBuilder();
    for (String line : (text + "\n" + NAME).split("\n")) {
      if (line.startsWith(NAME)) {
        if (name != null && out.put(name, sql.toString().strip()) != null) {
          throw new IllegalStateException("two statements named " + name);
        }
        name = line.substring(NAME.length()).strip();
        sql.setLength(0);
      } else if (!line.isBlank() && !line.startsWith("--")) {
        if (sql.length() > 0) sql.append(' ');
        sql.append(line.strip());
      }
    }
    return out;
  }

  /** The statement named {@code name}. */
  String get(String name) {
    String sql = statements.get(name);
    if (sql == null) throw new IllegalStateException("no statement " + name + " in " + resource);
    return sql;
  }
}
