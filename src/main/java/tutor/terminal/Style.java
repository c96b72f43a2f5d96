package tutor.terminal;

/**
 * Colour and symbols, or none of them: plain output (piped, NO_COLOR, --plain) is words only, so it
 * reads well in a log and to a screen reader.
 */
public record Style(boolean color, boolean symbols) {
  public static final Style PLAIN = new Style(false, false);

  private String sgr(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  public String bold(String s) {
    return sgr("1", s);
  }

  public String dim(String s) {
    return sgr("2", s);
  }

  public String green(String s) {
    return sgr("32", s);
  }

  public String red(String s) {
    return sgr("31", s);
  }

  public String yellow(String s) {
    return sgr("33", s);
  }

  public String blue(String s) {
    return sgr("34", s);
  }

  public String cyan(String s) {
    return sgr("36", s);
  }

  public String ok() {
    return symbols ? "✓" : "";
  }

  public String wrong() {
    return symbols ? "✗" : "";
  }
}
