package tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tutor.report.ItemAnalysis;

/** {@code tutor report items} as a table, CSV and JSON. */
final class ItemsReportOutput {
  private static final int ID_WIDTH = 24;

  private ItemsReportOutput() {}

  static List<String> text(ItemAnalysis a, List<ItemAnalysis.ItemStats> items) {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "Item analysis of %s %s: %,d learners, %,d answers",
            a.pack().id(),
            a.pack().version(),
            a.learners(),
            a.answers()));
    out.add("");
    out.add(
        String.format(
            Locale.ROOT,
            "%-" + ID_WIDTH + "s %-9s %8s %8s %7s %7s %6s %6s  %s",
            "exercise",
            "type",
            "attempts",
            "learners",
            "right",
            "mean s",
            "discr",
            "hints",
            "most given wrong answer"));
    for (ItemAnalysis.ItemStats s : items) {
      String wrong =
          s.wrongAnswers().isEmpty()
              ? ""
              : "'"
                  + cut(s.wrongAnswers().get(0).answer(), 30)
                  + "' ("
                  + s.wrongAnswers().get(0).count()
                  + ")";
      out.add(
          String.format(
                  Locale.ROOT,
                  "%-" + ID_WIDTH + "s %-9s %8d %8d %7s %7s %6s %6d  %s%s",
                  cut(s.exercise(), ID_WIDTH),
                  s.type().yamlName(),
                  s.attempts(),
                  s.learners(),
                  s.attempts() == 0 ? "-" : Math.round(100 * s.successRate()) + "%",
                  s.meanResponseSeconds() == null
                      ? "-"
                      : String.format(Locale.ROOT, "%.1f", s.meanResponseSeconds()),
                  s.discrimination() == null
                      ? "-"
                      : String.format(Locale.ROOT, "%.2f", s.discrimination()),
                  s.hintsUsed(),
                  wrong,
                  s.flags().isEmpty() ? "" : "  FLAGGED")
              .stripTrailing());
    }
    List<ItemAnalysis.ItemStats> leeches =
        items.stream()
            .filter(s -> s.leeches() > 0)
            .sorted(java.util.Comparator.comparingInt(ItemAnalysis.ItemStats::leeches).reversed())
            .toList();
    out.add("");
    out.add(
        leeches.isEmpty()
            ? "No leeches (exercises learners forget again and again)."
            : "Leeches (forgotten again and again after being learned; learners: their leech-threshold, 8 by default):");
    for (ItemAnalysis.ItemStats s : leeches) {
      out.add(
          "  "
              + s.exercise()
              + " ("
              + s.skill()
              + "): a leech for "
              + s.leeches()
              + (s.leeches() == 1 ? " learner" : " learners"));
    }
    List<ItemAnalysis.ItemStats> flagged =
        items.stream().filter(s -> !s.flags().isEmpty()).toList();
    out.add("");
    out.add(
        flagged.isEmpty()
            ? "No item looks broken."
            : flagged.size() + (flagged.size() == 1 ? " item looks" : " items look") + " broken:");
    for (ItemAnalysis.ItemStats s : flagged) {
      out.add("  " + s.exercise() + " (" + s.skill() + ", key: " + cut(s.key(), 40) + ")");
      for (String f : s.flags()) out.add("    - " + f);
    }
    out.addAll(disputedText(items));
    if (!items.isEmpty()) {
      out.add("");
      out.add(
          "discr: share right (first answers) in the upper 27% of learners by mastery of the skill minus the lower 27%;"
              + " - when fewer than "
              + ItemAnalysis.MIN_LEARNERS
              + " learners answered.");
    }
    return out;
  }

  /**
   * The answers learners disputed (counted as right after the key rejected them), per exercise:
   * what an author reads to extend the key. Empty when there are none.
   */
  static List<String> disputedText(List<ItemAnalysis.ItemStats> items) {
    List<ItemAnalysis.ItemStats> with =
        items.stream().filter(s -> !s.disputed().isEmpty()).toList();
    List<String> out = new ArrayList<>();
    if (with.isEmpty()) return out;
    out.add("");
    out.add(
        "Disputed answers (rejected by the key, counted as right by the learner: extend the key?):");
    for (ItemAnalysis.ItemStats s : with) {
      out.add("  " + s.exercise() + " (key: " + cut(s.key(), 40) + ")");
      for (ItemAnalysis.WrongAnswer d : s.disputed()) {
        out.add(
            "    "
                + d.count()
                + (d.count() == 1 ? " time:  " : " times: ")
                + "'"
                + d.answer()
                + "'");
      }
    }
    return out;
  }

  static void disputedJson(ObjectNode o, ItemAnalysis.ItemStats s) {
    ArrayNode disputed = o.putArray("disputed_answers");
    for (ItemAnalysis.WrongAnswer d : s.disputed())
      disputed.addObject().put("answer", d.answer()).put("count", d.count());
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  static List<String> csv(List<ItemAnalysis.ItemStats> items) {
    List<String> out = new ArrayList<>();
    out.add(
        ReportCommand.csv(
            List.of(
                "pack",
                "exercise",
                "skill",
                "type",
                "key",
                "attempts",
                "learners",
                "correct",
                "success_rate",
                "mean_response_seconds",
                "discrimination",
                "hints_used",
                "top_wrong_answer",
                "top_wrong_count",
                "flags",
                "answers_shown",
                "disputed",
                "disputed_answers",
                "leeches")));
    for (ItemAnalysis.ItemStats s : items) {
      List<Object> v = new ArrayList<>();
      v.add(s.packId());
      v.add(s.exercise());
      v.add(s.skill());
      v.add(s.type().yamlName());
      v.add(s.key());
      v.add(s.attempts());
      v.add(s.learners());
      v.add(s.correct());
      v.add(s.attempts() == 0 ? null : s.successRate());
      v.add(s.meanResponseSeconds());
      v.add(s.discrimination());
      v.add(s.hintsUsed());
      v.add(s.wrongAnswers().isEmpty() ? null : s.wrongAnswers().get(0).answer());
      v.add(s.wrongAnswers().isEmpty() ? null : s.wrongAnswers().get(0).count());
      v.add(String.join("; ", s.flags()));
      v.add(s.shown());
      v.add(s.disputedCount());
      v.add(
          String.join(
              "; ", s.disputed().stream().map(d -> d.answer() + " (" + d.count() + ")").toList()));
      v.add(s.leeches());
      out.add(ReportCommand.csv(v));
    }
    return out;
  }

  static String json(ItemAnalysis a, List<ItemAnalysis.ItemStats> items)
      throws JsonProcessingException {
    ObjectMapper m = ReportCommand.mapper();
    ObjectNode root =
        m.createObjectNode()
            .put("pack", a.pack().id())
            .put("version", a.pack().version())
            .put("learners", a.learners())
            .put("answers", a.answers());
    root.putArray("leeches")
        .addAll(
            items.stream()
                .filter(s -> s.leeches() > 0)
                .sorted(
                    java.util.Comparator.comparingInt(ItemAnalysis.ItemStats::leeches).reversed())
                .map(
                    s ->
                        (com.fasterxml.jackson.databind.JsonNode)
                            m.createObjectNode()
                                .put("exercise", s.exercise())
                                .put("skill", s.skill())
                                .put("learners", s.leeches()))
                .toList());
    ArrayNode arr = root.putArray("exercises");
    for (ItemAnalysis.ItemStats s : items) {
      ObjectNode o =
          arr.addObject()
              .put("pack", s.packId())
              .put("exercise", s.exercise())
              .put("skill", s.skill())
              .put("type", s.type().yamlName())
              .put("key", s.key())
              .put("attempts", s.attempts())
              .put("learners", s.learners())
              .put("correct", s.correct());
      ReportCommand.putNumber(o, "success_rate", s.attempts() == 0 ? null : s.successRate());
      ReportCommand.putNumber(o, "mean_response_seconds", s.meanResponseSeconds());
      ReportCommand.putNumber(o, "discrimination", s.discrimination());
      o.put("hints_used", s.hintsUsed());
      ArrayNode wrong = o.putArray("wrong_answers");
      for (ItemAnalysis.WrongAnswer w : s.wrongAnswers())
        wrong.addObject().put("answer", w.answer()).put("count", w.count());
      ReportCommand.strings(o, "flags", s.flags());
      o.put("answers_shown", s.shown());
      disputedJson(o, s);
      o.put("leeches", s.leeches());
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
