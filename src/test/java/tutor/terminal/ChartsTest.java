package tutor.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsTest {
  @Test
  void aBarIsFilledToItsFractionAndAlwaysItsWidth() {
    assertEquals("█████░░░░░", Charts.bar(0.5, 10));
    assertEquals("░░░░░░░░░░", Charts.bar(Double.NaN, 10));
    assertEquals("██████████", Charts.bar(1.7, 10));
    assertEquals("████████░│", Charts.bar(0.8, 0.9, 10), "the mark just after 90% of the width");
  }

  @Test
  void columnsAreExactToAnEighthAndAnyNonZeroValueShows() {
    List<String> rows = Charts.columns(List.of(8, 4, 0, 1), 1);
    assertEquals(List.of("█▄ ▁"), rows);
    List<String> tall = Charts.columns(List.of(16, 8, 0), 2);
    assertEquals(List.of("█  ", "██ "), tall);
  }

  @Test
  void theHeatmapHasAColumnPerWeekARowPerWeekdayAndMonthNames() {
    LocalDate today = LocalDate.of(2026, 3, 4); // a Wednesday
    Map<LocalDate, Integer> counts = new HashMap<>();
    counts.put(today, 10);
    counts.put(today.minusDays(1), 2);
    List<String> lines = Charts.heatmap(counts, today, 26, (n, s) -> s);
    assertEquals(8, lines.size());
    for (String l : lines) assertTrue(l.length() <= 5 + 2 * 26, l);
    assertTrue(lines.get(0).contains("Mar") && lines.get(0).contains("Oct"), lines.get(0));
    assertTrue(lines.get(1).startsWith("Mon "), lines.get(1));
    assertTrue(lines.get(2).endsWith("░"), "Tuesday: a little: " + lines.get(2));
    assertTrue(lines.get(3).endsWith("█"), "Wednesday, today: the most: " + lines.get(3));
    assertTrue(
        lines.get(4).endsWith("·"),
        "Thursday of last week, nothing; this Thursday is to come: " + lines.get(4));
  }

  @Test
  void aTreeDrawsGuidesWithSymbolsAndIndentsWithout() {
    List<Charts.Node> roots =
        List.of(
            new Charts.Node(
                "a",
                List.of(
                    new Charts.Node("b", List.of(new Charts.Node("c", List.of()))),
                    new Charts.Node("d", List.of()))));
    assertEquals(List.of("a", "├─ b", "│  └─ c", "└─ d"), Charts.tree(roots, true));
    assertEquals(List.of("a", "  b", "    c", "  d"), Charts.tree(roots, false));
  }

  @Test
  void fitCutsWithAnEllipsis() {
    assertEquals("Findin…", Charts.fit("Finding your way", 7, true));
    assertEquals("Find...", Charts.fit("Finding your way", 7, false));
    assertEquals("short", Charts.fit("short", 7, true));
  }
}
