package tutor.packfile;

final class YNodes {
  private YNodes() {}

  /** A number as an author would write it: 7, not 7.0. */
  static String show(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
