package tutor.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.Exercise;
import tutor.session.NearMiss;

/** Recall the back, then rate yourself: never graded, the learner's own word. */
public record FlashcardKind(Exercise.Flashcard body) implements Kind {
  public boolean graded() {
    return false;
  }

  public Presentation present(long seed) {
    return new Presentation(List.of());
  }

  public List<String> items() {
    return List.of();
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
}
