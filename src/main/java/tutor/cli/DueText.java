package tutor.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tutor.session.Durations;
import tutor.session.EnglishDates;
import tutor.store.DueItem;

/**
 * {@code tutor due} in words: what is due now (each by its prompt, cut to the width) with the time
 * it takes, when the next one comes, and the days ahead. The counting is DueCommand's; the rule
 * that keeps the two parts in agreement is that today's row counts what is due now too.
 */
final class DueText {
  private DueText() {}

  /**
   * @param dueNow how many are due now (more than {@code listed} may show)
   * @param perDay due per study day, today first; today's count includes the {@code dueNow}
   * @param prompt an item's prompt (its exercise id when it has none)
   */
  static void print(
      PrintWriter out,
      int width,
      Instant now,
      int dueNow,
      List<DueItem> listed,
      Optional<Instant> next,
      Map<LocalDate, Integer> perDay,
      LocalDate today,
      double secondsEach,
      Function<DueItem, String> prompt) {
    if (dueNow == 0) {
      out.println(
          next.map(n -> "Nothing is due now; the next review is " + in(now, n) + ".")
              .orElse("Nothing is due now."));
    } else {
      out.println(dueNow + " due now (about " + minutes(dueNow * secondsEach) + "):");
      int packWidth = listed.stream().mapToInt(i -> i.card().packId().length()).max().orElse(0);
      int skillWidth =
          width >= 70
              ? Math.min(24, listed.stream().mapToInt(i -> title(i).length()).max().orElse(0))
              : 0;
      Map<DueItem, String> prompts = new java.util.IdentityHashMap<>();
      listed.forEach(i -> prompts.put(i, prompt.apply(i))); // each exercise read once
      int room = width - 1 - 2 - packWidth - 2 - (skillWidth > 0 ? skillWidth + 2 : 0);
      int promptWidth =
          Math.min(
              room,
              listed.stream()
                  .mapToInt(i -> shorten(prompts.get(i), room).length())
                  .max()
                  .orElse(0));
      for (DueItem i : listed) {
        String line =
            "  "
                + pad(i.card().packId(), packWidth)
                + "  "
                + pad(shorten(prompts.get(i), promptWidth), promptWidth)
                + (skillWidth > 0 ? "  " + shorten(title(i), skillWidth) : "");
        out.println(line.stripTrailing());
      }
      if (dueNow > listed.size()) out.println("  ... and " + (dueNow - listed.size()) + " more");
      next.ifPresent(n -> out.println("After these, the next review is " + in(now, n) + "."));
    }
    for (String line : TextRows.wrap("Due each day (today includes what is due now):", width))
      out.println(line);
    perDay.forEach(
        (d, n) ->
            out.printf(
                "  %-10s %-10s %3d%n",
                d.equals(today) ? "today" : d.equals(today.plusDays(1)) ? "tomorrow" : "",
                EnglishDates.shortDate(d),
                n));
    out.println("Study with: tutor study");
  }

  private static String title(DueItem i) {
    return i.skillTitle() == null ? "" : i.skillTitle();
  }

  /** "in 3 hours"; under a minute is not "now" (it is not due yet). */
  static String in(Instant now, Instant next) {
    Duration d = Duration.between(now, next);
    return d.toSeconds() < 60 ? "in under a minute" : Durations.in(d);
  }

  /** "about 4 minutes" for a time in seconds; at least a minute. */
  static String minutes(double seconds) {
    long m = Math.max(1, Math.round(seconds / 60));
    if (m < 90) return m + (m == 1 ? " minute" : " minutes");
    return String.format(java.util.Locale.ROOT, "%.1f hours", m / 60.0).replace(".0 ", " ");
  }

  /**
   * One line of text: whitespace collapsed, cut at a word with "..." when longer than {@code
   * width}.
   */
  static String shorten(String text, int width) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= width) return flat;
    if (width <= 3) return flat.substring(0, Math.max(0, width));
    int cut = flat.lastIndexOf(' ', width - 3);
    if (cut < width / 2)
      cut = width - 3; // one long word: cut inside it rather than show almost nothing
    // A cut just after a sentence's own period read "projects....": the ellipsis replaces it.
    return flat.substring(0, cut).stripTrailing().replaceAll("[.,;:]+$", "") + "...";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
