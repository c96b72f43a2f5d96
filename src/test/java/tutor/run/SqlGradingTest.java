package tutor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.grade.ResultTable;

/** Verdicts and feedback on learners' SQL, against the reference's result. */
class SqlGradingTest {
  static final SqlGrading GRADING =
      new SqlGrading(
          new Limits(Duration.ofSeconds(1), 100), () -> SqlSandboxTest.afterLooks(20_000));

  static SqlGrading.Task query(String solution) {
    return new SqlGrading.Task(
        "shop", SqlSandboxTest.SHOP, solution, false, null, ResultComparison.Options.DEFAULT);
  }

  static SqlGrading.Task change(String solution, String check) {
    return new SqlGrading.Task(
        "shop", SqlSandboxTest.SHOP, solution, true, check, ResultComparison.Options.DEFAULT);
  }

  @Test
  void rightAnswersWrittenInOtherWaysPass() {
    SqlGrading.Task t =
        query("SELECT c.name, o.total FROM customers c JOIN orders o ON o.customer_id = c.id;");
    for (String typed :
        List.of(
            "SELECT name, total FROM customers, orders WHERE customers.id = orders.customer_id",
            "select o.total, c.name as who from orders o inner join customers c on c.id = o.customer_id",
            "SELECT (SELECT name FROM customers WHERE id = customer_id), total FROM orders;",
            "SELECT name, total FROM customers JOIN orders ON customers.id = orders.customer_id ORDER BY total DESC\n;")) {
      SqlGrading.Verdict v = GRADING.grade(t, typed);
      assertTrue(v.correct(), typed + ": " + v.detail());
    }
  }

  @Test
  void aWrongResultShowsBothAndTheRowsMissingAndExtra() {
    SqlGrading.Verdict v =
        GRADING.grade(
            query("SELECT name FROM customers WHERE city = 'Berlin'"),
            "SELECT name FROM customers WHERE name < 'C'");
    assertFalse(v.correct());
    assertEquals(
        "Your result has 2 rows, as expected, but not the same ones: 1 row missing, 1 row not expected.",
        v.detail());
    assertEquals(
        List.of(
            ResultTable.Role.YOURS,
            ResultTable.Role.EXPECTED,
            ResultTable.Role.MISSING,
            ResultTable.Role.EXTRA),
        v.tables().stream().map(ResultTable::role).toList());
    assertEquals(List.of(List.of("Cem")), v.tables().get(2).rows());
    assertEquals(List.of(List.of("Ben")), v.tables().get(3).rows());
    assertEquals("Your result (2 rows):", v.tables().get(0).title());
  }

  @Test
  void rowsMissingOrExtraAreNotListedTwice() {
    // None of the two expected rows is in the learner's two: the tables of both say it all.
    SqlGrading.Verdict v =
        GRADING.grade(
            query("SELECT name FROM customers WHERE city = 'Berlin'"),
            "SELECT name FROM customers WHERE city <> 'Berlin'");
    assertFalse(v.correct());
    assertEquals(
        "Your result has 1 row; the expected result has 2: 2 rows missing, 1 row not expected.",
        v.detail());
    assertEquals(
        List.of(ResultTable.Role.YOURS, ResultTable.Role.EXPECTED),
        v.tables().stream().map(ResultTable::role).toList());
  }

  @Test
  void invalidSqlIsAWrongAnswerInSqlitesWords() {
    SqlGrading.Verdict v =
        GRADING.grade(query("SELECT name FROM customers"), "SELECT name FROM customer");
    assertFalse(v.correct());
    assertEquals("SQLite says: no such table: customer", v.detail());
    assertTrue(v.tables().isEmpty());
  }

  @Test
  void tooManyRowsSaysHowManyWereExpected() {
    SqlGrading.Verdict v =
        GRADING.grade(
            query("SELECT name FROM customers"),
            "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x FROM r");
    assertEquals(
        "It returned more than 100 rows and was stopped. The expected result has 4 rows.",
        v.detail());
  }

  @Test
  void aChangeIsJudgedByTheTablesItLeaves() {
    SqlGrading.Task t = change("DELETE FROM orders WHERE total < 10", null);
    assertTrue(GRADING.grade(t, "DELETE FROM orders WHERE id IN (11, 12)").correct());
    assertTrue(GRADING.grade(t, "delete from orders where not total >= 10;").correct());
    SqlGrading.Verdict v = GRADING.grade(t, "DELETE FROM orders WHERE total < 6");
    assertFalse(v.correct());
    assertEquals(
        "After your statement, table orders: your result has 2 rows; the expected result has 1:"
            + " 1 row not expected.",
        v.detail());
    assertEquals("Table orders after your statement (2 rows):", v.tables().get(0).title());
    SqlGrading.Verdict nothing = GRADING.grade(t, "SELECT 1");
    assertFalse(nothing.correct());
  }

  @Test
  void anIndexExerciseNeedsTheIndexNotItsName() {
    SqlGrading.Task t = change("CREATE INDEX orders_customer ON orders(customer_id)", null);
    assertTrue(GRADING.grade(t, "create index idx on orders (customer_id);").correct());
    SqlGrading.Verdict v = GRADING.grade(t, "CREATE INDEX idx ON orders(total)");
    assertEquals(
        "After your statement, the indexes differ (by table, columns, uniqueness or a WHERE).",
        v.detail());
    assertFalse(GRADING.grade(t, "CREATE UNIQUE INDEX idx ON orders(customer_id)").correct());
    // A partial index serves only the rows its WHERE keeps (round 7).
    assertFalse(
        GRADING
            .grade(t, "CREATE INDEX idx ON orders(customer_id) WHERE customer_id > 1")
            .correct());
  }

  @Test
  void aCheckQueryJudgesAChange() {
    SqlGrading.Task t =
        change(
            "UPDATE customers SET city = 'Berlin' WHERE city IS NULL",
            "SELECT name FROM customers WHERE city = 'Berlin'");
    assertTrue(GRADING.grade(t, "UPDATE customers SET city = 'Berlin' WHERE id = 4").correct());
    SqlGrading.Verdict v =
        GRADING.grade(t, "UPDATE customers SET city = 'Berlin' WHERE city = NULL");
    assertEquals(
        "After your statement, the check query: your result has 2 rows; the expected result has 3:"
            + " 1 row missing.",
        v.detail());
  }

  @Test
  void aRefusedStatementIsAWrongAnswer() {
    SqlGrading.Verdict v = GRADING.grade(query("SELECT 1"), "ATTACH 'x.db' AS x");
    assertEquals(
        "ATTACH is not allowed: exercises run on their own database in memory.", v.detail());
  }

  @Test
  void variantsOfTheDataCatchAStatementRightOnlyOnTheDataAsGiven() {
    SqlGrading.Task plain =
        change(
            "UPDATE orders SET total = total - 5 WHERE id = 11 AND total >= 5",
            "SELECT id, total FROM orders");
    SqlGrading.Task t =
        new SqlGrading.Task(
            plain.fixtureName(),
            plain.fixtureSql(),
            plain.solution(),
            true,
            plain.check(),
            plain.options(),
            List.of("UPDATE orders SET total = 3 WHERE id = 11;"));
    String unguarded = "UPDATE orders SET total = total - 5 WHERE id = 11";
    assertTrue(GRADING.grade(plain, unguarded).correct(), "the data as given cannot tell");
    SqlGrading.Verdict v = GRADING.grade(t, unguarded);
    assertFalse(v.correct());
    assertEquals(
        "Right on the data as given, but not on the same data changed first by"
            + " UPDATE orders SET total = 3 WHERE id = 11. After your statement, the check query:"
            + " your result has 3 rows, as expected, but not the same ones: 1 row missing, 1 row"
            + " not expected.",
        v.detail());
    assertFalse(v.tables().isEmpty());
    assertTrue(
        GRADING
            .grade(t, "update orders set total = total - 5 where total > 4.99 and id = 11")
            .correct());
    assertFalse(GRADING.grade(t, "UPDATE orders SET total = 0 WHERE id = 11").correct());
  }
}
