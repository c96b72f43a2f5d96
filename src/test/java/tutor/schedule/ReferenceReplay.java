package tutor.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays ts-fsrs 5.4.2 reference cases (the shared/fsrs JSON format) against our model and
 * scheduler, and records the largest difference seen per quantity.
 */
final class ReferenceReplay {
  static final double TOLERANCE = 1e-6;

  final Map<String, Double> maxDiff = new TreeMap<>();
  int curvePoints;
  int intervalPoints;
  int memorySequences;
  int memoryReviews;
  int schedulerCases;
  int schedulerReviews;
  final List<String> schedulerCaseIds = new ArrayList<>();

  void replayMemory(JsonNode root) {
    Map<String, FsrsModel> models = new HashMap<>();
    root.get("parameter_sets")
        .fields()
        .forEachRemaining(e -> models.put(e.getKey(), new FsrsModel(parameters(e.getValue()))));

    for (JsonNode curve : root.get("curve_cases")) {
      FsrsModel model = models.get(curve.get("parameter_set").asText());
      near("decay", curve.get("decay").asDouble(), model.decay(), "curve");
      near("factor", curve.get("factor").asDouble(), model.factor(), "curve");
      for (JsonNode p : curve.get("points")) {
        String where = "curve " + curve.get("parameter_set").asText() + " " + p;
        near(
            "R(curve)",
            p.get(2).asDouble(),
            model.retrievability(p.get(0).asDouble(), p.get(1).asDouble()),
            where);
        curvePoints++;
      }
    }

    for (JsonNode ic : root.get("interval_cases")) {
      FsrsModel model = models.get(ic.get("parameter_set").asText());
      double im = model.intervalModifier(ic.get("request_retention").asDouble());
      String where =
          "interval "
              + ic.get("parameter_set").asText()
              + " rr="
              + ic.get("request_retention").asDouble()
              + " max="
              + ic.get("maximum_interval").asInt();
      near("interval_modifier", ic.get("interval_modifier").asDouble(), im, where);
      for (JsonNode p : ic.get("points")) {
        int expected = p.get(1).asInt();
        int actual =
            FsrsModel.interval(p.get(0).asDouble(), im, ic.get("maximum_interval").asInt());
        exact("interval", expected, actual, where + " S=" + p.get(0).asDouble());
        intervalPoints++;
      }
    }

    for (JsonNode c : root.get("cases")) {
      replayMemorySequence(c, models.get(c.get("parameter_set").asText()));
    }
  }

  private void replayMemorySequence(JsonNode c, FsrsModel model) {
    boolean shortTerm = c.get("enable_short_term").asBoolean();
    MemoryState state = null;
    int i = 0;
    for (JsonNode r : c.get("reviews")) {
      String where = c.get("id").asText() + " review " + i++;
      long t = r.get("elapsed_days").asLong();
      Rating rating = Rating.of(r.get("rating").asInt());
      if (state == null) {
        assertNull(nullableDouble(r.get("retrievability")), where);
      } else {
        near(
            "R(memory)",
            r.get("retrievability").asDouble(),
            model.retrievability(t, state.stability()),
            where);
      }
      exact("branch", r.get("branch").asText(), branch(state, t, rating, shortTerm), where);
      state = model.nextState(state, t, rating, shortTerm);
      near("S(memory)", r.get("stability").asDouble(), state.stability(), where);
      near("D(memory)", r.get("difficulty").asDouble(), state.difficulty(), where);
      memoryReviews++;
    }
    memorySequences++;
  }

  /** Which formula README 6.1 says produces S; checks we read the cases the same way. */
  private static String branch(MemoryState prev, long t, Rating rating, boolean shortTerm) {
    if (prev == null) {
      return "init";
    }
    if (t == 0 && shortTerm) {
      return "short_term";
    }
    return rating == Rating.AGAIN ? "forget" : "recall";
  }

  void replayScheduler(JsonNode root) {
    Map<String, Scheduler> schedulers = new HashMap<>();
    root.get("configs")
        .fields()
        .forEachRemaining(e -> schedulers.put(e.getKey(), new FsrsScheduler(config(e.getValue()))));
    for (JsonNode c : root.get("cases")) {
      replaySchedulerCase(c, schedulers.get(c.get("config").asText()));
    }
  }

  private void replaySchedulerCase(JsonNode c, Scheduler scheduler) {
    String id = c.get("id").asText();
    CardState card = CardState.newCard(Instant.ofEpochMilli(c.get("created_ms").asLong()));
    int i = 0;
    for (JsonNode r : c.get("reviews")) {
      String where = id + " review " + i++;
      Instant now = Instant.ofEpochMilli(r.get("review_ms").asLong());
      Rating rating = Rating.of(r.get("rating").asInt());
      exact("state_before", phase(r.get("state_before").asText()), card.phase(), where);

      ReviewOutcome out = scheduler.review(card, rating, now, 0L);
      exact("preview", out, scheduler.preview(card, now, 0L).get(rating), where);

      CardState next = out.card();
      exact("elapsed_days", r.get("elapsed_days").asLong(), out.elapsedDays(), where);
      Double expectedR = nullableDouble(r.get("retrievability"));
      if (expectedR == null) {
        assertNull(out.retrievabilityBefore(), where);
      } else {
        near("R(scheduler)", expectedR, out.retrievabilityBefore(), where);
      }
      exact("state", phase(r.get("state").asText()), next.phase(), where);
      exact("step", r.get("step").asInt(), next.step(), where);
      exact("due_ms", r.get("due_ms").asLong(), next.due().toEpochMilli(), where);
      exact("scheduled_days", r.get("scheduled_days").asInt(), out.scheduledDays(), where);
      exact("reps", r.get("reps").asInt(), next.reps(), where);
      exact("lapses", r.get("lapses").asInt(), next.lapses(), where);
      exact("last_review", now, next.lastReview(), where);
      near("S(scheduler)", r.get("stability").asDouble(), next.stability(), where);
      near("D(scheduler)", r.get("difficulty").asDouble(), next.difficulty(), where);
      card = next;
      schedulerReviews++;
    }
    schedulerCases++;
    schedulerCaseIds.add(id);
  }

  static FsrsParameters parameters(JsonNode parameterSet) {
    JsonNode w = parameterSet.get("w");
    double[] values = new double[w.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = w.get(i).asDouble();
    }
    return new FsrsParameters(values);
  }

  static SchedulerConfig config(JsonNode c) {
    return new SchedulerConfig(
        parameters(c),
        c.get("request_retention").asDouble(),
        c.get("maximum_interval").asInt(),
        steps(c.get("learning_steps")),
        steps(c.get("relearning_steps")),
        c.get("enable_short_term").asBoolean(),
        c.get("enable_fuzz").asBoolean(),
        DayCounter.UTC);
  }

  /** ts-fsrs step units: "10m", "1h", "2d". */
  private static List<Duration> steps(JsonNode array) {
    List<Duration> steps = new ArrayList<>();
    for (JsonNode s : array) {
      String text = s.asText();
      long n = Long.parseLong(text.substring(0, text.length() - 1));
      steps.add(
          switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("unknown step unit: " + text);
          });
    }
    return steps;
  }

  private static CardPhase phase(String tsFsrsState) {
    return CardPhase.valueOf(tsFsrsState.toUpperCase());
  }

  private static Double nullableDouble(JsonNode node) {
    return node == null || node.isNull() ? null : node.asDouble();
  }

  private void near(String what, double expected, double actual, String where) {
    double diff = Math.abs(expected - actual);
    maxDiff.merge(what, diff, Math::max);
    assertEquals(expected, actual, TOLERANCE, what + " at " + where);
  }

  private void exact(String what, Object expected, Object actual, String where) {
    assertEquals(expected, actual, what + " at " + where);
  }

  String summary() {
    return String.format(
        "curve points %d, interval points %d, memory sequences %d (%d reviews), scheduler cases %d"
            + " (%d reviews); max |diff| %s",
        curvePoints,
        intervalPoints,
        memorySequences,
        memoryReviews,
        schedulerCases,
        schedulerReviews,
        maxDiff);
  }
}
