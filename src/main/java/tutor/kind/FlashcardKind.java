package tutor.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.AnswerKeyChange;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

/** Recall the back, then rate yourself: never graded, the learner's own word. */
public record FlashcardKind(Exercise.Flashcard body) implements Kind {
  /** A flashcard has a front (its prompt) and a back. */
  public static final Format FORMAT =
      new Format() {
        public List<String> fields() {
          return List.of("front", "back");
        }

        public Read read(KindFields f) {
          if (f.has("prompt"))
            f.error("prompt", "a flashcard has 'front' and 'back', not 'prompt'");
          String front = f.string("front", true).orElse("");
          return new Read(front, new Exercise.Flashcard(f.string("back", true).orElse("")));
        }

        public Exercise.Body outline(int options, int correct) {
          return new Exercise.Flashcard("");
        }
      };

  public boolean graded() {
    return false;
  }

  public Presentation present(long seed) {
    return new Presentation(List.of());
  }

  public List<String> items() {
    return List.of();
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
    return "Think of the answer, then press Enter.";
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    throw new IllegalArgumentException("a flashcard is not auto-graded");
  }

  public String expected(Presentation shown) {
    return body.back();
  }

  public String key() {
    return body.back();
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return Optional.empty();
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    return Map.of();
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.RATING;
  }

  public BktParameters chance(BktParameters skill) {
    return skill == null ? BktParameters.DEFAULT : skill; // the learner's own rating
  }

  public Optional<String> resetReason(Exercise.Body after) {
    return AnswerKeyChange.flashcard(body, (Exercise.Flashcard) after);
  }

  public Map<String, Object> yaml(String prompt, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("front", prompt);
    m.put("back", body.back());
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

  public List<String> exampleProblems(List<String> answer, boolean list) {
    return List.of("a flashcard is rated by the learner, so it cannot have examples");
  }

  public List<Lint> lint(String what) {
    return List.of();
  }

  public int[] outlineCounts() {
    return new int[2];
  }
}
