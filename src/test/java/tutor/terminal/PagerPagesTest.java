package tutor.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the pager cuts a lesson into pages. */
class PagerPagesTest {
  @Test
  void aTablesHeaderIsNotLeftAtTheFootOfAPageWithoutItsRule() {
    // As the SQL lesson's page 2 ended at 80x24: "you want  write", its rule on page 3.
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 20; i++) lines.add("Line " + i + " of the lesson.");
    lines.add("");
    lines.add("you want                write");
    lines.add("──────────────────────  ───────────────────");
    lines.add("equal, not equal        city = 'Berlin'");
    List<List<String>> pages = Pager.pages(lines, 22, 22, 80);
    assertEquals(2, pages.size(), pages.toString());
    assertFalse(pages.get(0).contains("you want                write"), pages.toString());
    assertEquals("you want                write", pages.get(1).get(0), pages.toString());
    assertTrue(pages.get(1).get(1).startsWith("───"), pages.toString());
  }

  @Test
  void aRuleIsDashesOrBoxLinesAndNotText() {
    assertTrue(Pager.isRule("──────  ─────"));
    assertTrue(Pager.isRule("  ----------------+------------"));
    assertTrue(Pager.isRule("\u001B[2m──────\u001B[0m"));
    assertFalse(Pager.isRule("-- page 1/2 --"));
    assertFalse(Pager.isRule("- a list item"));
    assertFalse(Pager.isRule(""));
  }
}
