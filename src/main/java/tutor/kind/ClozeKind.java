package tutor.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.AnswerGrader;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.mastery.MasteryModel;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.session.NearMiss;

/** A text with gaps, one typed line per gap (in any order with {@code any_order}). */
public record ClozeKind(Exercise.Cloze body) implements Kind {
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
    return body.gaps().size();
  }

  public String text() {
    return Gap.blanked(body.text());
  }

  public String instructions() {
    return body.gaps().size() == 1 ? "Type what goes in the gap." : "Fill the " + body.gaps().size() + " gaps, one at a time.";
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    return AnswerGrader.cloze(body, responses);
  }

  public String expected(Presentation shown) {
    return Gap.filled(body.text());
  }

  public String key() {
    return String.join(" | ", body.gaps().stream().map(Gap::expected).toList());
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return responses.size() == body.gaps().size() ? NearMiss.forCloze(body, responses, tolerance) : Optional.empty();
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("text", Gap.blanked(body.text()));
    out.put("gaps", body.gaps().size());
    return out;
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.GAPS;
  }

  /** As typed text: hardly ever guessed, slip 0.12. */
  public BktParameters chance(BktParameters skill) {
    if (skill != null) return skill;
    BktParameters d = BktParameters.DEFAULT;
    return new BktParameters(d.prior(), d.learn(), MasteryModel.TYPED_GUESS, 0.12);
  }
}
