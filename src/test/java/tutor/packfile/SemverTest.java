package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tutor.pack.Semver;

class SemverTest {
  private static Semver v(String s) {
    return Semver.parse(s).orElseThrow();
  }

  @Test
  void parsesMajorMinorPatch() {
    assertEquals(new Semver(1, 2, 3, ""), v("1.2.3"));
  }

  @Test
  void parsesAPreRelease() {
    assertEquals(new Semver(1, 0, 0, "beta.2"), v("1.0.0-beta.2"));
  }

  @Test
  void ignoresBuildMetadata() {
    assertEquals(new Semver(1, 0, 0, ""), v("1.0.0+build.7"));
  }

  @Test
  void ignoresSurroundingSpaces() {
    assertEquals(new Semver(2, 0, 1, ""), v(" 2.0.1 "));
  }

  @Test
  void refusesTwoParts() {
    assertEquals(Optional.empty(), Semver.parse("1.2"));
  }

  @Test
  void refusesALeadingV() {
    assertEquals(Optional.empty(), Semver.parse("v1.2.3"));
  }

  @Test
  void refusesLeadingZeros() {
    assertEquals(Optional.empty(), Semver.parse("01.2.3"));
  }

  @Test
  void refusesNull() {
    assertEquals(Optional.empty(), Semver.parse(null));
  }

  @Test
  void refusesANumberTooLargeForAnInt() {
    assertEquals(Optional.empty(), Semver.parse("99999999999.0.0"));
  }

  @Test
  void comparesMajorFirst() {
    assertTrue(v("2.0.0").compareTo(v("1.9.9")) > 0);
  }

  @Test
  void comparesMinorNumerically() {
    assertTrue(v("1.10.0").compareTo(v("1.9.0")) > 0);
  }

  @Test
  void comparesPatchNumerically() {
    assertTrue(v("1.0.10").compareTo(v("1.0.2")) > 0);
  }

  @Test
  void preReleaseRanksBelowItsRelease() {
    assertTrue(v("1.0.0-rc.1").compareTo(v("1.0.0")) < 0);
  }

  @Test
  void releaseRanksAboveItsPreRelease() {
    assertTrue(v("1.0.0").compareTo(v("1.0.0-alpha")) > 0);
  }

  @Test
  void preReleaseRanksAboveThePreviousRelease() {
    assertTrue(v("1.1.0-alpha").compareTo(v("1.0.9")) > 0);
  }

  @Test
  void alphaRanksBelowBeta() {
    assertTrue(v("1.0.0-alpha").compareTo(v("1.0.0-beta")) < 0);
  }

  @Test
  void equalVersionsCompareEqual() {
    assertEquals(0, v("1.2.3").compareTo(v("1.2.3+other")));
  }
}
