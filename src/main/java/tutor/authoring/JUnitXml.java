package tutor.authoring;

import java.util.List;
import java.util.Locale;

/**
 * The results of {@code tutor pack test} as JUnit XML, the report format CI systems read: one test
 * suite for the pack, one test case per example, classname {@code pack.exercise}.
 */
public final class JUnitXml {
  private JUnitXml() {}

  public static String of(String packId, List<ExampleResult> results) {
    long failures = results.stream().filter(r -> !r.passed()).count();
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append(
        String.format(
            Locale.ROOT,
            "<testsuites name=\"tutor pack test\" tests=\"%d\" failures=\"%d\">%n",
            results.size(),
            failures));
    sb.append(
        String.format(
            Locale.ROOT,
            "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\">%n",
            attr(packId),
            results.size(),
            failures));
    for (ExampleResult r : results) {
      sb.append("    <testcase classname=\"")
          .append(attr(packId + "." + r.exerciseId()))
          .append("\" name=\"")
          .append(attr(r.name()))
          .append("\" file=\"")
          .append(attr(r.at().file().toString()))
          .append("\" line=\"")
          .append(r.at().line())
          .append('"');
      if (r.passed()) {
        sb.append("/>\n");
      } else {
        sb.append(">\n      <failure message=\"")
            .append(attr(r.problem()))
            .append("\" type=\"example\">")
            .append(
                text(
                    r.at()
                        + ": exercise '"
                        + r.exerciseId()
                        + "': "
                        + r.name()
                        + " "
                        + r.problem()))
            .append("</failure>\n    </testcase>\n");
      }
    }
    sb.append("  </testsuite>\n</testsuites>\n");
    return sb.toString();
  }

  private static String attr(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
  }

  /** Escapes markup and drops characters XML 1.0 cannot hold at all. */
  private static String text(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                  boolean allowed =
                      c == 0x9
                          || c == 0xA
                          || c == 0xD
                          || (c >= 0x20 && c <= 0xD7FF)
                          || (c >= 0xE000 && c <= 0xFFFD)
                          || c >= 0x10000;
                  if (allowed) sb.appendCodePoint(c);
                }
              }
            });
    return sb.toString();
  }
}
