package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Result tables fit the terminal: 80 columns and 50. */
class ResultTableTest {
  static final ResultTable WIDE =
      new ResultTable(
          ResultTable.Role.YOURS,
          "Your result (first 2 of 9 rows):",
          List.of("customer_name", "email", "city", "country", "total_spent"),
          List.of(
              List.of("Anna Schmidt", "anna.schmidt@example.com", "Berlin", "Germany", "1234.5"),
              List.of("Ben", "ben@example.org", "Hamburg", "Germany", "NULL")),
          9);

  @Test
  void aNarrowTableIsLaidOutAsIs() {
    ResultTable t =
        new ResultTable(
            ResultTable.Role.EXPECTED,
            "Expected result (2 rows):",
            List.of("name", "n"),
            List.of(List.of("Anna", "2"), List.of("Ben", "NULL")),
            2);
    assertEquals(
        List.of(
            "Expected result (2 rows):",
            "  name | n",
            "  -----+-----",
            "  Anna | 2",
            "  Ben  | NULL"),
        t.lines(80, "  "));
  }

  @Test
  void everyLineFitsAt80And50() {
    for (int width : List.of(80, 50)) {
      List<String> lines = WIDE.lines(width, "  ");
      for (String l : lines.subList(1, lines.size()))
        assertTrue(l.length() <= width, width + ": " + l);
      assertEquals(5, lines.size());
    }
    List<String> at50 = WIDE.lines(50, "  ");
    assertTrue(at50.get(3).contains("…"), "long values are cut: " + at50);
  }

  @Test
  void columnsThatCannotFitAreLeftOutAndSaidSo() {
    List<String> lines = WIDE.lines(24, "  ");
    assertTrue(lines.get(0).endsWith("not shown)"), lines.get(0));
    for (String l : lines.subList(1, lines.size())) assertTrue(l.length() <= 24, l);
  }

  @Test
  void anEmptyResultSaysSo() {
    ResultTable t =
        new ResultTable(
            ResultTable.Role.YOURS, "Your result (0 rows):", List.of("name"), List.of(), 0);
    assertEquals("  (no rows)", t.lines(80, "  ").get(3));
  }
}
