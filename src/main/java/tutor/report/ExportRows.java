package tutor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.goal.Goal;
import tutor.json.Json;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.schedule.CardState;
import tutor.store.CardRow;
import tutor.store.LearnerExport;
import tutor.store.LoggedReview;

/**
 * Turns the tables of a {@link LearnerExport} into {@link LearnerData}, by column name. Values are
 * the database's (Long, Double, String, null) from JSON, or text from CSV; both are read here.
 */
public final class ExportRows {
  private static final ObjectMapper JSON = Json.MAPPER;

  private ExportRows() {}

  public static LearnerData of(String source, LearnerExport e) {
    try {
      Map<String, String> settings = new LinkedHashMap<>();
      for (Row r : rows(e, "learner_settings")) settings.put(r.text("key"), r.text("value"));
      List<LoggedReview> answers = new ArrayList<>();
      for (Row r : rows(e, "reviews")) {
        answers.add(
            new LoggedReview(
                new CardKey(r.text("pack_id"), r.text("exercise_id")),
                Instant.ofEpochMilli(r.number("reviewed_at")),
                r.textOr("kind", "study"),
                (int) r.number("rating"),
                r.number("correct") != 0,
                r.numberOrNull("response_ms"),
                (int) r.numberOr("hints_used", 0),
                r.textOr("answer", ""),
                CardRow.phase(r.textOr("phase_before", "review")),
                intOrNull(r.numberOrNull("confidence")),
                // Exports older than schema 10 lack both columns: nothing was shown or disputed
                // then.
                r.numberOr("shown", 0) != 0,
                r.numberOr("disputed", 0) != 0));
      }
      // Export rows come in primary-key order; the log is read in time order.
      answers.sort((a, b) -> a.at().compareTo(b.at()));
      Map<SkillKey, SkillMastery> mastery = new HashMap<>();
      for (Row r : rows(e, "mastery")) {
        mastery.put(
            new SkillKey(r.text("pack_id"), r.text("skill_id")),
            new SkillMastery(
                r.decimal("p_known"),
                (int) r.number("attempts"),
                (int) r.number("correct"),
                evidence(
                    r.textOr("first_right_exercise", null),
                    r.numberOrNull("first_right_at"),
                    r.numberOr("another_exercise", 0),
                    r.numberOr("another_day", 0),
                    r.numberOr("placed", 0),
                    r.numberOr("opened", 1))));
      }
      List<Goal> goals = new ArrayList<>();
      for (Row r : rows(e, "goals")) {
        String deadline = r.textOr("deadline", null);
        // exports from before migration 027 have no met_on: their goals read as not met yet
        String metOn = r.textOr("met_on", null);
        Long minutes = r.numberOrNull("daily_minutes");
        Long exercises = r.numberOrNull("daily_exercises");
        goals.add(
            new Goal(
                r.number("id"),
                r.text("pack_id"),
                skillList(r.textOr("skills", "[]")),
                deadline == null ? null : LocalDate.parse(deadline),
                minutes == null ? null : minutes.intValue(),
                exercises == null ? null : exercises.intValue(),
                Instant.ofEpochMilli(r.number("created_at")),
                metOn == null ? null : LocalDate.parse(metOn)));
      }
      Map<CardKey, CardState> cards = new HashMap<>();
      for (Row r : rows(e, "cards")) {
        Long last = r.numberOrNull("last_review");
        cards.put(
            new CardKey(r.text("pack_id"), r.text("exercise_id")),
            CardRow.state(
                r.text("phase"),
                (int) r.number("step"),
                r.decimal("stability"),
                r.decimal("difficulty"),
                r.number("due"),
                last,
                (int) r.number("reps"),
                (int) r.number("lapses")));
      }
      java.util.Set<SkillKey> lessonsSeen = new java.util.HashSet<>();
      for (Row r : rows(e, "lessons_seen"))
        lessonsSeen.add(new SkillKey(r.text("pack_id"), r.text("skill_id")));
      return new LearnerData(
          source,
          e.learner(),
          e.exportedAt(),
          settings,
          answers,
          mastery,
          goals,
          cards,
          lessonsSeen);
    } catch (IllegalArgumentException | DateTimeParseException | JsonProcessingException ex) {
      throw new ReportInputException(source + ": " + ex.getMessage());
    }
  }

  private static Integer intOrNull(Long v) {
    return v == null ? null : v.intValue();
  }

  private static List<String> skillList(String json) throws JsonProcessingException {
    return JSON.readValue(json, new TypeReference<List<String>>() {});
  }

  private static List<Row> rows(LearnerExport e, String table) {
    LearnerExport.Table t = e.tables().get(table);
    if (t == null) return List.of();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < t.columns().size(); i++) index.put(t.columns().get(i), i);
    List<Row> out = new ArrayList<>(t.rows().size());
    for (List<Object> values : t.rows()) out.add(new Row(table, index, values));
    return out;
  }

  /**
   * One row, its values by column name; a missing required value is an error naming the table and
   * column.
   */
  private record Row(String table, Map<String, Integer> index, List<Object> values) {
    Object raw(String column) {
      Integer i = index.get(column);
      return i == null || i >= values.size() ? null : values.get(i);
    }

    Object required(String column) {
      Object v = raw(column);
      if (v == null)
        throw new IllegalArgumentException("table " + table + " has a row without " + column);
      return v;
    }

    String text(String column) {
      return required(column).toString();
    }

    String textOr(String column, String fallback) {
      Object v = raw(column);
      return v == null ? fallback : v.toString();
    }

    long number(String column) {
      return asLong(column, required(column));
    }

    long numberOr(String column, long fallback) {
      Object v = raw(column);
      return v == null ? fallback : asLong(column, v);
    }

    Long numberOrNull(String column) {
      Object v = raw(column);
      return v == null ? null : asLong(column, v);
    }

    double decimal(String column) {
      Object v = required(column);
      if (v instanceof Number n) return n.doubleValue();
      try {
        return Double.parseDouble(v.toString());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "table " + table + ", column " + column + ": '" + v + "' is not a number");
      }
    }

    private long asLong(String column, Object v) {
      if (v instanceof Number n) return n.longValue();
      try {
        return Long.parseLong(v.toString());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "table " + table + ", column " + column + ": '" + v + "' is not a whole number");
      }
    }
  }

  /**
   * A skill's evidence from its export columns (absent before schema 11: none; {@code opened}
   * absent before migration 028: 1, as every practised skill was then taken for open).
   */
  static tutor.mastery.Evidence evidence(
      String firstExercise,
      Long firstAt,
      long anotherExercise,
      long anotherDay,
      long placed,
      long opened) {
    boolean first = firstExercise != null && firstAt != null;
    return new tutor.mastery.Evidence(
        first ? firstExercise : null,
        first ? Instant.ofEpochMilli(firstAt) : null,
        anotherExercise != 0,
        anotherDay != 0,
        placed != 0,
        null,
        opened != 0);
  }
}
