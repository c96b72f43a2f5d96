package tutor.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What counts as the same result. */
class ResultComparisonTest {
  static Relation rel(List<String> columns, Object[]... rows) {
    return new Relation("", columns, Arrays.stream(rows).map(Arrays::asList).toList());
  }

  static final Relation EXPECTED =
      rel(
          List.of("name", "city"),
          new Object[] {"Anna", "Berlin"},
          new Object[] {"Cem", "Berlin"},
          new Object[] {"Dora", null});

  static Optional<ResultComparison.Difference> cmp(
      Relation want, Relation got, boolean ordered, boolean columns) {
    return ResultComparison.compare(
        want, got, new ResultComparison.Options(ordered, columns, 1e-6));
  }

  @Test
  void rowsAreAMultisetUnlessOrderMatters() {
    Relation shuffled =
        rel(
            List.of("name", "city"),
            new Object[] {"Dora", null},
            new Object[] {"Anna", "Berlin"},
            new Object[] {"Cem", "Berlin"});
    assertTrue(cmp(EXPECTED, shuffled, false, false).isEmpty());
    ResultComparison.Difference d = cmp(EXPECTED, shuffled, true, false).orElseThrow();
    assertEquals(
        "The rows are right but not in the order asked for: row 1 should be ('Anna', 'Berlin'), yours is"
            + " ('Dora', NULL).",
        d.summary());
    assertFalse(d.rowsWrong());
  }

  @Test
  void aDuplicateRowCountsTwice() {
    Relation twice =
        rel(
            List.of("name", "city"),
            new Object[] {"Anna", "Berlin"},
            new Object[] {"Anna", "Berlin"},
            new Object[] {"Cem", "Berlin"},
            new Object[] {"Dora", null});
    ResultComparison.Difference d = cmp(EXPECTED, twice, false, false).orElseThrow();
    assertEquals(List.of(List.of("Anna", "Berlin")), d.extra());
    assertTrue(d.missing().isEmpty());
    assertEquals(
        "Your result has 4 rows; the expected result has 3: 1 row not expected.", d.summary());
  }

  @Test
  void columnsMayComeInAnyOrderAndNameUnlessTheExerciseSays() {
    Relation swapped =
        rel(
            List.of("town", "customer"),
            new Object[] {"Berlin", "Cem"},
            new Object[] {null, "Dora"},
            new Object[] {"Berlin", "Anna"});
    assertTrue(cmp(EXPECTED, swapped, false, false).isEmpty());
    assertTrue(cmp(EXPECTED, swapped, true, false).isPresent(), "order still matters when asked");
    ResultComparison.Difference d = cmp(EXPECTED, swapped, false, true).orElseThrow();
    assertEquals(
        "The columns must be (name, city) in that order; yours are (town, customer).", d.summary());
    Relation sameNames =
        rel(
            List.of("NAME", "City"),
            new Object[] {"Anna", "Berlin"},
            new Object[] {"Cem", "Berlin"},
            new Object[] {"Dora", null});
    assertTrue(cmp(EXPECTED, sameNames, false, true).isEmpty(), "names ignore case");
  }

  @Test
  void wrongRowsAreReportedInTheExpectedColumnOrder() {
    Relation got =
        rel(
            List.of("city", "name"),
            new Object[] {"Berlin", "Anna"},
            new Object[] {"Hamburg", "Ben"},
            new Object[] {null, "Dora"});
    ResultComparison.Difference d = cmp(EXPECTED, got, false, false).orElseThrow();
    assertEquals(List.of(List.of("Cem", "Berlin")), d.missing());
    assertEquals(List.of(List.of("Ben", "Hamburg")), d.extra());
    assertEquals(
        "Your result has 3 rows, as expected, but not the same ones: 1 row missing, 1 row not expected.",
        d.summary());
  }

  @Test
  void aDifferentNumberOfColumnsIsSaidWithTheirNames() {
    Relation one =
        rel(List.of("name"), new Object[] {"Anna"}, new Object[] {"Cem"}, new Object[] {"Dora"});
    assertEquals(
        "Your result has 1 column (name); the expected result has 2 (name, city).",
        cmp(EXPECTED, one, false, false).orElseThrow().summary());
  }

  @Test
  void numbersAreEqualWithinTheToleranceAndIntegersEqualReals() {
    Relation want =
        rel(List.of("n"), new Object[] {1L}, new Object[] {2.5}, new Object[] {1.0 / 3});
    Relation got =
        rel(
            List.of("n"),
            new Object[] {1.0},
            new Object[] {2.5000000001},
            new Object[] {0.3333333});
    assertTrue(cmp(want, got, false, false).isEmpty());
    Relation off =
        rel(List.of("n"), new Object[] {1.0}, new Object[] {2.51}, new Object[] {0.3333333});
    assertTrue(cmp(want, off, false, false).isPresent());
    assertTrue(
        ResultComparison.sameValue(0.1 + 0.2, 0.3, 0), "a hair of rounding is always forgiven");
    assertFalse(ResultComparison.sameValue(1L, "01", 0), "text is not a number");
    assertFalse(ResultComparison.sameValue(1L, "one", 0), "text is not a number");
  }

  @Test
  void nullEqualsNullAndNothingElse() {
    assertTrue(ResultComparison.sameValue(null, null, 0));
    assertFalse(ResultComparison.sameValue(null, 0L, 0));
    assertFalse(ResultComparison.sameValue("", null, 0));
  }

  @Test
  void anEmptyResultAgainstRows() {
    Relation none = rel(List.of("name", "city"));
    ResultComparison.Difference d = cmp(EXPECTED, none, false, false).orElseThrow();
    assertEquals(3, d.missing().size());
    assertEquals("Your result has 0 rows; the expected result has 3: 3 rows missing.", d.summary());
  }

  @Test
  void aNumberWrittenAsTextEqualsThatNumber() {
    // COALESCE(commission_pct, '0'): SQLite shows '0' and 0 alike, so a learner cannot see a
    // difference.
    Relation want =
        rel(List.of("name", "pct"), new Object[] {"Maria", 0L}, new Object[] {"Sofia", 2L});
    Relation got =
        rel(List.of("pct", "name"), new Object[] {"0", "Maria"}, new Object[] {2L, "Sofia"});
    assertTrue(cmp(want, got, false, false).isEmpty());
    assertTrue(ResultComparison.sameValue("2.5", 2.5, 0));
    assertTrue(ResultComparison.sameValue(-3L, "-3", 0));
    for (String notThatNumber : List.of("007", "7.", "1e3", " 7", "+7", "7 "))
      assertFalse(ResultComparison.sameValue(notThatNumber, 7L, 0), notThatNumber);
    assertFalse(ResultComparison.sameValue("07", 7L, 0), "a month is text");
    assertFalse(ResultComparison.sameValue("8", 7L, 0));
  }
}
