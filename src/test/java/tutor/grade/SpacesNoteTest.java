package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spaces the screen would close up are said in words (a regex exercise's strings, round 8). */
class SpacesNoteTest {
  @Test
  void aStringOfSpacesSaysHowMany() {
    assertEquals(" (the empty string)", SpacesNote.of(""));
    assertEquals(" (one space)", SpacesNote.of(" "));
    assertEquals(" (4 spaces)", SpacesNote.of("    "));
  }

  @Test
  void runsOfSpacesAreNamedByWhereTheyStand() {
    assertEquals(" (2 spaces after WARN)", SpacesNote.of("09:14:07 WARN  disk 91% full"));
    assertEquals(" (2 spaces at the start)", SpacesNote.of("  # indented"));
    assertEquals(" (2 spaces at the start, 2 spaces at the end)", SpacesNote.of("  text  "));
  }

  @Test
  void singleSpacesBetweenWordsNeedNoNote() {
    assertEquals("", SpacesNote.of("the cat sat"));
    assertEquals("", SpacesNote.of(" -"));
    assertEquals("", SpacesNote.of("x"));
  }
}
