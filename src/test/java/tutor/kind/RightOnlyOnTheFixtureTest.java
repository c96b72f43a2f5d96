package tutor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tutor.grade.Outcome;
import tutor.pack.Exercise;
import tutor.packfile.PackReader;
import tutor.run.SqlText;

/**
 * Answers right on the shop fixture only by coincidence are told apart by the SQL pack's variants.
 *
 * <p>A filter true of every row of the fixture is not the filter an exercise asks for: {@code WHERE
 * price < 10 AND stock < 1000} keeps every cheap product of the fixture, and would drop one with
 * 1,000 in stock. For every query exercise of the bundled SQL pack that filters one table, each
 * extra condition that changes nothing on the fixture alone (a bound at the fixture's smallest or
 * largest date, price or stock; a value that is never missing there) must be told apart by the
 * exercise's variants (its edge rows: kept by the asked filter, beyond the fixture's range).
 */
class RightOnlyOnTheFixtureTest {
  /** Columns whose values grow past any fixture (dates, prices, stock), by table. */
  private static final Map<String, List<String>> RANGED =
      Map.of(
          "customers", List.of("signup_date"),
          "products", List.of("price", "stock"),
          "orders", List.of("order_date", "shipped_date"));

  /** Columns that may be missing, by table. */
  private static final Map<String, List<String>> NULLABLE =
      Map.of(
          "customers", List.of("email", "city"),
          "products", List.of("category"),
          "orders", List.of("shipped_date", "employee_id"));

  /** One table, one SELECT, a WHERE: the condition and what comes before and after it. */
  private static final Pattern ONE_TABLE =
      Pattern.compile(
          "(?is)^(SELECT .+? FROM (\\w+)(?: (?:AS )?\\w+)? WHERE )(.+?)((?: GROUP BY| ORDER BY|"
              + " LIMIT).*)?;?$");

  private static Outcome.Graded grade(Exercise e, String typed) {
    return (Outcome.Graded) new AnswerGrader().grade(e, Kind.of(e).present(1L), List.of(typed));
  }

  /** The exercise graded on the fixture alone, without its variants. */
  private static Exercise withoutVariants(Exercise e) {
    Exercise.Sql b = (Exercise.Sql) e.body();
    Exercise.Sql plain =
        new Exercise.Sql(
            b.fixture(),
            b.solution(),
            b.change(),
            b.check(),
            b.ordered(),
            b.columns(),
            b.tolerance());
    return new Exercise(
        e.id(),
        e.skills(),
        e.prompt(),
        e.difficulty(),
        e.hints(),
        e.explanation(),
        e.tags(),
        plain,
        e.media());
  }

  private static String literal(Object value) {
    return value instanceof Number ? value.toString() : "'" + value + "'";
  }

  private static List<Exercise> sqlPack() throws Exception {
    Path dir = Path.of("content", "sql");
    Assumptions.assumeTrue(Files.isDirectory(dir), "needs the bundled SQL pack");
    return PackReader.readAuthored(dir).pack().exercises();
  }

  /**
   * ROW_NUMBER() keeps one row of a tie, picked at random; where the exercise asks for every row at
   * the top (each category's most expensive products), a variant with a tie tells it apart.
   */
  @Test
  void rowNumberWhereATieMustBeKeptIsWrong() throws Exception {
    Exercise priciest =
        sqlPack().stream()
            .filter(e -> e.id().equals("sq-priciest-per-category"))
            .findFirst()
            .orElseThrow();
    String rowNumber =
        "WITH r AS (SELECT category, name, price, ROW_NUMBER() OVER (PARTITION BY category ORDER BY"
            + " price DESC) AS n FROM products WHERE category IS NOT NULL) SELECT category, name,"
            + " price FROM r WHERE n = 1";
    assertTrue(grade(withoutVariants(priciest), rowNumber).correct(), "no tie on the fixture");
    assertFalse(grade(priciest, rowNumber).correct());
    assertTrue(grade(priciest, rowNumber.replace("ROW_NUMBER()", "RANK()")).correct());
    assertTrue(grade(priciest, rowNumber.replace("ROW_NUMBER()", "DENSE_RANK()")).correct());
  }

  @Test
  void aFilterTrueOfEveryRowOfTheFixtureIsWrong() throws Exception {
    List<Exercise> exercises = sqlPack();
    List<String> credited = new ArrayList<>();
    int noOps = 0;
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement st = db.createStatement()) {
      boolean loaded = false;
      for (Exercise e : exercises) {
        if (!(e.body() instanceof Exercise.Sql b) || b.change()) continue;
        String solution = b.solution().strip().replaceAll("\\s+", " ");
        Matcher m = ONE_TABLE.matcher(solution);
        if (!m.matches() || solution.toUpperCase().contains(" JOIN ")) continue;
        if (solution.toUpperCase().split("SELECT", -1).length != 2) continue;
        if (!loaded) {
          for (SqlText.Statement s : SqlText.split(b.fixture().sql())) st.execute(s.sql());
          loaded = true;
        }
        String table = m.group(2).toLowerCase();
        String condition = m.group(3);
        String tail = m.group(4) == null ? "" : m.group(4);
        List<String> extras = new ArrayList<>();
        for (String column : RANGED.getOrDefault(table, List.of())) {
          if (mentions(condition, column)) continue;
          try (ResultSet r =
              st.executeQuery("SELECT MIN(" + column + "), MAX(" + column + ") FROM " + table)) {
            Object min = r.getObject(1);
            Object max = r.getObject(2);
            // Nothing goes below nothing in stock: stock >= 0 is no mistake.
            if (!(min instanceof Number n && n.doubleValue() == 0))
              extras.add(column + " >= " + literal(min));
            extras.add(column + " <= " + literal(max));
          }
        }
        for (String column : NULLABLE.getOrDefault(table, List.of()))
          if (!mentions(condition, column)) extras.add(column + " IS NOT NULL");
        Exercise plain = withoutVariants(e);
        for (String extra : extras) {
          String typed = m.group(1) + "(" + condition + ") AND " + extra + tail;
          if (!grade(plain, typed).correct()) continue; // the fixture itself tells it apart
          noOps++;
          if (grade(e, typed).correct()) credited.add(e.id() + ": " + typed);
        }
      }
    }
    assertTrue(noOps >= 20, noOps + " filters true of every row tried: the pack changed?");
    assertEquals("", String.join("\n", credited), "filters true of every row, credited");
  }

  private static boolean mentions(String condition, String column) {
    return Pattern.compile("(?i)\\b" + column + "\\b").matcher(condition).find();
  }
}
