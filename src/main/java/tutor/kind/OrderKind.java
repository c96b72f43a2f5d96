package tutor.kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.AnswerKeyChange;
import tutor.grade.AnswerKeys;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

/** Put the items back in order, by typing their shown numbers. */
public record OrderKind(Exercise.Order body) implements Kind {
  public static final Format FORMAT =
      new Format() {
        public List<String> fields() {
          return List.of("items");
        }

        public Read read(KindFields f) {
          return new Read(f.string("prompt", true).orElse(""), readOrder(f));
        }

        public Exercise.Body outline(int options, int correct) {
          return new Exercise.Order(List.of());
        }
      };

  public boolean graded() {
    return true;
  }

  /** Shuffled, but never shown already in order: that would give the answer away. */
  public Presentation present(long seed) {
    int n = body.items().size();
    Presentation p = Presentation.shuffled(n, seed);
    if (p.order().equals(Presentation.identity(n).order())) p = Presentation.rotated(n);
    return p;
  }

  public List<String> items() {
    return body.items();
  }

  public boolean multiLine() {
    return false;
  }

  public String answerLabel() {
    return "Expected";
  }

  public int responses() {
    return 1;
  }

  public String text() {
    return "";
  }

  public String instructions() {
    StringBuilder example = new StringBuilder();
    for (int i = body.items().size(); i >= 1; i--) example.append(i).append(i > 1 ? " " : "");
    return "Type the numbers in the right order, e.g. " + example + ".";
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    return order(body, shown, responses.isEmpty() ? "" : responses.get(0));
  }

  public String expected(Presentation shown) {
    return expectedOrder(body, shown);
  }

  public String key() {
    return String.join(" > ", body.items());
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return Optional.empty();
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    return Map.of("items", shownItems);
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.ORDER;
  }

  /**
   * 1 in n! by chance; packs order three to six (1/6 to 1/720), and an exercise in outline does not
   * carry its items, so the same near-zero rate as typed answers.
   */
  public BktParameters chance(BktParameters skill) {
    return TypedGuess.chance(skill, 0.12);
  }

  private static Outcome order(Exercise.Order o, Presentation shown, String typed) {
    int n = o.items().size();
    List<Integer> picked = AnswerKeys.positions(typed, n);
    if (picked == null || picked.size() != n || new HashSet<>(picked).size() != n) {
      return new Outcome.Invalid(
          "Type all " + n + " numbers in the right order, e.g. " + exampleOrder(n) + ".");
    }
    boolean correct = true;
    for (int i = 0; i < n; i++) {
      if (shown.order().get(picked.get(i) - 1) != i) correct = false;
    }
    return new Outcome.Graded(correct, expectedOrder(o, shown), "");
  }

  static String expectedOrder(Exercise.Order o, Presentation shown) {
    List<String> expectedPositions = new ArrayList<>();
    for (int i = 0; i < o.items().size(); i++)
      expectedPositions.add(Integer.toString(shown.positionOf(i)));
    return String.join(" ", expectedPositions) + ": " + String.join(" → ", o.items());
  }

  private static String exampleOrder(int n) {
    List<String> out = new ArrayList<>();
    for (int i = n; i >= 1; i--) out.add(Integer.toString(i));
    return String.join(" ", out);
  }

  public Optional<String> resetReason(Exercise.Body after) {
    return AnswerKeyChange.order(body, (Exercise.Order) after);
  }

  public Map<String, Object> yaml(String prompt, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    KindYaml.putIf(m, "prompt", prompt);
    m.put("items", body.items());
    return m;
  }

  public Normalization typedGrading() {
    return null;
  }

  public tutor.pack.Fixture fixture() {
    return null;
  }

  public CommandTable commands() {
    return null;
  }

  /** Every item, each once, named by its text. */
  public List<String> exampleProblems(List<String> answer, boolean list) {
    List<String> unknown = Examples.known(answer, body.items(), "items");
    if (!unknown.isEmpty()) return unknown;
    if (answer.size() == body.items().size() && new HashSet<>(answer).size() == answer.size())
      return List.of();
    return List.of(
        "an order example lists all "
            + body.items().size()
            + " items, each once, in the order the learner would put them");
  }

  public List<Lint> lint(String what) {
    return List.of();
  }

  public int[] outlineCounts() {
    return new int[2];
  }

  private static Exercise.Body readOrder(KindFields f) {
    List<String> items = f.strings("items", true);
    if (items.size() == 1) f.error("items", "an order exercise needs at least two items");
    if (new HashSet<>(items).size() < items.size()) f.error("items", "two items are the same");
    return items.size() < 2 ? null : new Exercise.Order(items);
  }
}
