package tutor.pack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version (major.minor.patch with optional pre-release); build metadata is ignored. */
public record Semver(int major, int minor, int patch, String preRelease)
    implements Comparable<Semver> {
  private static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");

  public static Optional<Semver> parse(String s) {
    Matcher m = SEMVER.matcher(s == null ? "" : s.strip());
    if (!m.matches()) return Optional.empty();
    return Optional.of(
        new Semver(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            m.group(4) == null ? "" : m.group(4)));
  }

  @Override
  public int compareTo(Semver o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) c = Integer.compare(minor, o.minor);
    if (c == 0) c = Integer.compare(patch, o.patch);
    if (c != 0) return c;
    // A release ranks above its pre-releases; pre-releases compare as text (good enough for packs).
    if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
      return Boolean.compare(preRelease.isEmpty(), o.preRelease.isEmpty());
    }
    return preRelease.compareTo(o.preRelease);
  }
}
