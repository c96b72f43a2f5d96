package tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import tutor.goal.GoalPlan;
import tutor.json.Json;
import tutor.profile.Calibration;
import tutor.profile.ConfidentErrors;
import tutor.profile.LearnerProfile;
import tutor.profile.StudyHabits;

/**
 * {@code tutor profile --format json}, with the names other commands use (pack, skill, level, ...).
 */
final class ProfileJson {
  private static final ObjectMapper JSON = Json.MAPPER;

  private ProfileJson() {}

  static String of(LearnerProfile p) throws JsonProcessingException {
    ObjectNode o = JSON.createObjectNode();
    o.put("learner", p.learner())
        .put("now", p.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
    skills(o.putArray("strengths"), p.strengths());
    skills(o.putArray("weak_spots"), p.weakSpots());
    ArrayNode types = o.putArray("exercise_types");
    for (LearnerProfile.TypeStanding t : p.types()) {
      types
          .addObject()
          .put("type", t.type().yamlName())
          .put("answers", t.answers())
          .put("right", t.right())
          .put("share_right", t.shareRight());
    }
    o.put("best_type", p.bestType() == null ? null : p.bestType().type().yamlName());
    o.put("worst_type", p.worstType() == null ? null : p.worstType().type().yamlName());
    calibration(o.putObject("calibration"), p.calibration());
    ArrayNode flags = o.putArray("confident_errors_to_review");
    for (ConfidentErrors.Flag f : p.confidentErrors()) {
      flags
          .addObject()
          .put("pack", f.card().packId())
          .put("exercise", f.card().exerciseId())
          .put("at", f.at().toString())
          .put("answer", f.answer());
    }
    habits(o.putObject("habits"), p.habits());
    ArrayNode goals = o.putArray("goals");
    for (GoalPlan g : p.goals()) {
      // A finished goal has no pace, as in goal status --format json: its status says why.
      boolean paced = !g.finished();
      goals
          .addObject()
          .put("goal", g.goal().id())
          .put("pack", g.goal().packId())
          .put("description", g.goal().describe())
          .put("status", g.status().name().toLowerCase(Locale.ROOT))
          .put("days_ahead", paced ? g.daysAhead() : null)
          .put("new_per_day", paced ? g.newPerDay() : null)
          .put("estimate", paced ? g.estimate() : null)
          .put("summary", g.summary());
    }
    ObjectNode prefs = o.putObject("preferences");
    p.preferences().forEach(prefs::put);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o);
  }

  private static void skills(ArrayNode arr, List<LearnerProfile.SkillStanding> skills) {
    for (LearnerProfile.SkillStanding s : skills) {
      ObjectNode so =
          arr.addObject()
              .put("pack", s.skill().packId())
              .put("skill", s.skill().skillId())
              .put("title", s.title())
              .put("level", s.level().label())
              .put("p_known", s.pKnown())
              .put("recent_answers", s.recentAnswers())
              .put("recent_wrong", s.recentWrong());
      number(so, "recent_error_rate", s.recentErrorRate());
      so.put("reason", s.reason());
    }
  }

  private static void calibration(ObjectNode o, Calibration c) {
    o.put("answers", c.answers()).put("right", c.right());
    number(o, "brier", c.brier());
    number(o, "base_rate_brier", c.baseRateBrier());
    number(o, "overconfidence", c.overconfidence());
    o.put("verdict", c.verdict()).put("confident_errors", c.confidentErrors());
    ArrayNode levels = o.putArray("levels");
    for (Calibration.Row r : c.rows()) {
      ObjectNode ro =
          levels
              .addObject()
              .put("confidence", r.level().value())
              .put("label", r.level().label())
              .put("stated", r.level().probability())
              .put("answers", r.answers())
              .put("right", r.right());
      number(ro, "share_right", r.shareRight());
    }
  }

  private static void habits(ObjectNode o, StudyHabits h) {
    o.put("sessions", h.sessions());
    number(o, "median_session_minutes", h.medianSessionMinutes());
    o.put("median_answers_per_session", h.medianAnswersPerSession())
        .put(
            "usual_part_of_day",
            h.usualPartOfDay() == null ? null : h.usualPartOfDay().name().toLowerCase(Locale.ROOT))
        .put("sessions_in_usual_part", h.sessionsInUsualPart())
        .put("study_days_last_28", h.studyDaysLast28())
        .put("answers_per_day_last_14", h.answersPerDayLast14());
  }

  /** NaN (nothing to measure yet) becomes null. */
  private static void number(ObjectNode o, String name, double v) {
    if (Double.isNaN(v)) o.putNull(name);
    else o.put(name, v);
  }
}
