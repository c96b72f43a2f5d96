package tutor.store.sqlite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import tutor.profile.Preferences;
import tutor.session.LearnerSettings;
import tutor.store.Printable;

/**
 * What a value of a learner's row may be: the rules the app writes with (the card phases, the
 * settings' own checks, ratings 1-4, FSRS ranges, dates as dates). Import refuses a row that breaks
 * one; doctor reports the rows of a database that do. Values are the column's type already (Long,
 * Double, String), as {@link #convert} makes them.
 */
final class ValueRules {
  /** Epoch milliseconds of the years 1 to 9999 (a clock set wrong may have written any of them). */
  private static final long EARLIEST_TIME = -62_135_596_800_000L;

  private static final long LATEST_TIME = 253_402_300_799_999L;
  private static final Set<String> PHASES = Set.of("new", "learning", "review", "relearning");
  private static final JsonFactory JSON = new JsonFactory();

  private ValueRules() {}

  /**
   * The value as the column's type: Long for INTEGER, Double for REAL, String for TEXT; a problem
   * is thrown.
   */
  static Object convert(Object v, LearnerTables.Column col) {
    if (v == null) return null;
    switch (col.affinity()) {
      case "INTEGER" -> {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) {
          if (d == Math.rint(d) && Math.abs(d) < 9e15) return (long) (double) d;
          throw new IllegalArgumentException("'" + v + "' is not a whole number");
        }
        try {
          return Long.parseLong(v.toString().strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "'" + shorten(v.toString()) + "' is not a whole number");
        }
      }
      case "REAL" -> {
        double d;
        if (v instanceof Number n) {
          d = n.doubleValue();
        } else {
          try {
            d = Double.parseDouble(v.toString().strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + shorten(v.toString()) + "' is not a number");
          }
        }
        if (!Double.isFinite(d))
          throw new IllegalArgumentException("'" + v + "' is not a finite number");
        return d;
      }
      case "TEXT" -> {
        return v.toString();
      }
      default -> {
        return v;
      }
    }
  }

  /** What is wrong with a row of {@code table} (columns to converted values), or null. */
  /** FSRS's least stability: what a card answered before always has. */
  static final double MIN_STABILITY = tutor.schedule.FsrsModel.S_MIN;

  static String problem(String table, Map<String, Object> row) {
    for (Map.Entry<String, Object> e : row.entrySet()) {
      String p = problem(table, e.getKey(), e.getValue());
      if (p != null) return "column '" + e.getKey() + "': " + p;
    }
    if (table.equals("mastery")
        && row.get("correct") instanceof Long c
        && row.get("attempts") instanceof Long a
        && c > a) {
      return "column 'correct': " + c + " right answers of " + a + " attempts";
    }
    if (table.equals("cards")
        && row.get("phase") instanceof String phase
        && !phase.equals("new")
        && row.get("stability") instanceof Number stability
        && row.get("difficulty") instanceof Number difficulty
        && !(stability.doubleValue() >= MIN_STABILITY && difficulty.doubleValue() >= 1)) {
      // what FSRS refuses to schedule on: a card answered before has both (FsrsModel.nextState)
      return "a card answered before ('"
          + phase
          + "') has a stability of at least "
          + MIN_STABILITY
          + " days and a difficulty from 1 to 10, not "
          + stability
          + " and "
          + difficulty;
    }
    if (table.equals("learner_settings")
        && row.get("key") instanceof String k
        && row.get("value") instanceof String v) {
      String p = setting(k, v);
      if (p != null) return "column 'value': " + p;
    }
    return null;
  }

  private static String problem(String table, String column, Object v) {
    if (v == null) return null; // NOT NULL is the column's own rule, checked apart
    String key = table + "." + column;
    switch (key) {
      case "cards.phase", "reviews.phase_before" -> {
        return PHASES.contains(v)
            ? null
            : "'"
                + shorten(v.toString())
                + "' is not a card phase (new, learning, review, relearning)";
      }
      case "reviews.rating" -> {
        return range(v, 1, 4, "a rating is 1 (again) to 4 (easy)");
      }
      case "reviews.correct", "reviews.shown", "reviews.disputed", "fsrs_parameters.adopted" -> {
        return range(v, 0, 1, "it is 0 or 1");
      }
      case "reviews.confidence" -> {
        return range(v, 1, 3, "confidence is 1 to 3");
      }
      case "reviews.kind" -> {
        return v.toString().matches("[a-z][a-z-]{0,30}")
            ? null
            : "'" + shorten(v.toString()) + "' is not a kind of answer";
      }
      case "cards.step",
          "cards.reps",
          "cards.lapses",
          "reviews.hints_used",
          "reviews.response_ms",
          "mastery.attempts",
          "mastery.correct",
          "fsrs_parameters.review_count",
          "fsrs_parameters.item_count" -> {
        return range(v, 0, Long.MAX_VALUE, "it cannot be negative");
      }
      case "cards.stability", "reviews.stability" -> {
        return decimal(v, 0, 1_000_000, "stability is from 0 to 1000000 days");
      }
      case "cards.difficulty", "reviews.difficulty" -> {
        return decimal(v, 0, 10, "difficulty is from 0 (new) to 10");
      }
      case "mastery.p_known" -> {
        return decimal(v, 0, 1, "P(known) is from 0 to 1");
      }
      case "cards.due",
          "cards.last_review",
          "reviews.reviewed_at",
          "mastery.updated_at",
          "lessons_seen.seen_at",
          "goals.created_at",
          "fsrs_parameters.fitted_at" -> {
        return range(
            v,
            EARLIEST_TIME,
            LATEST_TIME,
            "a time is milliseconds since 1970, in the years 1 to 9999");
      }
      case "goals.deadline", "goals.met_on" -> {
        try {
          LocalDate.parse(v.toString());
          return null;
        } catch (DateTimeParseException e) {
          return "'" + shorten(v.toString()) + "' is not a date (YYYY-MM-DD)";
        }
      }
      case "goals.daily_minutes" -> {
        return range(v, 1, 1440, "minutes a day are 1 to 1440");
      }
      case "goals.daily_exercises" -> {
        return range(v, 1, 100_000, "exercises a day are 1 to 100000");
      }
      case "goals.skills" -> {
        return jsonList(v.toString(), false) ? null : "it should be a JSON list of skill ids";
      }
      case "fsrs_parameters.parameters" -> {
        return jsonList(v.toString(), true) ? null : "it should be a JSON list of numbers";
      }
      case "reviews.card_before", "reviews.mastery_before" -> {
        String s = v.toString().strip();
        return s.startsWith("{") || s.startsWith("[") ? null : "it should be JSON";
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * A learner setting's value by the rules `tutor settings` and `tutor profile set` apply; null if
   * fine.
   */
  static String setting(String key, String value) {
    try {
      if (LearnerSettings.KEYS.containsKey(key)) LearnerSettings.validate(key, value);
      else if (Preferences.KEYS.containsKey(key)) Preferences.validate(key, value);
      return null;
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return key + " = '" + shorten(value) + "': " + e.getMessage();
    }
  }

  private static String range(Object v, long min, long max, String rule) {
    if (!(v instanceof Long n)) return "'" + shorten(v.toString()) + "' is not a whole number";
    return n >= min && n <= max ? null : n + " is out of range: " + rule;
  }

  private static String decimal(Object v, double min, double max, String rule) {
    if (!(v instanceof Number n)) return "'" + shorten(v.toString()) + "' is not a number";
    double d = n.doubleValue();
    return d >= min && d <= max ? null : v + " is out of range: " + rule;
  }

  private static boolean jsonList(String text, boolean numbers) {
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_ARRAY) return false;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) return false;
        if (numbers ? !t.isNumeric() : t != JsonToken.VALUE_STRING) return false;
      }
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  static String shorten(String s) {
    String printable = Printable.escape(s);
    return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
  }
}
