package tutor.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.AnswerGrader;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.grade.TextMatch;
import tutor.mastery.BktParameters;
import tutor.mastery.MasteryModel;
import tutor.pack.Exercise;
import tutor.session.NearMiss;

/** A typed answer: prose, or a shell command compared as a command ({@code match: command}). */
public record TextKind(Exercise.Text body) implements Kind {
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
    return "Type your answer.";
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    return text(body, responses.isEmpty() ? "" : responses.get(0));
  }

  public String expected(Presentation shown) {
    return body.answers().get(0);
  }

  public String key() {
    return body.answers().isEmpty() ? "/" + body.regex() + "/" : body.answers().get(0);
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return NearMiss.forText(body, responses.get(0), tolerance);
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    return Map.of();
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.TEXT;
  }

  /** Hardly ever guessed; slip 0.12, where typos and phrasing trip the learner who knows. */
  public BktParameters chance(BktParameters skill) {
    if (skill != null) return skill;
    BktParameters d = BktParameters.DEFAULT;
    return new BktParameters(d.prior(), d.learn(), MasteryModel.TYPED_GUESS, 0.12);
  }

  private static Outcome text(Exercise.Text t, String typed) {
    if (typed.isBlank()) return new Outcome.Invalid("Type an answer (or ? for a hint)");
    boolean correct = t.answers().stream().anyMatch(a -> AnswerGrader.textMatches(t, typed, a))
        || (t.regex() != null && TextMatch.matchesRegex(typed, t.regex(), t.normalization()));
    return new Outcome.Graded(correct, t.answers().get(0), "");
  }
}
