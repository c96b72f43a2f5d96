package tutor.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tutor.json.Json;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Skill;
import tutor.session.ExerciseScreen;
import tutor.session.FeedbackScreen;
import tutor.session.LessonScreen;
import tutor.session.SessionEnd;
import tutor.session.SessionSummary;
import tutor.session.StudyUi;

/**
 * The study session as JSON lines (docs/protocol.md): one event object per line out, one command
 * object per line in. Commands become the same lines a person would type, so the real runner,
 * graders, scheduler and store do the work; input of the wrong shape gets an error event and the
 * exercise stays open.
 */
public final class JsonLinesUi implements StudyUi {
  public static final int PROTOCOL = 1;

  /** Text after the command's object is an error, not ignored: the line may be two commands. */
  private static final ObjectReader COMMAND =
      Json.MAPPER
          .reader()
          .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final ObjectMapper JSON = Json.MAPPER;

  private static final Set<String> COMMANDS =
      Set.of(
          "answer", "hint", "skip", "undo", "quit", "why", "lesson", "reveal", "show", "dispute");

  private final BufferedReader in;
  private final PrintWriter out;
  private final Deque<String> pending = new ArrayDeque<>();
  private Exercise current;
  private int shownCount;

  public JsonLinesUi(BufferedReader in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  public void hello(String version, String learner) {
    emit(event("hello").put("protocol", PROTOCOL).put("tutor", version).put("learner", learner));
  }

  private static ObjectNode event(String name) {
    return JSON.createObjectNode().put("event", name);
  }

  private void emit(ObjectNode event) {
    try {
      out.println(JSON.writeValueAsString(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }

  public void error(String code, String message) {
    emit(event("error").put("code", code).put("message", message));
  }

  @Override
  public boolean interactive() {
    return false; // a program's timing says nothing about recall: never Easy by speed
  }

  @Override
  public void exercise(ExerciseScreen s) {
    current = s.exercise();
    pending.clear();
    shownCount = s.shownItems().size();
    Exercise ex = s.exercise();
    ObjectNode e =
        event("exercise")
            .put("exercise", ex.id())
            .put("pack", s.packId())
            .put("type", ex.type().yamlName())
            .put("prompt", ex.prompt())
            .put("number", s.number())
            .put("planned", s.planned())
            .put("hints", ex.hints().size())
            .put("reason", s.reason().name().toLowerCase(Locale.ROOT))
            .put("why", s.why());
    if (Double.isNaN(s.predictedSuccess())) e.putNull("predicted_success");
    else e.put("predicted_success", s.predictedSuccess());
    e.putArray("skills").addAll(ex.skills().stream().map(JSON.getNodeFactory()::textNode).toList());
    Kind.of(ex).jsonFields(s.shownItems()).forEach((k, v) -> e.set(k, JSON.valueToTree(v)));
    if (!ex.media().isEmpty()) {
      ArrayNode media = e.putArray("media");
      for (String m : ex.media())
        media.addObject().put("path", m).put("kind", tutor.pack.Media.kind(m));
    }
    emit(e);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  @Override
  public void lesson(LessonScreen l) {
    Skill s = l.skill().skill();
    ObjectNode e =
        event("lesson")
            .put("pack", l.skill().packId())
            .put("skill", s.id())
            .put("title", s.title())
            .put("part", l.part().name().toLowerCase(Locale.ROOT))
            .put("why", l.why())
            .put("markdown", s.lesson());
    ArrayNode examples = e.putArray("worked_examples");
    for (Skill.WorkedExample w : s.workedExamples()) {
      ObjectNode x = examples.addObject().put("problem", w.problem()).put("answer", w.answer());
      strings(x.putArray("steps"), w.steps());
    }
    ArrayNode resources = e.putArray("resources");
    for (Skill.Resource r : s.resources()) {
      resources
          .addObject()
          .put("title", r.title())
          .put("url", r.url())
          .put("kind", r.kind())
          .put("license", r.license());
    }
    emit(e);
  }

  @Override
  public String ask(String prompt) throws SessionEnd {
    if (!pending.isEmpty()) return pending.poll();
    while (true) {
      // Say exactly when a command is read, so a client never has to guess whether to send one.
      emit(event("await").put("for", awaiting(prompt)));
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
      }
      if (line == null) throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
      if (line.isBlank()) continue;
      JsonNode cmd;
      try {
        cmd = COMMAND.readTree(line);
      } catch (JsonProcessingException e) {
        error("bad_json", "not a JSON object: " + e.getOriginalMessage());
        continue;
      }
      if (cmd == null || !cmd.isObject() || cmd.size() != 1) {
        error(
            "bad_command", "a command is an object with one field, such as {\"answer\": \"pwd\"}");
        continue;
      }
      String name = cmd.fieldNames().next();
      if (!COMMANDS.contains(name)) {
        error(
            "unknown_command",
            "unknown command '" + name + "'; commands: " + String.join(", ", sorted(COMMANDS)));
        continue;
      }
      JsonNode value = cmd.get(name);
      if (!name.equals("answer") && value.isBoolean() && !value.asBoolean()) {
        // {"quit": false} asks for nothing: doing it anyway would end a session nobody ended.
        error(
            "wrong_shape",
            "{\"" + name + "\": false} does nothing; send {\"" + name + "\": true} to " + name);
        continue;
      }
      switch (name) {
        case "quit" -> throw new SessionEnd(SessionEnd.Cause.QUIT);
        case "hint" -> {
          return "?";
        }
        case "skip" -> {
          return ":skip";
        }
        case "show" -> {
          return ":show";
        }
        case "dispute" -> {
          return ":dispute";
        }
        case "undo" -> {
          return ":undo";
        }
        case "why" -> {
          return ":why";
        }
        case "lesson" -> {
          return ":lesson";
        }
        case "reveal" -> {
          if (prompt.startsWith("Press Enter")) return "";
          error("wrong_shape", "there is nothing to reveal now");
          continue;
        }
        default -> {
          if (prompt.equals(tutor.profile.Confidence.PROMPT)) {
            if (value.isInt() || value.isTextual()) return value.asText();
            error(
                "wrong_shape",
                "answer how sure you are: 1 (guessing), 2 (fairly sure) or 3 (sure)");
            continue;
          }
          if (prompt.startsWith("Count it as right")) {
            if (value.isBoolean()) return value.asBoolean() ? "y" : "n";
            if (value.isTextual()) return value.asText();
            error(
                "wrong_shape",
                "answer true or false (or \"y\" / \"n\"): count the near miss as right?");
            continue;
          }
          String answer = answer(value, prompt);
          if (answer != null) return answer;
        }
      }
    }
  }

  private String awaiting(String prompt) {
    if (prompt.startsWith("Press Enter")) return "reveal";
    if (prompt.startsWith("Enter to finish")) return "finish";
    if (prompt.equals("1-4")) return "rating";
    if (prompt.startsWith("Count it as right")) return "confirm";
    if (prompt.equals(tutor.profile.Confidence.PROMPT)) return "confidence";
    return current == null ? "continue" : "answer";
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }

  /** The typed line for an {"answer": ...} of the right shape, or null after an error event. */
  private String answer(JsonNode v, String prompt) {
    if (current == null) {
      error("wrong_shape", "no exercise is open");
      return null;
    }
    Kind kind = Kind.of(current);
    // A switch expression over the shapes: a new shape does not compile until it is read here.
    return switch (kind.jsonAnswer()) {
      case RATING -> {
        String rating = rating(v);
        if (rating == null) {
          error(
              "wrong_shape",
              "a flashcard's answer is a self-rating: 1-4 or again, hard, good, easy");
          yield null;
        }
        if (prompt.startsWith("Press Enter")) {
          pending.add(rating); // reveal and rate in one go
          yield "";
        }
        yield rating;
      }
      case PICK, PICKS -> {
        boolean multiple = kind.jsonAnswer() == Kind.JsonAnswer.PICKS;
        List<Integer> picks = indices(v, shownCount, false);
        // An option's text (or the start of it), or a list of texts: the grader reads them as a
        // person's typed text. Digits stay indices, never 1-based positions.
        String texts = optionTexts(v);
        if (picks == null && texts != null) yield texts;
        if (picks == null || (!multiple && picks.size() != 1)) {
          error(
              "wrong_shape",
              multiple
                  ? "a choice answer is a list of indices into choices (0-based), e.g. [0, 2]"
                  : "a choice answer is one index into choices (0-based), e.g. 1");
          yield null;
        }
        yield String.join(" ", picks.stream().map(i -> Integer.toString(i + 1)).toList());
      }
      case ORDER -> {
        List<Integer> order = indices(v, shownCount, true);
        if (order == null || order.size() != shownCount) {
          error(
              "wrong_shape",
              "an order answer lists every index into items (0-based) in the right order, e.g. [2, 0, 1]");
          yield null;
        }
        yield String.join(" ", order.stream().map(i -> Integer.toString(i + 1)).toList());
      }
      case GAPS -> {
        int gaps = kind.responses();
        if (v.isTextual() && gaps == 1) yield v.asText();
        if (v.isArray() && v.size() == gaps && allText(v)) {
          Iterator<JsonNode> it = v.elements();
          String first = it.next().asText();
          it.forEachRemaining(n -> pending.add(n.asText()));
          yield first;
        }
        error("wrong_shape", "a cloze answer is a list of " + gaps + " strings, one per gap");
        yield null;
      }
      case NUMBER -> {
        if (v.isNumber() || v.isTextual()) yield v.asText();
        error("wrong_shape", "a numeric answer is a number (or a string such as \"1,5\")");
        yield null;
      }
      case TEXT -> {
        if (v.isTextual()) yield v.asText();
        error("wrong_shape", "a text answer is a string");
        yield null;
      }
    };
  }

  private static String optionTexts(JsonNode v) {
    List<String> texts = new java.util.ArrayList<>();
    for (JsonNode n : v.isArray() ? v : List.of(v)) {
      if (!n.isTextual() || n.asText().isBlank() || n.asText().strip().matches("\\d+")) return null;
      texts.add(n.asText().strip());
    }
    return texts.isEmpty() ? null : String.join("; ", texts);
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode n : array) if (!n.isTextual()) return false;
    return true;
  }

  private static List<Integer> indices(JsonNode v, int size, boolean distinctRequired) {
    List<Integer> out = new java.util.ArrayList<>();
    Iterable<JsonNode> values = v.isArray() ? v : List.of(v);
    Set<Integer> seen = new HashSet<>();
    for (JsonNode n : values) {
      if (!n.isInt() || n.asInt() < 0 || n.asInt() >= size) return null;
      if (!seen.add(n.asInt())) {
        if (distinctRequired) return null;
        continue;
      }
      out.add(n.asInt());
    }
    return out.isEmpty() ? null : out;
  }

  private static String rating(JsonNode v) {
    if (v.isInt() && v.asInt() >= 1 && v.asInt() <= 4) return Integer.toString(v.asInt());
    if (v.isTextual()) {
      String s = v.asText().strip().toLowerCase(Locale.ROOT);
      if (List.of("1", "2", "3", "4", "again", "hard", "good", "easy").contains(s)) return s;
    }
    return null;
  }

  @Override
  public void hint(int number, int total, String text) {
    emit(event("hint").put("number", number).put("of", total).put("text", text));
  }

  @Override
  public void notice(String message) {
    emit(event("error").put("code", "invalid_answer").put("message", message));
  }

  @Override
  public void say(String text) {
    emit(event("info").put("message", text));
  }

  @Override
  public void flashcardBack(String back) {
    emit(event("back").put("back", back));
  }

  @Override
  public void feedback(FeedbackScreen f) {
    ObjectNode e = event("feedback").put("exercise", current == null ? null : current.id());
    if (f.correct() == null) e.putNull("correct");
    else e.put("correct", f.correct());
    e.put("rating", f.rating().name().toLowerCase(Locale.ROOT))
        .put("rating_value", f.rating().value())
        .put("expected", f.expected())
        .put("detail", f.detail())
        .put("explanation", f.explanation())
        .put(
            "due",
            f.nextDue() == null
                ? null
                : f.nextDue().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
        .put("next_review", f.nextReview());
    ArrayNode mastery = e.putArray("mastery");
    for (FeedbackScreen.MasteryChange m : f.mastery()) {
      mastery
          .addObject()
          .put("pack", m.skill().packId())
          .put("skill", m.skill().skillId())
          .put("before", m.before())
          .put("after", m.after());
    }
    strings(e.putArray("changes"), f.changes());
    e.put("shown", f.shown()).put("disputable", f.disputable());
    if (!f.tables().isEmpty()) {
      // Rows that explain a wrong sql result: the learner's, the expected, the missing and the
      // extra.
      ArrayNode tables = e.putArray("tables");
      for (tutor.grade.ResultTable t : f.tables()) {
        ObjectNode tn = tables.addObject().put("role", t.role().jsonName()).put("title", t.title());
        strings(tn.putArray("columns"), t.columns());
        ArrayNode rows = tn.putArray("rows");
        for (List<String> r : t.rows()) strings(rows.addArray(), r);
        tn.put("total_rows", t.totalRows());
      }
    }
    emit(e);
    current = null;
  }

  @Override
  public void skipped(String expected, String explanation) {
    ObjectNode e = event("skipped").put("exercise", current == null ? null : current.id());
    if (expected == null) e.putNull("expected").putNull("explanation");
    else e.put("expected", expected).put("explanation", explanation);
    emit(e);
  }

  @Override
  public void disputed(tutor.session.DisputeScreen d) {
    ObjectNode e =
        event("disputed")
            .put("exercise", d.exerciseId())
            .put("pack", d.packId())
            .put("answer", d.answer())
            .put("correct", true)
            .put("rating", d.rating().name().toLowerCase(Locale.ROOT))
            .put("rating_value", d.rating().value())
            .put(
                "due",
                d.nextDue() == null
                    ? null
                    : d.nextDue().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
            .put("next_review", d.nextReview());
    strings(e.putArray("changes"), d.changes());
    emit(e);
  }

  @Override
  public void summary(SessionSummary s) {
    ObjectNode e =
        event("summary")
            .put("answered", s.answered())
            .put("correct", s.correct())
            .put("percent_correct", s.percentCorrect())
            .put("seconds", s.time().toSeconds())
            .put("due_now", s.dueNow())
            .put("due_tomorrow", s.dueNextDay())
            // new exercises still open today: what the terminal's summary offers to go on with
            .put("new_today", s.newToday())
            .put(
                "next_due",
                s.nextDue() == null
                    ? null
                    : s.nextDue().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
            .put("stop_reason", s.stopReason())
            .put(
                "ended_by",
                s.endedBy() == null ? "done" : s.endedBy().name().toLowerCase(Locale.ROOT));
    strings(e.putArray("level_changes"), s.levelChanges());
    emit(e);
  }
}
