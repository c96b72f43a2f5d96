package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * What a session says around the exercises (issue 20's friction): locked skills, breaks,
 * flashcards.
 */
class SessionWordsTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    cli = new Cli(dir.resolve("tutor.db"));
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
  }

  @Test
  void aLockedSkillChosenWithSkillSaysWhatItNeedsAndGoesAhead() {
    Cli.Result r = cli.input("\n", "study", "--skill", "more", "--limit", "1", NOW);
    String flat = r.out().replace('\n', ' ');
    assertTrue(
        flat.contains(
            "Building on the basics is still locked: it builds on The basics, not learned yet."),
        r.out());
    assertTrue(r.out().contains("Exercise 1 of 1"), "and the session goes ahead:\n" + r.out());
  }

  /**
   * A locked skill studied by choice stays locked (docs/mastery.md): its prerequisite is still not
   * known. After one answer the session said "Unlocked" and "locked -> learning (unlocked)", and
   * the pack list "learning", as if practice had opened it; only practice while what it requires is
   * known keeps a skill open.
   */
  @Test
  void aLockedSkillPractisedByChoiceIsStillLocked() {
    Cli.Result first = cli.input("\n3\n", "study", "--skill", "more", "--limit", "1", NOW);
    assertTrue(first.out().contains("Exercise 1 of 1"), first.out());
    assertTrue(!first.out().contains("Unlocked"), first.out());
    assertTrue(!first.out().contains("(unlocked)"), first.out());
    Cli.Result again =
        cli.input(
            "\n3\n", "study", "--skill", "more", "--limit", "1", "--now=2026-03-03T09:00:00Z");
    assertTrue(again.out().contains("Exercise 1 of 1"), again.out());
    assertTrue(
        again.out().replace('\n', ' ').contains("Building on the basics is still locked"),
        again.out());
    Cli.Result list = cli.run("pack", "list", "--now=2026-03-03T09:00:00Z");
    assertTrue(
        list.out().lines().anyMatch(l -> l.strip().matches("locked\\s+more\\b.*needs basics")),
        list.out());
  }

  @Test
  void aRatingTypedBeforeAFlashcardsAnswerIsNotTakenSilently() {
    // The flashcard is the skill's easiest exercise: it comes first. "3" is typed at "Press Enter".
    Cli.Result r = cli.input("3\n3\n", "study", "--skill", "more", "--limit", "1", NOW);
    assertTrue(r.out().contains("Answer: Water"), r.out());
    assertTrue(
        r.out()
            .contains(
                "You typed '3' before seeing the answer; rate your recall now that you have."),
        r.out());
    assertTrue(r.out().contains("Rated Good."), r.out());
  }

  @Test
  void aWordTypedBeforeAFlashcardsAnswerIsAcknowledgedAsARatingIs() {
    // An answer tried at "Press Enter to see the answer": said back the same way as "3" is.
    Cli.Result r = cli.input("lss\n3\n", "study", "--skill", "more", "--limit", "1", NOW);
    assertTrue(r.out().contains("Answer: Water"), r.out());
    assertTrue(
        r.out()
            .replace('\n', ' ')
            .contains(
                "You typed 'lss' before seeing the answer; rate your recall now that you have."),
        r.out());
    assertTrue(r.out().contains("Rated Good."), r.out());
  }

  @Test
  void aBreakIsWelcomedWhateverTheBacklog() {
    cli.input("Paris\n5\n1\n", "study", "--skill", "basics", "--limit", "3", NOW);
    cli.input(
        "Paris\n5\n1\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "3",
        "--now=2026-03-02T09:30:00Z");
    Cli.Result back = cli.input(":quit\n", "study", "--now=2026-03-09T09:00:00Z");
    assertTrue(back.out().contains("Welcome back after 6 days."), back.out());
  }

  @Test
  void aBreakFromOnePackIsCalledABreakFromThatPack() {
    cli.input("Paris\n5\n1\n", "study", "--skill", "basics", "--limit", "3", NOW);
    cli.input(
        "Paris\n5\n1\n",
        "study",
        "--skill",
        "basics",
        "--limit",
        "3",
        "--now=2026-03-02T09:30:00Z");
    // The learner may have studied another pack yesterday: the break is this pack's.
    Cli.Result back = cli.input(":quit\n", "study", "--pack", "demo", "--now=2026-03-09T09:00:00Z");
    assertTrue(back.out().contains("Welcome back to Demo pack after 6 days."), back.out());
  }
}
