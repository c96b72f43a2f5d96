package tutor.kind;

import java.util.ArrayList;
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
    return cloze(body, responses);
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

  private static Outcome cloze(Exercise.Cloze c, List<String> typed) {
    if (typed.size() != c.gaps().size()) {
      return new Outcome.Invalid("Fill all " + c.gaps().size() + " gaps");
    }
    List<String> wrong = new ArrayList<>();
    if (c.anyOrder()) {
      int[] gapOf = AnswerGrader.gapsFilled(c, typed);
      List<String> open = new ArrayList<>();
      for (int g = 0; g < c.gaps().size(); g++) {
        boolean filled = false;
        for (int x : gapOf) filled |= x == g;
        if (!filled) open.add(c.gaps().get(g).expected());
      }
      for (int i = 0; i < typed.size(); i++) {
        if (gapOf[i] < 0) wrong.add("'" + typed.get(i).strip() + "' fills no gap");
      }
      if (!wrong.isEmpty()) wrong.add("missing: '" + String.join("', '", open) + "'");
      return new Outcome.Graded(wrong.isEmpty(), Gap.filled(c.text()), String.join("; ", wrong));
    }
    for (int i = 0; i < c.gaps().size(); i++) {
      Gap gap = c.gaps().get(i);
      String answer = typed.get(i);
      if (!AnswerGrader.gapMatches(c, i, answer)) {
        wrong.add("gap " + (i + 1) + ": '" + answer.strip() + "' should be '" + gap.expected() + "'");
      }
    }
    return new Outcome.Graded(wrong.isEmpty(), Gap.filled(c.text()), String.join("; ", wrong));
  }
}
