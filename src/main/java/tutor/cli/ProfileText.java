package tutor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tutor.goal.GoalPlan;
import tutor.profile.Calibration;
import tutor.profile.ConfidentErrors;
import tutor.profile.LearnerProfile;
import tutor.profile.StudyHabits;
import tutor.terminal.Style;

/** {@code tutor profile} for people: one screen, words only when the style is plain. */
final class ProfileText {
  /** Confident errors listed at most; the JSON has all of them. */
  private static final int FLAGS_SHOWN = 5;

  private ProfileText() {}

  static List<String> render(LearnerProfile p, Style style) {
    List<String> out = new ArrayList<>();
    out.add(style.bold("Profile of " + p.learner()));
    out.add("");
    out.add(style.bold("Strengths"));
    if (p.strengths().isEmpty()) out.add("  none yet: no skill mastered");
    for (LearnerProfile.SkillStanding s : p.strengths())
      out.add("  " + style.green(s.title()) + ": " + s.reason());
    out.add(style.bold("Weak spots"));
    if (p.weakSpots().isEmpty())
      out.add("  none: every practised skill is mastered and rarely missed");
    for (LearnerProfile.SkillStanding s : p.weakSpots())
      out.add("  " + style.yellow(s.title()) + ": " + s.reason());
    out.add("");
    out.add(style.bold("Exercise types"));
    if (p.types().isEmpty()) out.add("  no answers yet");
    for (LearnerProfile.TypeStanding t : p.types()) {
      String mark =
          t == p.bestType() ? "  (your best)" : t == p.worstType() ? "  (your hardest)" : "";
      out.add(
          String.format(
              Locale.ROOT,
              "  %-10s %3d%% right of %d%s",
              t.type().yamlName(),
              Math.round(100 * t.shareRight()),
              t.answers(),
              mark));
    }
    out.add("");
    calibration(out, p.calibration(), p.confidentErrors(), style);
    out.add("");
    habits(out, p.habits());
    out.add("");
    out.add(style.bold("Goals"));
    if (p.goals().isEmpty()) out.add("  none (add one with: tutor goal add --pack ID --by DATE)");
    for (GoalPlan g : p.goals()) out.add("  " + g.goal().describe() + ": " + g.summary());
    out.add("");
    out.add(style.bold("Preferences") + style.dim("  (change with: tutor profile set KEY VALUE)"));
    p.preferences().forEach((k, v) -> out.add(String.format("  %-18s %s", k, v)));
    return out;
  }

  private static void calibration(
      List<String> out, Calibration c, List<ConfidentErrors.Flag> flags, Style style) {
    out.add(style.bold("Calibration") + (c.empty() ? "" : ": " + c.verdict()));
    if (c.empty()) {
      out.add("  no confidence ratings yet; turn them on with: tutor profile set confidence on");
    } else {
      for (Calibration.Row r : c.rows()) {
        if (r.answers() == 0) {
          out.add(String.format(Locale.ROOT, "  %-12s no answers", r.level().label()));
          continue;
        }
        out.add(
            String.format(
                Locale.ROOT,
                "  %-12s %3d%% right of %d (stands for %d%%)",
                r.level().label(),
                Math.round(100 * r.shareRight()),
                r.answers(),
                Math.round(100 * r.level().probability())));
      }
      out.add(
          String.format(
              Locale.ROOT,
              "  Brier score %.3f (0 is perfect; always saying %d%% would score %.3f)",
              c.brier(),
              Math.round(100.0 * c.right() / c.answers()),
              c.baseRateBrier()));
      out.add(
          "  "
              + c.confidentErrors()
              + " confident "
              + (c.confidentErrors() == 1 ? "error" : "errors")
              + " (wrong when sure)");
    }
    if (!flags.isEmpty()) {
      out.add("  To review, wrong when you were sure and not yet put right:");
      for (ConfidentErrors.Flag f : flags.subList(0, Math.min(FLAGS_SHOWN, flags.size()))) {
        out.add(
            "    "
                + f.card()
                + " (you answered '"
                + f.answer()
                + "' on "
                + f.at().toString().substring(0, 10)
                + ")");
      }
      if (flags.size() > FLAGS_SHOWN)
        out.add("    and " + (flags.size() - FLAGS_SHOWN) + " more (--format json lists all)");
    }
  }

  private static void habits(List<String> out, StudyHabits h) {
    out.add("Study habits");
    if (h.sessions() == 0) {
      out.add("  no sessions yet");
      return;
    }
    out.add(
        String.format(
            Locale.ROOT,
            "  %d %s, typically %s and %d answers long",
            h.sessions(),
            h.sessions() == 1 ? "session" : "sessions",
            minutes(h.medianSessionMinutes()),
            h.medianAnswersPerSession()));
    out.add(
        "  mostly "
            + h.usualPartOfDay().words()
            + ": "
            + h.sessionsInUsualPart()
            + " of "
            + h.sessions()
            + " sessions");
    out.add(
        String.format(
            Locale.ROOT,
            "  %d study days in the last 28; %.1f answers a day over the last 14",
            h.studyDaysLast28(),
            h.answersPerDayLast14()));
  }

  private static String minutes(double m) {
    if (m < 1) return "under a minute";
    long r = Math.round(m);
    return r + (r == 1 ? " minute" : " minutes");
  }
}
