package tutor.session;

/** Text cut to one line of a given width, for naming an exercise by its prompt. */
public final class ShortText {
  private ShortText() {}

  private static final java.util.regex.Pattern CODE_SPAN =
      java.util.regex.Pattern.compile("(?<!`)(`+)(?!`)(.+?)(?<!`)\\1(?!`)");

  /**
   * One line of text: whitespace collapsed, cut at a word with "..." when longer than {@code
   * width}.
   */
  public static String shorten(String text, int width) {
    // A pack's `code` without its backticks: cut inside a span, one was left open ("You run
    // `echo...", week6); a line naming an exercise does not need them.
    String flat = CODE_SPAN.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("$2");
    if (flat.length() <= width) return flat;
    if (width <= 3) return flat.substring(0, Math.max(0, width));
    int cut = flat.lastIndexOf(' ', width - 3);
    if (cut < width / 2)
      cut = width - 3; // one long word: cut inside it rather than show almost nothing
    // A cut just after a sentence's own period read "projects....": the ellipsis replaces it.
    return flat.substring(0, cut).stripTrailing().replaceAll("[.,;:]+$", "") + "...";
  }
}
