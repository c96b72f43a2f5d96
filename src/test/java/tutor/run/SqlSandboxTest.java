package tutor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox refuses what could touch a file, stops what runs away, and runs exactly one
 * statement.
 */
class SqlSandboxTest {
  static final String SHOP =
      """
      -- a tiny shop
      CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
      INSERT INTO customers VALUES (1, 'Anna', 'Berlin'), (2, 'Ben', 'Hamburg'), (3, 'Cem', 'Berlin'),
        (4, 'Dora', NULL);
      CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL);
      INSERT INTO orders VALUES (10, 1, 20.5), (11, 1, 5), (12, 3, 7.25);
      """;
  static final Limits LIMITS = new Limits(Duration.ofMillis(500), 50);

  static SqlSandbox.Fixture shop() throws Exception {
    return SqlSandbox.load("shop", SHOP, Limits.FIXTURE, () -> Deadline.NEVER);
  }

  /** A deadline that passes after a number of looks: deterministic, no clock in the test. */
  static Deadline afterLooks(int looks) {
    int[] left = {looks};
    return () -> left[0]-- <= 0;
  }

  static SqlSandbox.Run query(String sql) throws Exception {
    return SqlSandbox.run(shop(), sql, null, LIMITS, afterLooks(10_000));
  }

  static String failure(SqlSandbox.Run r, SqlSandbox.Why why) {
    SqlSandbox.Run.Failed f = assertInstanceOf(SqlSandbox.Run.Failed.class, r);
    assertEquals(why, f.why(), f.message());
    return f.message();
  }

  @Test
  void aQueryGivesItsRows() throws Exception {
    SqlSandbox.Run r =
        query("SELECT name, city FROM customers WHERE city = 'Berlin' ORDER BY name;");
    Relation rel = assertInstanceOf(SqlSandbox.Run.Ran.class, r).relations().get(0);
    assertEquals(List.of("name", "city"), rel.columns());
    assertEquals(List.of(List.of("Anna", "Berlin"), List.of("Cem", "Berlin")), rel.rows());
  }

  @Test
  void attachIsRefusedAndCreatesNoFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("x.db");
    String path = file.toString().replace("'", "''");
    assertTrue(
        failure(query("ATTACH '" + path + "' AS x"), SqlSandbox.Why.REFUSED)
            .contains("ATTACH is not allowed"));
    // Even a change exercise, and even hidden in VACUUM INTO: the attached-database limit is 0.
    failure(
        SqlSandbox.run(
            shop(),
            "ATTACH '" + path + "' AS x",
            new SqlSandbox.After.Tables(),
            LIMITS,
            Deadline.NEVER),
        SqlSandbox.Why.REFUSED);
    failure(
        SqlSandbox.run(
            shop(),
            "VACUUM INTO '" + path + "'",
            new SqlSandbox.After.Tables(),
            LIMITS,
            Deadline.NEVER),
        SqlSandbox.Why.REFUSED);
    assertFalse(Files.exists(file));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void theAttachLimitHoldsBeneathTheKeywordCheck() throws Exception {
    // A fixture may not attach either; and the limit itself refuses ATTACH (SQLite's message).
    SqlSandbox.FixtureException e =
        assertThrows(
            SqlSandbox.FixtureException.class,
            () ->
                SqlSandbox.load(
                    "f",
                    "CREATE TABLE t(x);\nATTACH 'y.db' AS y;",
                    Limits.FIXTURE,
                    () -> Deadline.NEVER));
    assertEquals(2, e.line());
    assertFalse(Files.exists(Path.of("y.db")));
    SqlSandbox.FixtureException limit =
        assertThrows(
            SqlSandbox.FixtureException.class,
            () ->
                SqlSandbox.load(
                    "f",
                    "CREATE TABLE t(x);\nSELECT 1;\nCREATE TABLE u AS SELECT * FROM z;",
                    Limits.FIXTURE,
                    () -> Deadline.NEVER));
    assertEquals(3, limit.line());
    assertTrue(limit.getMessage().contains("no such table: z"), limit.getMessage());
  }

  @Test
  void loadingAnExtensionIsNotAuthorized() throws Exception {
    String m = failure(query("SELECT load_extension('/tmp/evil.so')"), SqlSandbox.Why.SQL);
    assertTrue(m.contains("not authorized"), m);
  }

  @Test
  void exactlyOneStatementRuns() throws Exception {
    String m = failure(query("SELECT 1; DROP TABLE customers"), SqlSandbox.Why.REFUSED);
    assertTrue(m.startsWith("One statement at a time"), m);
    // Semicolons inside strings, quoted names and comments do not split; a trailing one is fine.
    SqlSandbox.Run r = query("SELECT 'a;b' AS \"x;y\" -- ; not a second\n;  ");
    assertEquals(
        List.of(List.of("a;b")),
        assertInstanceOf(SqlSandbox.Run.Ran.class, r).relations().get(0).rows());
  }

  @Test
  void aQueryCannotChangeData() throws Exception {
    assertTrue(
        failure(query("DELETE FROM customers"), SqlSandbox.Why.REFUSED)
            .contains("asks for a query"));
    // A WITH that hides a DELETE: query_only refuses it.
    String m = failure(query("WITH x AS (SELECT 1) DELETE FROM customers"), SqlSandbox.Why.SQL);
    assertTrue(m.toLowerCase().contains("readonly"), m);
    assertTrue(
        failure(query("PRAGMA query_only = OFF"), SqlSandbox.Why.REFUSED).contains("PRAGMA"));
  }

  @Test
  void aChangeRunsOnACopyAndLeavesTheFixtureAlone() throws Exception {
    SqlSandbox.Fixture f = shop();
    SqlSandbox.Run r =
        SqlSandbox.run(
            f,
            "DELETE FROM orders WHERE total < 10",
            new SqlSandbox.After.Tables(),
            LIMITS,
            Deadline.NEVER);
    List<Relation> rs = assertInstanceOf(SqlSandbox.Run.Ran.class, r).relations();
    assertEquals(
        List.of("customers", "orders", SqlSandbox.INDEXES),
        rs.stream().map(Relation::name).toList());
    assertEquals(1, rs.get(1).rows().size());
    SqlSandbox.Run again =
        SqlSandbox.run(f, "SELECT count(*) FROM orders", null, LIMITS, Deadline.NEVER);
    assertEquals(List.of(List.of(3L)), ((SqlSandbox.Run.Ran) again).relations().get(0).rows());
  }

  @Test
  void anIndexShowsByTableAndColumns() throws Exception {
    SqlSandbox.Run r =
        SqlSandbox.run(
            shop(),
            "CREATE INDEX anything ON orders(customer_id)",
            new SqlSandbox.After.Tables(),
            LIMITS,
            Deadline.NEVER);
    Relation indexes = ((SqlSandbox.Run.Ran) r).relations().get(2);
    assertEquals(List.of(List.of("orders", "customer_id", 0L, 0L)), indexes.rows());
  }

  @Test
  void aRunawayCrossJoinIsStoppedAtTheDeadline() throws Exception {
    String m =
        failure(
            SqlSandbox.run(
                shop(),
                "SELECT count(*) FROM customers a, customers b, customers c,"
                    + " customers d, customers e, customers f, customers g, customers h, customers i, customers j, customers k,"
                    + " customers l, customers m, customers n, customers o",
                null,
                LIMITS,
                afterLooks(50)),
            SqlSandbox.Why.TIME);
    assertTrue(m.contains("was stopped"), m);
  }

  @Test
  void aRecursiveQueryWithoutEndIsStopped() throws Exception {
    failure(
        SqlSandbox.run(
            shop(),
            "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)"
                + " SELECT count(*) FROM r",
            null,
            LIMITS,
            afterLooks(50)),
        SqlSandbox.Why.TIME);
    // Returning its rows, it meets the row limit first.
    String m =
        failure(
            SqlSandbox.run(
                shop(),
                "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)"
                    + " SELECT x FROM r",
                null,
                LIMITS,
                Deadline.NEVER),
            SqlSandbox.Why.ROWS);
    assertEquals("It returned more than 50 rows and was stopped.", m);
  }

  @Test
  void aHugeStringIsRefused() throws Exception {
    failure(query("SELECT length(printf('%.*c', 100000000, 'x'))"), SqlSandbox.Why.SQL);
  }

  @Test
  void sqliteMessagesAreItsOwnWords() throws Exception {
    assertEquals(
        "near \"SELEC\": syntax error",
        failure(query("SELEC name FROM customers"), SqlSandbox.Why.SQL));
    assertEquals(
        "no such column: nme", failure(query("SELECT nme FROM customers"), SqlSandbox.Why.SQL));
  }

  @Test
  void aCheckQueryIsWhatAChangeIsJudgedBy() throws Exception {
    SqlSandbox.Run r =
        SqlSandbox.run(
            shop(),
            "UPDATE customers SET city = 'Köln' WHERE id = 4",
            new SqlSandbox.After.Check("SELECT name FROM customers WHERE city = 'Köln'"),
            LIMITS,
            Deadline.NEVER);
    assertEquals(List.of(List.of("Dora")), ((SqlSandbox.Run.Ran) r).relations().get(0).rows());
  }

  @Test
  void statementsSplitAsSqliteReadsThem() {
    List<SqlText.Statement> s =
        SqlText.split(
            """
        CREATE TABLE t (x TEXT); -- one
        /* two;
           lines */ INSERT INTO t VALUES ('it''s; fine');
        CREATE TRIGGER tr AFTER INSERT ON t BEGIN
          DELETE FROM t WHERE x = 'a'; INSERT INTO t VALUES ('b');
        END;
        ;
        """);
    assertEquals(3, s.size());
    assertEquals(List.of(1, 3, 4), s.stream().map(SqlText.Statement::line).toList());
    assertEquals("INSERT", s.get(1).keyword());
    assertTrue(s.get(2).sql().endsWith("END"));
  }
}
