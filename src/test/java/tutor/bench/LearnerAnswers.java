package tutor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.StoredExercise;
import tutor.packfile.AuthoredPack;
import tutor.packfile.Examples;
import tutor.packfile.PackReader;

/**
 * What a simulated learner types, as a protocol answer (docs/protocol.md): a right answer is one
 * the pack itself gives (an accepted answer, a gap's first alternative, the reference query or
 * pattern, an author's accepted example), so that the real grader must accept it; a wrong answer is
 * what a confused learner gives (another exercise's answer of the same pack and type, a wrong
 * option, a shuffled order, a number off).
 */
final class LearnerAnswers {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Map<CardKey, StoredExercise> exercises = new HashMap<>();
  private final Map<CardKey, Examples> examples = new HashMap<>();

  /** Each pack's exercises by type: where wrong answers are borrowed from. */
  private final Map<String, List<StoredExercise>> byPackAndType = new HashMap<>();

  LearnerAnswers(Curriculum c, Path contentDir) throws Exception {
    for (StoredExercise e : c.exercises()) {
      exercises.put(e.key(), e);
      byPackAndType
          .computeIfAbsent(e.packId() + "/" + e.exercise().type(), k -> new ArrayList<>())
          .add(e);
    }
    for (String pack : c.skills().stream().map(s -> s.packId()).distinct().toList()) {
      AuthoredPack authored = PackReader.readAuthored(contentDir.resolve(pack));
      for (Exercise e : authored.pack().exercises())
        examples.put(new CardKey(pack, e.id()), authored.sources().examplesOf(e.id()));
    }
  }

  StoredExercise exercise(String pack, String id) {
    StoredExercise e = exercises.get(new CardKey(pack, id));
    if (e == null)
      throw new IllegalStateException("tutor served an unknown exercise " + pack + "/" + id);
    return e;
  }

  /** A right answer to the open exercise, shaped for {@code {"answer": ...}}. */
  JsonNode right(StoredExercise se, JsonNode event) {
    Exercise.Body body = se.exercise().body();
    if (body instanceof Exercise.Choice c)
      return indices(
          event.path("choices"), c.correct().stream().map(c.options()::get).toList(), c.multiple());
    if (body instanceof Exercise.Order o) return indices(event.path("items"), o.items(), true);
    if (body instanceof Exercise.Text t)
      return JSON.textNode(t.answers().isEmpty() ? example(se) : t.answers().get(0));
    if (body instanceof Exercise.Cloze c)
      return gaps(c.gaps().stream().map(Gap::expected).toList());
    if (body instanceof Exercise.Numeric n) return number(n.answer(), n.integer());
    if (body instanceof Exercise.Sql s) return JSON.textNode(s.solution());
    if (body instanceof Exercise.Regex r) return JSON.textNode(r.solution());
    return JSON.numberNode(3); // a flashcard: the learner rates their recall Good
  }

  /**
   * A wrong answer: the learner does not know it. For a choice, a wrong option (or a wrong set);
   * for typed answers another exercise's answer of the same pack and type, else a word of no use.
   */
  JsonNode wrong(StoredExercise se, JsonNode event, SplittableRandom random) {
    Exercise.Body body = se.exercise().body();
    if (body instanceof Exercise.Choice c) return wrongChoice(c, event.path("choices"), random);
    if (body instanceof Exercise.Order o) return wrongOrder(o, event.path("items"), random);
    if (body instanceof Exercise.Numeric n) return number(n.answer() * 2 + 7, n.integer());
    if (body instanceof Exercise.Cloze c) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < c.gaps().size(); i++) out.add(borrowed(se, random, "no idea"));
      return gaps(out);
    }
    if (body instanceof Exercise.Sql) return JSON.textNode(borrowed(se, random, "SELECT 1"));
    if (body instanceof Exercise.Regex) return JSON.textNode(borrowed(se, random, "x{99}"));
    if (body instanceof Exercise.Text) return JSON.textNode(borrowed(se, random, "no idea"));
    return JSON.numberNode(1); // a flashcard: the learner rates their recall Again
  }

  /**
   * A random guess: a uniformly random option (a random non-empty set when several are right), a
   * random order; typed answers cannot be guessed, so they get a wrong one.
   */
  JsonNode guess(StoredExercise se, JsonNode event, SplittableRandom random) {
    Exercise.Body body = se.exercise().body();
    if (body instanceof Exercise.Choice c) {
      int n = event.path("choices").size();
      if (!c.multiple()) return JSON.numberNode(random.nextInt(n));
      ArrayNode picked = JSON.arrayNode();
      while (picked.isEmpty()) {
        for (int i = 0; i < n; i++) if (random.nextBoolean()) picked.add(i);
      }
      return picked;
    }
    if (body instanceof Exercise.Order) {
      List<Integer> order = shuffled(event.path("items").size(), random);
      ArrayNode a = JSON.arrayNode();
      order.forEach(a::add);
      return a;
    }
    return wrong(se, event, random);
  }

  private String example(StoredExercise se) {
    Examples x = examples.get(se.key());
    if (x == null || x.accept().isEmpty())
      throw new IllegalStateException(se.key() + ": a text exercise with no answer nor example");
    return x.accept().get(0).answer().get(0);
  }

  /** Another exercise's first answer, of the same pack and type. */
  private String borrowed(StoredExercise se, SplittableRandom random, String fallback) {
    List<StoredExercise> same = byPackAndType.get(se.packId() + "/" + se.exercise().type());
    if (same == null || same.size() < 2 || random.nextInt(4) == 0) return fallback;
    StoredExercise other;
    do other = same.get(random.nextInt(same.size()));
    while (other.key().equals(se.key()));
    Exercise.Body b = other.exercise().body();
    if (b instanceof Exercise.Text t) return t.answers().isEmpty() ? fallback : t.answers().get(0);
    if (b instanceof Exercise.Cloze c)
      return c.gaps().get(random.nextInt(c.gaps().size())).expected();
    if (b instanceof Exercise.Sql s) return s.solution();
    if (b instanceof Exercise.Regex r) return r.solution();
    return fallback;
  }

  private static JsonNode indices(JsonNode shown, List<String> texts, boolean list) {
    List<String> labels = new ArrayList<>();
    shown.forEach(n -> labels.add(n.asText()));
    ArrayNode a = JSON.arrayNode();
    boolean[] used = new boolean[labels.size()];
    for (String t : texts) {
      int at = -1;
      for (int i = 0; i < labels.size() && at < 0; i++)
        if (!used[i] && labels.get(i).equals(t)) at = i;
      if (at < 0) throw new IllegalStateException("'" + t + "' is not among the shown " + labels);
      used[at] = true;
      a.add(at);
    }
    return list ? a : a.get(0);
  }

  private static JsonNode wrongChoice(Exercise.Choice c, JsonNode shown, SplittableRandom random) {
    List<String> right = c.correct().stream().map(c.options()::get).toList();
    List<Integer> wrong = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) if (!right.contains(shown.get(i).asText())) wrong.add(i);
    int pick = wrong.get(random.nextInt(wrong.size()));
    if (!c.multiple()) return JSON.numberNode(pick);
    // a set with one wrong option in it is wrong whatever else it holds
    ArrayNode a = (ArrayNode) indices(shown, right.subList(0, right.size() - 1), true);
    a.add(pick);
    return a;
  }

  private static JsonNode wrongOrder(Exercise.Order o, JsonNode shown, SplittableRandom random) {
    ArrayNode right = (ArrayNode) indices(shown, o.items(), true);
    ArrayNode a = JSON.arrayNode();
    // the right order with two neighbours swapped: a near miss that is still wrong
    int swap = random.nextInt(right.size() - 1);
    for (int i = 0; i < right.size(); i++)
      a.add(right.get(i == swap ? swap + 1 : i == swap + 1 ? swap : i).asInt());
    return a;
  }

  private static List<Integer> shuffled(int n, SplittableRandom random) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(i);
    for (int i = n - 1; i > 0; i--) java.util.Collections.swap(out, i, random.nextInt(i + 1));
    return out;
  }

  private static JsonNode gaps(List<String> answers) {
    ArrayNode a = JSON.arrayNode();
    answers.forEach(a::add);
    return a;
  }

  private static JsonNode number(double v, boolean integer) {
    return integer || v == Math.rint(v) ? JSON.numberNode((long) v) : JSON.numberNode(v);
  }
}
