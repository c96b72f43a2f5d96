package tutor.kind;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tutor.grade.Outcome;
import tutor.pack.Exercise;
import tutor.packfile.PackReader;

/**
 * An exercise that asks for an order is not answered by a query that does not sort: SQLite reads
 * products by their unique name's index, so {@code SELECT name FROM products LIMIT 5 OFFSET 10}
 * gives the third page in name order by chance (the bundled SQL pack's {@code ol-paging}).
 */
class UnsortedAnswerTest {
  private static Outcome.Graded grade(Exercise e, String typed) {
    return (Outcome.Graded) new AnswerGrader().grade(e, Kind.of(e).present(1L), List.of(typed));
  }

  @Test
  void rowsInTheRightOrderByChanceAreWrongWithTheReason() throws Exception {
    Path dir = Path.of("content", "sql");
    Assumptions.assumeTrue(Files.isDirectory(dir), "needs the bundled SQL pack");
    Exercise paging =
        PackReader.readAuthored(dir).pack().exercises().stream()
            .filter(x -> x.id().equals("ol-paging"))
            .findFirst()
            .orElseThrow();
    Outcome.Graded unsorted = grade(paging, "SELECT name FROM products LIMIT 5 OFFSET 10;");
    assertFalse(unsorted.correct());
    assertTrue(unsorted.detail().contains("without ORDER BY"), unsorted.detail());
    assertTrue(grade(paging, "SELECT name FROM products ORDER BY name LIMIT 10, 5").correct());
    assertTrue(
        grade(
                paging,
                "SELECT name FROM (SELECT name FROM products ORDER BY name) LIMIT 5 OFFSET 10")
            .correct(),
        "a sorted subquery under a LIMIT keeps its order in SQLite");
  }
}
