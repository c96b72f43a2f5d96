package tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.report.LearnerOverview;

/** {@code tutor report learners} as text, CSV and JSON. */
final class LearnersReportOutput {
  private LearnersReportOutput() {}

  static List<String> text(List<LearnerOverview> rows) {
    List<String> out = new ArrayList<>();
    long risk = rows.stream().filter(LearnerOverview::atRisk).count();
    out.add(rows.size() + (rows.size() == 1 ? " learner" : " learners") + ", " + risk + " at risk");
    for (LearnerOverview r : rows) {
      out.add("");
      out.add(
          r.learner()
              + (r.atRisk() ? "  AT RISK" : "")
              + "  (export of "
              + r.exportedAt().toString().substring(0, 10)
              + ", "
              + r.source()
              + ")");
      for (String why : r.risks()) out.add("  ! " + why);
      out.add(
          "  studied: "
              + (r.lastAnswer() == null
                  ? "never"
                  : "last on " + r.lastAnswer().toString().substring(0, 10))
              + "; "
              + r.studyDays28()
              + " of the last 28 days; "
              + r.answers28()
              + " answers in them, "
              + r.answers()
              + " in all");
      out.add("  retention: " + retention(r));
      for (LearnerOverview.PackMastery p : r.packs()) {
        // Without the pack, "mastered" cannot be checked (whose answers, guessed how likely are
        // the pack's): the report says known, and how to check.
        StringBuilder sb =
            new StringBuilder(
                "  mastery in "
                    + p.packId()
                    + ": "
                    + (p.mastered() == null ? p.known() + " known" : p.mastered())
                    + " of "
                    + (p.skills() == null ? p.practised() + " practised" : p.skills())
                    + " skills"
                    + (p.mastered() == null ? " (--pack PATH checks which are mastered)" : ""));
        List<Map.Entry<String, Double>> weak = LearnerOverview.weakest(p, 3);
        if (!weak.isEmpty()) {
          sb.append("; weakest: ");
          for (int i = 0; i < weak.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(
                String.format(
                    Locale.ROOT, "%s %.2f", weak.get(i).getKey(), weak.get(i).getValue()));
          }
        }
        if (!p.fading().isEmpty()) sb.append("; fading: ").append(String.join(", ", p.fading()));
        out.add(sb.toString());
      }
      if (r.goals().isEmpty()) out.add("  goals: none");
      for (LearnerOverview.GoalStatus g : r.goals())
        out.add(
            "  goal " + g.id() + ": " + g.description() + ": " + g.status() + "; " + g.summary());
    }
    return out;
  }

  private static String retention(LearnerOverview r) {
    if (r.retention30() == null)
      return "no reviews in the last 30 days (target " + pct(r.desiredRetention()) + ")";
    String s = pct(r.retention30()) + " of " + r.reviews30() + " reviews in the last 30 days";
    if (r.retentionBefore() != null)
      s += ", " + pct(r.retentionBefore()) + " of " + r.reviewsBefore() + " in the 30 before";
    return s + " (target " + pct(r.desiredRetention()) + ")";
  }

  private static String pct(double v) {
    return Math.round(100 * v) + "%";
  }

  static List<String> csv(List<LearnerOverview> rows) {
    List<String> out = new ArrayList<>();
    out.add(
        ReportCommand.csv(
            List.of(
                "learner",
                "source",
                "exported_at",
                "last_answer",
                "answers",
                "study_days_28",
                "answers_28",
                "retention_30",
                "reviews_30",
                "retention_before",
                "reviews_before",
                "desired_retention",
                "skills_mastered",
                "skills_practised",
                "goals",
                "at_risk",
                "reasons")));
    for (LearnerOverview r : rows) {
      // Empty where a pack was not given: its mastered skills could not be checked.
      Integer mastered =
          r.packs().stream().anyMatch(p -> p.mastered() == null)
              ? null
              : r.packs().stream().mapToInt(LearnerOverview.PackMastery::mastered).sum();
      int practised = r.packs().stream().mapToInt(LearnerOverview.PackMastery::practised).sum();
      List<Object> v = new ArrayList<>();
      v.add(r.learner());
      v.add(r.source());
      v.add(r.exportedAt().toString());
      v.add(r.lastAnswer() == null ? null : r.lastAnswer().toString());
      v.add(r.answers());
      v.add(r.studyDays28());
      v.add(r.answers28());
      v.add(r.retention30());
      v.add(r.reviews30());
      v.add(r.retentionBefore());
      v.add(r.reviewsBefore());
      v.add(r.desiredRetention());
      v.add(mastered);
      v.add(practised);
      v.add(
          String.join(
              "; ", r.goals().stream().map(g -> g.description() + ": " + g.status()).toList()));
      v.add(r.atRisk() ? "yes" : "no");
      v.add(String.join("; ", r.risks()));
      out.add(ReportCommand.csv(v));
    }
    return out;
  }

  static String json(List<LearnerOverview> rows) throws JsonProcessingException {
    ObjectMapper m = ReportCommand.mapper();
    ObjectNode root = m.createObjectNode();
    root.put("learners", rows.size())
        .put("at_risk", rows.stream().filter(LearnerOverview::atRisk).count());
    ArrayNode arr = root.putArray("rows");
    for (LearnerOverview r : rows) {
      ObjectNode o =
          arr.addObject()
              .put("learner", r.learner())
              .put("source", r.source())
              .put("exported_at", r.exportedAt().toString())
              .put("last_answer", r.lastAnswer() == null ? null : r.lastAnswer().toString())
              .put("answers", r.answers())
              .put("study_days_28", r.studyDays28())
              .put("answers_28", r.answers28());
      ReportCommand.putNumber(o, "retention_30", r.retention30());
      o.put("reviews_30", r.reviews30());
      ReportCommand.putNumber(o, "retention_before", r.retentionBefore());
      o.put("reviews_before", r.reviewsBefore()).put("desired_retention", r.desiredRetention());
      ArrayNode packs = o.putArray("packs");
      for (LearnerOverview.PackMastery p : r.packs()) {
        ObjectNode po =
            packs
                .addObject()
                .put("pack", p.packId())
                .put("skills_mastered", p.mastered())
                .put("skills_known", p.known())
                .put("skills_practised", p.practised());
        if (p.skills() == null) po.putNull("skills");
        else po.put("skills", p.skills());
        ArrayNode fading = po.putArray("fading");
        p.fading().forEach(fading::add);
        ArrayNode skills = po.putArray("mastery");
        p.pKnown().forEach((s, k) -> skills.addObject().put("skill", s).put("p_known", k));
      }
      ArrayNode goals = o.putArray("goals");
      for (LearnerOverview.GoalStatus g : r.goals()) {
        goals
            .addObject()
            .put("goal", g.id())
            .put("pack", g.packId())
            .put("description", g.description())
            .put("status", g.status())
            .put("summary", g.summary());
      }
      o.put("at_risk", r.atRisk());
      ReportCommand.strings(o, "reasons", r.risks());
    }
    return m.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
