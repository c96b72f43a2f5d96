package tutor.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.AnswerGrader;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.mastery.MasteryModel;
import tutor.pack.Exercise;
import tutor.session.NearMiss;

/** A number within a tolerance, with an optional unit. */
public record NumericKind(Exercise.Numeric body) implements Kind {
  public boolean graded() {
    return true;
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
    return "Type a number" + (body.unit().isEmpty() ? "." : " (in " + body.unit() + ").");
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    return AnswerGrader.numeric(body, responses.isEmpty() ? "" : responses.get(0));
  }

  public String expected(Presentation shown) {
    return AnswerGrader.expectedNumber(body);
  }

  public String key() {
    String number = java.math.BigDecimal.valueOf(body.answer()).stripTrailingZeros().toPlainString();
    return body.unit().isEmpty() ? number : number + " " + body.unit();
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return Optional.empty(); // a digit off is another number
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    return Map.of("unit", body.unit());
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.NUMBER;
  }

  /** Hardly ever guessed; the default slip. */
  public BktParameters chance(BktParameters skill) {
    if (skill != null) return skill;
    BktParameters d = BktParameters.DEFAULT;
    return new BktParameters(d.prior(), d.learn(), MasteryModel.TYPED_GUESS, d.slip());
  }
}
