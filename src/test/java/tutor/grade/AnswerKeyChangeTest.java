package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

class AnswerKeyChangeTest {
  private static final Normalization STRICT = new Normalization(true, true, true, true);

  private static void keeps(Exercise.Body before, Exercise.Body after) {
    assertEquals(Optional.empty(), Kind.resetReason(before, after));
  }

  private static String resets(Exercise.Body before, Exercise.Body after) {
    Optional<String> why = Kind.resetReason(before, after);
    assertTrue(why.isPresent(), "expected a reset");
    return why.get();
  }

  @Test
  void reorderingShuffledOptionsKeepsProgress() {
    keeps(
        new Exercise.Choice(List.of("Paris", "Lyon", "Nice"), List.of(0), true),
        new Exercise.Choice(List.of("Nice", "Lyon", "Paris"), List.of(2), true));
  }

  @Test
  void aNewDistractorKeepsProgress() {
    keeps(
        new Exercise.Choice(List.of("Paris", "Lyon"), List.of(0), true),
        new Exercise.Choice(List.of("Paris", "Lyon", "Marseille"), List.of(0), true));
  }

  @Test
  void anotherCorrectOptionResets() {
    assertEquals(
        "the correct options changed",
        resets(
            new Exercise.Choice(List.of("Paris", "Lyon", "Nice"), List.of(0), true),
            new Exercise.Choice(List.of("Paris", "Lyon", "Nice"), List.of(1), true)));
    resets(
        new Exercise.Choice(List.of("a", "b", "c"), List.of(0), false),
        new Exercise.Choice(List.of("a", "b", "c"), List.of(0, 1), false));
  }

  @Test
  void aTypoFixedInAFlashcardBackKeepsProgress() {
    keeps(new Exercise.Flashcard("Pariss"), new Exercise.Flashcard("Paris"));
    keeps(
        new Exercise.Flashcard("the mitochondrion"), new Exercise.Flashcard("The mitochondrion."));
    keeps(new Exercise.Flashcard("photosyntesis"), new Exercise.Flashcard("photosynthesis"));
  }

  @Test
  void aNewFlashcardBackResets() {
    resets(new Exercise.Flashcard("Paris"), new Exercise.Flashcard("Lyon"));
    resets(new Exercise.Flashcard("cat"), new Exercise.Flashcard("bat")); // too short to be a typo
    resets(
        new Exercise.Flashcard("born in 1990"),
        new Exercise.Flashcard("born in 1991")); // a digit is never a typo
  }

  @Test
  void anAddedAlternativeKeepsProgress() {
    keeps(
        new Exercise.Text(List.of("colour"), null, Normalization.DEFAULT),
        new Exercise.Text(List.of("colour", "color"), null, Normalization.DEFAULT));
    keeps(
        new Exercise.Text(List.of("colour"), null, Normalization.DEFAULT),
        new Exercise.Text(List.of("colour"), "colou?r", Normalization.DEFAULT));
  }

  @Test
  void switchingAGradingFlagKeepsProgress() {
    keeps(
        new Exercise.Text(List.of("Paris"), null, Normalization.DEFAULT),
        new Exercise.Text(List.of("Paris"), null, STRICT));
    keeps(
        new Exercise.Text(List.of("Paris"), null, STRICT),
        new Exercise.Text(List.of("Paris"), null, Normalization.DEFAULT));
    keeps(
        new Exercise.Text(List.of("ls -la"), null, Normalization.DEFAULT),
        new Exercise.Text(
            List.of("ls -la"), null, STRICT, new tutor.pack.CommandTable(java.util.Map.of())));
  }

  @Test
  void aRemovedAnswerResetsUnlessTheNewPatternStillAcceptsIt() {
    assertEquals(
        "the answer 'color' is no longer accepted",
        resets(
            new Exercise.Text(List.of("colour", "color"), null, Normalization.DEFAULT),
            new Exercise.Text(List.of("colour"), null, Normalization.DEFAULT)));
    keeps(
        new Exercise.Text(List.of("colour", "color"), null, Normalization.DEFAULT),
        new Exercise.Text(List.of("colour"), "colou?r", Normalization.DEFAULT));
  }

  @Test
  void aChangedOrRemovedPatternResets() {
    resets(
        new Exercise.Text(List.of("ls"), "ls( -l)?", Normalization.DEFAULT),
        new Exercise.Text(List.of("ls"), "ls", Normalization.DEFAULT));
    resets(
        new Exercise.Text(List.of("ls"), "ls( -l)?", Normalization.DEFAULT),
        new Exercise.Text(List.of("ls"), null, Normalization.DEFAULT));
  }

  @Test
  void aTypeChangeResets() {
    assertEquals(
        "type changed from flashcard to text",
        resets(
            new Exercise.Flashcard("Paris"),
            new Exercise.Text(List.of("Paris"), null, Normalization.DEFAULT)));
  }

  @Test
  void clozeGapsKeepProgressWhenAlternativesAreAddedAndResetWhenOneIsRemoved() {
    var before =
        new Exercise.Cloze(
            "The {{cat}} sat", List.of(new Gap(List.of("cat"))), Normalization.DEFAULT);
    keeps(
        before,
        new Exercise.Cloze(
            "A {{cat|kitten}} sat down",
            List.of(new Gap(List.of("cat", "kitten"))),
            Normalization.DEFAULT));
    resets(
        before,
        new Exercise.Cloze(
            "The {{dog}} sat", List.of(new Gap(List.of("dog"))), Normalization.DEFAULT));
    resets(
        before,
        new Exercise.Cloze(
            "The {{cat}} {{sat}}",
            List.of(new Gap(List.of("cat")), new Gap(List.of("sat"))),
            Normalization.DEFAULT));
  }

  @Test
  void aNumberKeepsProgressWhileTheOldRangeStaysAccepted() {
    keeps(new Exercise.Numeric(5, 0, false, ""), new Exercise.Numeric(5, 0.5, false, ""));
    resets(new Exercise.Numeric(5, 0.5, false, ""), new Exercise.Numeric(5, 0, false, ""));
    resets(new Exercise.Numeric(5, 0, false, ""), new Exercise.Numeric(6, 0, false, ""));
    resets(new Exercise.Numeric(5, 0, false, "km"), new Exercise.Numeric(5, 0, false, "m"));
  }

  @Test
  void orderResetsOnlyWhenTheItemsOrTheirOrderChange() {
    keeps(new Exercise.Order(List.of("a", "b")), new Exercise.Order(List.of("A", "b.")));
    resets(new Exercise.Order(List.of("a", "b")), new Exercise.Order(List.of("b", "a")));
  }

  @Test
  void aVariantOfTheDataAddedResetsOneRemovedKeeps() {
    tutor.pack.Fixture shop =
        new tutor.pack.Fixture("shop", "fixtures/shop.sql", "CREATE TABLE t(x);");
    Exercise.Sql plain =
        new Exercise.Sql(shop, "DELETE FROM t WHERE x < 3", true, null, false, false, 0);
    Exercise.Sql varied =
        new Exercise.Sql(
            shop,
            "DELETE FROM t WHERE x < 3",
            true,
            null,
            false,
            false,
            0,
            List.of("INSERT INTO t VALUES (2)"));
    assertEquals("graded on more variants of the data", resets(plain, varied));
    keeps(varied, plain);
    keeps(varied, varied);
  }
}
