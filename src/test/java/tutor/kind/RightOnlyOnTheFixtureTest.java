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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
  /** Columns whose values grow past any fixture (dates, prices, stock, pay), by table. */
  private static final Map<String, List<String>> RANGED =
      Map.of(
          "customers", List.of("signup_date"),
          "products", List.of("price", "stock"),
          "orders", List.of("order_date", "shipped_date"),
          "order_items", List.of("unit_price"),
          "employees", List.of("hire_date", "salary"));

  /** Columns that may be missing, by table. */
  private static final Map<String, List<String>> NULLABLE =
      Map.of(
          "customers", List.of("email", "city"),
          "products", List.of("category"),
          "orders", List.of("shipped_date", "employee_id"),
          "employees", List.of("manager_id", "commission_pct"));

  /**
   * A query, UPDATE or DELETE with one WHERE and no subquery: what comes before the condition (with
   * the tables), the condition, and what follows it.
   */
  private static final Pattern FILTERED =
      Pattern.compile(
          "(?is)^((?:SELECT .+? FROM (.+?)|UPDATE (\\w+) SET .+?|DELETE FROM (\\w+)) WHERE )(.+?)"
              + "((?: GROUP BY| ORDER BY| LIMIT).*)?;?$");

  /** A table of a FROM clause, with its alias if it has one. */
  private static final Pattern TABLE =
      Pattern.compile(
          "(?i)(?:^|\\bJOIN )(\\w+)(?: (?:AS )?(?!(?:ON|USING|LEFT|RIGHT|INNER|FULL|CROSS|JOIN)\\b)"
              + "(\\w+))?");

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
    List<String> credited = new ArrayList<>();
    int noOps = 0;
    try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement st = db.createStatement()) {
      boolean loaded = false;
      for (Exercise e : sqlPack()) {
        if (!(e.body() instanceof Exercise.Sql b)) continue;
        String solution = b.solution().strip().replaceAll("\\s+", " ");
        Matcher m = FILTERED.matcher(solution);
        int selects = solution.toUpperCase().split("\\bSELECT\\b", -1).length - 1;
        if (!m.matches() || selects > (b.change() ? 0 : 1)) continue;
        if (!loaded) {
          for (SqlText.Statement s : SqlText.split(b.fixture().sql())) st.execute(s.sql());
          loaded = true;
        }
        String condition = m.group(5);
        String tail = m.group(6) == null ? "" : m.group(6);
        List<String> extras = new ArrayList<>();
        Map<String, String> tables = new java.util.LinkedHashMap<>(); // qualifier -> table
        if (m.group(2) != null) {
          Matcher t = TABLE.matcher(m.group(2));
          while (t.find())
            tables.put(t.group(2) == null ? t.group(1) : t.group(2), t.group(1).toLowerCase());
        } else {
          String table = m.group(3) != null ? m.group(3) : m.group(4);
          tables.put(table, table.toLowerCase());
        }
        for (Map.Entry<String, String> t : tables.entrySet()) {
          String q = t.getKey() + ".";
          for (String column : RANGED.getOrDefault(t.getValue(), List.of())) {
            if (mentions(condition, column)) continue;
            try (ResultSet r =
                st.executeQuery(
                    "SELECT MIN(" + column + "), MAX(" + column + ") FROM " + t.getValue())) {
              Object min = r.getObject(1);
              // Nothing goes below nothing in stock: stock >= 0 is no mistake.
              if (!(min instanceof Number n && n.doubleValue() == 0))
                extras.add(q + column + " >= " + literal(min));
              extras.add(q + column + " <= " + literal(r.getObject(2)));
            }
          }
          for (String column : NULLABLE.getOrDefault(t.getValue(), List.of()))
            if (!mentions(condition, column)) extras.add(q + column + " IS NOT NULL");
        }
        Exercise plain = withoutVariants(e);
        for (String extra : extras) {
          String typed = m.group(1) + "(" + condition + ") AND " + extra + tail;
          if (!grade(plain, typed).correct()) continue; // the fixture itself tells it apart
          noOps++;
          if (grade(e, typed).correct()) credited.add(e.id() + ": " + typed);
        }
      }
    }
    assertTrue(noOps >= 60, noOps + " filters true of every row tried: the pack changed?");
    assertEquals("", String.join("\n", credited), "filters true of every row, credited");
  }

  /**
   * The same in exercises whose reference has a subquery or a CTE (which the test above does not
   * take apart): a bound at the fixture's edge, right there, wrong on the edge rows.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sq-above-average-salary | SELECT name, salary FROM employees WHERE salary > (SELECT"
            + " AVG(salary) FROM employees) AND hire_date >= '2015-03-01'",
        "cte-big-spenders | WITH t AS (SELECT o.customer_id, SUM(oi.quantity * oi.unit_price) AS"
            + " total FROM orders o JOIN order_items oi ON oi.order_id = o.order_id WHERE"
            + " o.order_date >= '2025-01-05' GROUP BY o.customer_id) SELECT c.name, t.total FROM t"
            + " JOIN customers c ON c.customer_id = t.customer_id WHERE t.total > 800",
        "sq-bought-in-germany | SELECT DISTINCT p.name FROM products p JOIN order_items oi ON"
            + " oi.product_id = p.product_id JOIN orders o ON o.order_id = oi.order_id JOIN"
            + " customers c ON c.customer_id = o.customer_id WHERE c.country = 'Germany' AND"
            + " p.price <= 449",
        "wf-two-cheapest | WITH r AS (SELECT category, name, price, ROW_NUMBER() OVER (PARTITION"
            + " BY category ORDER BY price) AS n FROM products WHERE category IS NOT NULL AND stock"
            + " <= 999) SELECT category, name, price FROM r WHERE n <= 2",
        "md-delete-cancelled-items | DELETE FROM order_items WHERE order_id IN (SELECT order_id"
            + " FROM orders WHERE status = 'cancelled' AND order_date <= '2025-12-22')",
        "md-reprice-pending | UPDATE order_items SET unit_price = (SELECT price FROM products p"
            + " WHERE p.product_id = order_items.product_id) WHERE order_id IN (SELECT order_id FROM"
            + " orders WHERE status = 'pending' AND order_date >= '2025-01-05')",
        "wf-previous-order | SELECT order_id, order_date, LAG(order_date) OVER (ORDER BY"
            + " order_date) FROM orders WHERE customer_id = 2 AND status <> 'cancelled'"
      })
  void aBoundAtTheFixturesEdgeIsWrong(String id, String typed) throws Exception {
    Exercise e = sqlPack().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    assertTrue(grade(withoutVariants(e), typed).correct(), "right on the fixture alone");
    assertFalse(grade(e, typed).correct());
  }

  private static boolean mentions(String condition, String column) {
    return Pattern.compile("(?i)\\b" + column + "\\b").matcher(condition).find();
  }
}
