package tutor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.goal.Goal;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.schedule.CardState;
import tutor.store.CardRow;
import tutor.store.LearnerExport;
import tutor.store.LoggedReview;

/**
 * Reads a JSON export (the layout of {@code tutor.store.ExportJson}, docs/data-formats.md) as a
 * stream, keeping only the columns the reports use: a cohort of a thousand 7 MB exports is read in
 * seconds rather than minutes, since no tree of the whole file is built and skipped values
 * (card_before, mastery_before, ...) are never turned into strings.
 */
public final class ExportJsonStream implements ExportReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public LearnerData read(Path path) {
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = FACTORY.createParser(in)) {
      return new Reading(path.toString(), p).document();
    } catch (NoSuchFileException e) {
      throw new ReportInputException(path + ": no such file or directory");
    } catch (JsonParseException e) {
      throw new ReportInputException(
          path
              + ": not a tutor export: the JSON is malformed at line "
              + e.getLocation().getLineNr()
              + " ("
              + e.getOriginalMessage()
              + ")");
    } catch (IOException e) {
      throw new ReportInputException(path + ": " + e.getMessage());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new ReportInputException(path + ": " + e.getMessage());
    }
  }

  /** One file being read. */
  private static final class Reading {
    private final String source;
    private final JsonParser p;
    private final Map<String, CardKey> keys =
        new HashMap<>(); // by exercise id: one CardKey per exercise, not per answer
    private String format;
    private String learner;
    private Instant exportedAt;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<LoggedReview> answers = new ArrayList<>();
    private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    private final List<Goal> goals = new ArrayList<>();
    private final Map<CardKey, CardState> cards = new HashMap<>();
    private final java.util.Set<SkillKey> lessonsSeen = new java.util.HashSet<>();

    Reading(String source, JsonParser p) {
      this.source = source;
      this.p = p;
    }

    LearnerData document() throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) throw notExport("it is not a JSON object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "format" -> format = p.getValueAsString();
          case "exported_at" -> exportedAt = time(p.getValueAsString());
          case "learner" -> learner();
          case "tables" -> tables();
          default -> p.skipChildren();
        }
      }
      if (!LearnerExport.FORMAT.equals(format))
        throw notExport("it lacks \"format\": \"" + LearnerExport.FORMAT + "\"");
      if (learner == null || exportedAt == null)
        throw notExport("it lacks the learner's name or exported_at");
      answers.sort((a, b) -> a.at().compareTo(b.at()));
      return new LearnerData(
          source, learner, exportedAt, settings, answers, mastery, goals, cards, lessonsSeen);
    }

    private ReportInputException notExport(String why) {
      return new ReportInputException(source + ": not a tutor export: " + why);
    }

    private Instant time(String text) {
      try {
        return Instant.parse(String.valueOf(text));
      } catch (DateTimeParseException e) {
        throw notExport("\"exported_at\" is not a time");
      }
    }

    private void learner() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT)
        throw notExport("\"learner\" should be an object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("name")) learner = p.getValueAsString();
        else p.skipChildren();
      }
    }

    private void tables() throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT)
        throw notExport("\"tables\" should be an object");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String table = p.currentName();
        if (p.nextToken() != JsonToken.START_ARRAY)
          throw notExport("table '" + table + "' should be a list of rows");
        switch (table) {
          case "reviews" -> reviews();
          case "learner_settings", "mastery", "goals", "cards", "lessons_seen" -> rows(table);
          default -> p.skipChildren();
        }
      }
    }

    /**
     * The review log, the bulk of an export: read column by column into the answer, without a map
     * per row; columns the reports never use are passed over without building their values.
     */
    private void reviews() throws IOException {
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String pack = null;
        String exercise = null;
        String kind = "study";
        String answer = "";
        String phase = "review";
        Long at = null;
        Long rating = null;
        Long correct = null;
        Long response = null;
        long hints = 0;
        Long confidence = null;
        long shown = 0; // absent from exports older than schema 10
        long disputed = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String column = p.currentName();
          JsonToken t = p.nextToken();
          switch (column) {
            case "pack_id" -> pack = string(t, column);
            case "exercise_id" -> exercise = string(t, column);
            case "kind" -> kind = orElse(string(t, column), kind);
            case "answer" -> answer = orElse(string(t, column), answer);
            case "phase_before" -> phase = orElse(string(t, column), phase);
            case "reviewed_at" -> at = whole(t, column);
            case "rating" -> rating = whole(t, column);
            case "correct" -> correct = whole(t, column);
            case "response_ms" -> response = whole(t, column);
            case "hints_used" -> hints = orElse(whole(t, column), 0L);
            case "confidence" -> confidence = whole(t, column);
            case "shown" -> shown = orElse(whole(t, column), 0L);
            case "disputed" -> disputed = orElse(whole(t, column), 0L);
            default -> p.skipChildren();
          }
        }
        String missing =
            pack == null
                ? "pack_id"
                : exercise == null
                    ? "exercise_id"
                    : at == null
                        ? "reviewed_at"
                        : rating == null ? "rating" : correct == null ? "correct" : null;
        if (missing != null)
          throw new IllegalArgumentException("table reviews has a row without " + missing);
        answers.add(
            new LoggedReview(
                key(pack, exercise),
                Instant.ofEpochMilli(at),
                kind,
                rating.intValue(),
                correct != 0,
                response,
                (int) hints,
                answer,
                CardRow.phase(phase),
                confidence == null ? null : confidence.intValue(),
                shown != 0,
                disputed != 0));
      }
      endOfRows("reviews");
    }

    private void endOfRows(String table) {
      if (p.currentToken() != JsonToken.END_ARRAY)
        throw notExport("table '" + table + "': each row should be an object");
    }

    private String string(JsonToken t, String column) throws IOException {
      if (t == JsonToken.VALUE_NULL) return null;
      if (t != JsonToken.VALUE_STRING)
        throw new IllegalArgumentException("column " + column + " should be text");
      return p.getText();
    }

    private Long whole(JsonToken t, String column) throws IOException {
      if (t == JsonToken.VALUE_NULL) return null;
      if (t != JsonToken.VALUE_NUMBER_INT)
        throw new IllegalArgumentException("column " + column + " should be a whole number");
      return p.getLongValue();
    }

    private static <T> T orElse(T value, T fallback) {
      return value == null ? fallback : value;
    }

    private void rows(String table) throws IOException {
      Map<String, Object> row = new HashMap<>();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        row.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String column = p.currentName();
          JsonToken t = p.nextToken();
          row.put(
              column,
              switch (t) {
                case VALUE_NUMBER_INT -> p.getLongValue();
                case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                case VALUE_STRING -> p.getText();
                case VALUE_NULL -> null;
                case VALUE_TRUE -> 1L;
                case VALUE_FALSE -> 0L;
                default ->
                    throw notExport(
                        "table '"
                            + table
                            + "', column '"
                            + column
                            + "': not a number, string or null");
              });
        }
        add(table, row);
      }
      endOfRows(table);
    }

    private void add(String table, Map<String, Object> r) {
      switch (table) {
        case "learner_settings" -> settings.put(text(r, "key"), text(r, "value"));
        case "mastery" ->
            mastery.put(
                new SkillKey(text(r, "pack_id"), text(r, "skill_id")),
                new SkillMastery(
                    decimal(r, "p_known"),
                    (int) number(r, "attempts"),
                    (int) number(r, "correct"),
                    ExportRows.evidence(
                        textOr(r, "first_right_exercise", null),
                        numberOrNull(r, "first_right_at"),
                        orZero(numberOrNull(r, "another_exercise")),
                        orZero(numberOrNull(r, "another_day")),
                        orZero(numberOrNull(r, "placed")),
                        openedOr1(numberOrNull(r, "opened")))));
        case "goals" -> {
          String deadline = textOr(r, "deadline", null);
          // exports from before migration 027 have no met_on: their goals read as not met yet
          String metOn = textOr(r, "met_on", null);
          Long minutes = numberOrNull(r, "daily_minutes");
          Long exercises = numberOrNull(r, "daily_exercises");
          goals.add(
              new Goal(
                  number(r, "id"),
                  text(r, "pack_id"),
                  skills(textOr(r, "skills", "[]")),
                  deadline == null ? null : LocalDate.parse(deadline),
                  minutes == null ? null : minutes.intValue(),
                  exercises == null ? null : exercises.intValue(),
                  Instant.ofEpochMilli(number(r, "created_at")),
                  metOn == null ? null : LocalDate.parse(metOn)));
        }
        case "cards" -> {
          Long last = numberOrNull(r, "last_review");
          cards.put(
              key(text(r, "pack_id"), text(r, "exercise_id")),
              CardRow.state(
                  text(r, "phase"),
                  (int) number(r, "step"),
                  decimal(r, "stability"),
                  decimal(r, "difficulty"),
                  number(r, "due"),
                  last,
                  (int) number(r, "reps"),
                  (int) number(r, "lapses")));
        }
        case "lessons_seen" ->
            lessonsSeen.add(new SkillKey(text(r, "pack_id"), text(r, "skill_id")));
        default -> throw new IllegalStateException(table);
      }
    }

    private CardKey key(String pack, String exercise) {
      CardKey k = keys.get(exercise);
      if (k == null
          || !k.packId().equals(pack)) { // an exercise id in two packs just makes a new key
        k = new CardKey(pack, exercise);
        keys.put(exercise, k);
      }
      return k;
    }

    /** A goal's skill list: a JSON array of ids, as the goals table stores it. */
    private List<String> skills(String json) {
      try (JsonParser q = FACTORY.createParser(json)) {
        List<String> out = new ArrayList<>();
        if (q.nextToken() != JsonToken.START_ARRAY)
          throw new IllegalArgumentException("goal skills are not a list");
        while (q.nextToken() == JsonToken.VALUE_STRING) out.add(q.getText());
        return out;
      } catch (IOException e) {
        throw new IllegalArgumentException("goal skills are not a JSON list: " + json);
      }
    }

    private Object required(Map<String, Object> r, String column) {
      Object v = r.get(column);
      if (v == null) throw new IllegalArgumentException("a row has no " + column);
      return v;
    }

    private String text(Map<String, Object> r, String column) {
      return required(r, column).toString();
    }

    private static String textOr(Map<String, Object> r, String column, String fallback) {
      Object v = r.get(column);
      return v == null ? fallback : v.toString();
    }

    private long number(Map<String, Object> r, String column) {
      return asLong(column, required(r, column));
    }

    private Long numberOrNull(Map<String, Object> r, String column) {
      Object v = r.get(column);
      return v == null ? null : asLong(column, v);
    }

    /** Absent before migration 028: every practised skill was then taken for open. */
    private static long openedOr1(Long v) {
      return v == null ? 1 : v;
    }

    private static long orZero(Long v) {
      return v == null ? 0 : v;
    }

    private double decimal(Map<String, Object> r, String column) {
      Object v = required(r, column);
      if (v instanceof Number n) return n.doubleValue();
      throw new IllegalArgumentException("column " + column + ": '" + v + "' is not a number");
    }

    private static long asLong(String column, Object v) {
      if (v instanceof Number n) return n.longValue();
      throw new IllegalArgumentException(
          "column " + column + ": '" + v + "' is not a whole number");
    }
  }
}
