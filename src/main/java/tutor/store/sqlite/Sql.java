package tutor.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The adapter's SQL, kept in {@code .sql} resources beside its classes (one file per class, {@code
 * tutor/store/sqlite/CLASS.sql}) and named by what each statement does: a {@code -- name: NAME}
 * line, then the statement over as many lines as reads well (a line break is a space). Each file is
 * read once, when its class is first used.
 *
 * <p>A part several statements of a file share is written once, after a {@code -- fragment: NAME}
 * line, and stands as {@code {NAME}} in each of them (in another fragment too): it is put in when
 * the file is read. Any other {@code {NAME}} is a hole, a list whose length is known only when the
 * statement runs (so many {@code (?, ?)}, a set of constants), filled then by {@link #fill}.
 */
final class Sql {
  private static final String NAME = "-- name: ";
  private static final String FRAGMENT = "-- fragment: ";
  private static final Pattern PART = Pattern.compile("\\{([a-z0-9-]+)}");

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

  /**
   * Named statements of a file's text, their fragments put in; other comment lines and blank lines
   * are left out.
   */
  static Map<String, String> parse(String text) {
    Map<String, String> statements = new HashMap<>();
    Map<String, String> fragments = new HashMap<>();
    Map<String, String> into = statements;
    String name = null;
    StringBuilder sql = new StringBuilder();
    for (String line : (text + "\n" + NAME).split("\n")) {
      boolean fragment = line.startsWith(FRAGMENT);
      if (fragment || line.startsWith(NAME)) {
        if (name != null && (statements.containsKey(name) || fragments.containsKey(name))) {
          throw new IllegalStateException("two statements named " + name);
        }
        if (name != null) into.put(name, sql.toString().strip());
        into = fragment ? fragments : statements;
        name = line.substring(fragment ? FRAGMENT.length() : NAME.length()).strip();
        sql.setLength(0);
      } else if (!line.isBlank() && !line.startsWith("--")) {
        if (sql.length() > 0) sql.append(' ');
        sql.append(line.strip());
      }
    }
    statements.replaceAll((n, s) -> withFragments(s, fragments, 0));
    return statements;
  }

  /** {@code sql} with each {@code {NAME}} of a fragment replaced by it, holes left as they are. */
  private static String withFragments(String sql, Map<String, String> fragments, int depth) {
    if (depth > fragments.size()) throw new IllegalStateException("a fragment contains itself");
    return PART.matcher(sql)
        .replaceAll(
            m -> {
              String part = fragments.get(m.group(1));
              return Matcher.quoteReplacement(
                  part == null ? m.group() : withFragments(part, fragments, depth + 1));
            });
  }

  /** The holes of a statement: each {@code {NAME}} left after its fragments were put in. */
  static Set<String> holes(String sql) {
    Set<String> out = new TreeSet<>();
    Matcher m = PART.matcher(sql);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  /** {@code sql} with every {@code {hole}} filled with {@code text}; it must have that hole. */
  static String fill(String sql, String hole, String text) {
    String mark = "{" + hole + "}";
    if (!sql.contains(mark)) throw new IllegalStateException("no hole " + mark + " in " + sql);
    return sql.replace(mark, text);
  }

  /** The statement named {@code name}. */
  String get(String name) {
    String sql = statements.get(name);
    if (sql == null) throw new IllegalStateException("no statement " + name + " in " + resource);
    return sql;
  }
}
