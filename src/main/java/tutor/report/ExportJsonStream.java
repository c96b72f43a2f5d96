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
import java.util.Locale;
import java.util.Map;
import tutor.goal.Goal;
import tutor.mastery.SkillMastery;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.store.AnswerHistory;
import tutor.store.CardKey;
import tutor.store.LearnerExport;
import tutor.store.SkillKey;

/**
 * Reads a JSON export (the layout of {@code tutor.store.ExportJson}, docs/data-formats.md) as a
 * stream, keeping only the columns the reports use: a cohort of a thousand 7 MB exports is read
 * in seconds rather than minutes, since no tree of the whole file is built and skipped values
 * (card_before, mastery_before, ...) are never turned into strings.
 */
public final class ExportJsonStream implements ExportReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public LearnerData read(Path path) {
    try (InputStream in = Files.newInputStream(path); JsonParser p = FACTORY.createParser(in)) {
      return new Reading(path.toString(), p).document();
    } catch (NoSuchFileException e) {
      throw new ReportInputException(path + ": no such file or directory");
    } catch (JsonParseException e) {
      throw new ReportInputException(path + ": not a tutor export: the JSON is malformed at line "
          + e.getLocation().getLineNr() + " (" + e.getOriginalMessage() + ")");
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
    private final Map<String, CardKey> keys = new HashMap<>(); // one CardKey per exercise, not per answer
    private String format;
    private String learner;
    private Instant exportedAt;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<AnswerHistory.Answer> answers = new ArrayList<>();
    private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
    private final List<Goal> goals = new ArrayList<>();
    private final Map<CardKey, CardState> cards = new HashMap<>();

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
          case "exported_at" -> exportedAt = Instant.parse(p.getValueAsString());
          case "learner" -> learner();
          case "tables" -> tables();
          default -> p.skipChildren();
        }
      }
      if (!LearnerExport.FORMAT.equals(format)) throw notExport("it lacks \"format\": \"" + LearnerExport.FORMAT + "\"");
      if (learner == null || exportedAt == null) throw notExport("it lacks the learner's name or exported_at");
      answers.sort((a, b) -> a.at().compareTo(b.at()));
      return new LearnerData(source, learner, exportedAt, settings, answers, mastery, goals, cards);
    }

    private ReportInputException notExport(String why) {
      return new ReportInputException(source + ": not a tutor export: " + why);
    }

    private void learner() throws IOException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("name")) learner = p.getValueAsString();
        else p.skipChildren();
      }
    }

    private void tables() throws IOException {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String table = p.currentName();
        if (p.nextToken() != JsonToken.START_ARRAY) throw notExport("table '" + table + "' should be a list of rows");
        switch (table) {
          case "reviews", "learner_settings", "mastery", "goals", "cards" -> rows(table);
          default -> p.skipChildren();
        }
      }
    }

    private void rows(String table) throws IOException {
      Map<String, Object> row = new HashMap<>();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        row.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String column = p.currentName();
          JsonToken t = p.nextToken();
          if (skipped(table, column)) {
            p.skipChildren();
            continue;
          }
          row.put(column, switch (t) {
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> null;
            case VALUE_TRUE -> 1L;
            case VALUE_FALSE -> 0L;
            default -> throw notExport("table '" + table + "', column '" + column + "': not a number, string or null");
          });
        }
        add(table, row);
      }
    }

    /** Columns the reports never look at: passed over without building their values. */
    private static boolean skipped(String table, String column) {
      return table.equals("reviews") && switch (column) {
        case "card_before", "mastery_before", "elapsed_days", "scheduled_days", "stability", "difficulty", "id" -> true;
        default -> false;
      };
    }

    private void add(String table, Map<String, Object> r) {
      switch (table) {
        case "reviews" -> answers.add(new AnswerHistory.Answer(key(text(r, "pack_id"), text(r, "exercise_id")),
            Instant.ofEpochMilli(number(r, "reviewed_at")), textOr(r, "kind", "study"), (int) number(r, "rating"),
            number(r, "correct") != 0, numberOrNull(r, "response_ms"), (int) numberOr(r, "hints_used", 0),
            textOr(r, "answer", ""), textOr(r, "phase_before", "review"), intOrNull(numberOrNull(r, "confidence"))));
        case "learner_settings" -> settings.put(text(r, "key"), text(r, "value"));
        case "mastery" -> mastery.put(new SkillKey(text(r, "pack_id"), text(r, "skill_id")),
            new SkillMastery(decimal(r, "p_known"), (int) number(r, "attempts"), (int) number(r, "correct")));
        case "goals" -> {
          String deadline = textOr(r, "deadline", null);
          Long minutes = numberOrNull(r, "daily_minutes");
          Long exercises = numberOrNull(r, "daily_exercises");
          goals.add(new Goal(number(r, "id"), text(r, "pack_id"), skills(textOr(r, "skills", "[]")),
              deadline == null ? null : LocalDate.parse(deadline), minutes == null ? null : minutes.intValue(),
              exercises == null ? null : exercises.intValue(), Instant.ofEpochMilli(number(r, "created_at"))));
        }
        case "cards" -> {
          Long last = numberOrNull(r, "last_review");
          cards.put(key(text(r, "pack_id"), text(r, "exercise_id")), new CardState(
              CardPhase.valueOf(text(r, "phase").toUpperCase(Locale.ROOT)), (int) number(r, "step"),
              decimal(r, "stability"), decimal(r, "difficulty"), Instant.ofEpochMilli(number(r, "due")),
              last == null ? null : Instant.ofEpochMilli(last), (int) number(r, "reps"), (int) number(r, "lapses")));
        }
        default -> throw new IllegalStateException(table);
      }
    }

    private CardKey key(String pack, String exercise) {
      return keys.computeIfAbsent(pack + '/' + exercise, k -> new CardKey(pack, exercise));
    }

    /** A goal's skill list: a JSON array of ids, as the goals table stores it. */
    private List<String> skills(String json) {
      try (JsonParser q = FACTORY.createParser(json)) {
        List<String> out = new ArrayList<>();
        if (q.nextToken() != JsonToken.START_ARRAY) throw new IllegalArgumentException("goal skills are not a list");
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

    private long numberOr(Map<String, Object> r, String column, long fallback) {
      Object v = r.get(column);
      return v == null ? fallback : asLong(column, v);
    }

    private Long numberOrNull(Map<String, Object> r, String column) {
      Object v = r.get(column);
      return v == null ? null : asLong(column, v);
    }

    private double decimal(Map<String, Object> r, String column) {
      Object v = required(r, column);
      if (v instanceof Number n) return n.doubleValue();
      throw new IllegalArgumentException("column " + column + ": '" + v + "' is not a number");
    }

    private static long asLong(String column, Object v) {
      if (v instanceof Number n) return n.longValue();
      throw new IllegalArgumentException("column " + column + ": '" + v + "' is not a whole number");
    }

    private static Integer intOrNull(Long v) {
      return v == null ? null : v.intValue();
    }
  }
}
