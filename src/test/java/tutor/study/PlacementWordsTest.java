package tutor.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The line a placement says after a missed question reads as a sentence, whatever the answer. */
class PlacementWordsTest {
  @Test
  void anAnswerThatEndsASentenceTakesNoSecondStop() {
    assertEquals(
        "Not quite; the answer is SELECT AVG(salary) FROM employees;",
        Placement.notQuite("SELECT AVG(salary) FROM employees;"));
    assertEquals(
        "Not quite; the answer is git merge --abort.", Placement.notQuite("git merge --abort"));
    assertEquals("Not quite; the answer is 42.", Placement.notQuite("42\n"));
  }

  /** A query of several lines comes under the words, as written, not run into the sentence. */
  @Test
  void anAnswerOfSeveralLinesComesUnderTheWords() {
    assertEquals(
        "Not quite; the answer is:\nSELECT name\n  FROM products;",
        Placement.notQuite("SELECT name\n  FROM products;\n"));
  }
}
