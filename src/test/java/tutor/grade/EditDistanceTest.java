package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void identicalStringsAreZeroApart() {
    assertEquals(0, EditDistance.between("title", "title"));
  }

  @Test
  void distanceFromEmptyIsTheLength() {
    assertEquals(5, EditDistance.between("", "title"));
  }

  @Test
  void distanceToEmptyIsTheLength() {
    assertEquals(5, EditDistance.between("title", ""));
  }

  @Test
  void kittenToSittingIsThree() {
    assertEquals(3, EditDistance.between("kitten", "sitting"));
  }

  @Test
  void aTranspositionCountsAsTwo() {
    assertEquals(2, EditDistance.between("titel", "title"));
  }

  @Test
  void distanceIsSymmetric() {
    assertEquals(EditDistance.between("flaw", "lawn"), EditDistance.between("lawn", "flaw"));
  }

  @Test
  void aCharacterOutsideTheBasicPlaneCountsAsOne() {
    assertEquals(1, EditDistance.between("a\uD83D\uDE00b", "ab"));
  }

  @Test
  void replacingOneCharacterOutsideTheBasicPlaneWithAnotherCountsAsOne() {
    assertEquals(1, EditDistance.between("\uD835\uDC00", "\uD83D\uDE00"));
  }
}
