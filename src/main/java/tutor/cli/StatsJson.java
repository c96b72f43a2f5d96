package tutor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tutor.json.Json;
import tutor.stats.DueDay;
import tutor.stats.GoalLine;
import tutor.stats.PackRow;
import tutor.stats.Period;
import tutor.stats.SkillRow;
import tutor.stats.StatsReport;

/** {@code tutor stats --format json}: the report with the names other commands use. */
final class StatsJson {
  private static final ObjectMapper JSON = Json.MAPPER;

  private StatsJson() {}

  static String of(StatsReport r) throws JsonProcessingException {
    ObjectNode o = JSON.createObjectNode();
    o.put("learner", r.learner())
        .put("now", r.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString())
        .put("today", r.today().toString())
        .put("desired_retention", r.desiredRetention());
    ArrayNode packs = o.putArray("packs");
    for (PackRow p : r.packs()) {
      ObjectNode po = packs.addObject().put("pack", p.packId()).put("title", p.title());
      ArrayNode skills = po.putArray("skills");
      for (SkillRow s : p.skills()) {
        ObjectNode so =
            skills
                .addObject()
                .put("skill", s.skillId())
                .put("title", s.title())
                .put("level", s.level().label())
                .put("p_known", s.pKnown())
                .put("recall", s.recall())
                .put("exercises_seen", s.seen())
                .put("exercises", s.exercises());
        ArrayNode req = so.putArray("requires");
        s.requires().forEach(req::add);
      }
    }
    ArrayNode due = o.putArray("due_per_day");
    for (DueDay d : r.due()) due.addObject().put("date", d.date().toString()).put("due", d.due());
    ObjectNode streak =
        o.putObject("streak")
            .put("current_days", r.streaks().current())
            .put("longest_days", r.streaks().longest());
    streak.put(
        "longest_ended",
        r.streaks().longestEnd() == null ? null : r.streaks().longestEnd().toString());
    ArrayNode days = o.putArray("study_days");
    r.activity().days().forEach((d, p) -> period(days.addObject().put("date", d.toString()), p));
    ArrayNode months = o.putArray("retention_per_month");
    for (Period m : r.months()) {
      ObjectNode mo =
          months
              .addObject()
              .put("month", m.start().toString().substring(0, 7))
              .put("reviews", m.reviews())
              .put("recalled", m.recalled());
      if (m.reviews() == 0) mo.putNull("retention");
      else mo.put("retention", m.retention());
      mo.put("desired_retention", r.desiredRetention());
    }
    ArrayNode weeks = o.putArray("time_per_week");
    for (Period w : r.weeks()) period(weeks.addObject().put("week_of", w.start().toString()), w);
    ArrayNode goals = o.putArray("goals");
    for (GoalLine g : r.goals()) {
      goals
          .addObject()
          .put("goal", g.id())
          .put("pack", g.packId())
          .put("description", g.goal())
          .put("status", g.status())
          .put("summary", g.summary());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o);
  }

  /** Answers and time of a span; seconds is null when no answer of it was timed. */
  private static void period(ObjectNode o, Period p) {
    o.put("answers", p.answers()).put("reviews", p.reviews()).put("recalled", p.recalled());
    if (p.timeUnknown()) o.putNull("seconds");
    else o.put("seconds", Math.round(p.timedMillis() / 1000.0));
    o.put("untimed_answers", p.untimed());
  }
}
