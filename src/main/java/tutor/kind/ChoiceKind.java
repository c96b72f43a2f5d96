package tutor.kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tutor.grade.AnswerKeyChange;
import tutor.grade.AnswerKeys;
import tutor.grade.ChoiceText;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

/** Pick the correct option(s), by number or by text. */
public record ChoiceKind(Exercise.Choice body) implements Kind {
  /** The correct option is a give-away when this much longer than the longest other... */
  static final double GIVEAWAY_RATIO = 1.5;

  /** ...and at least this many characters longer. */
  static final int GIVEAWAY_CHARS = 10;

  public static final Format FORMAT =
      new Format() {
        public List<String> fields() {
          return List.of("options", "correct", "shuffle");
        }

        public Read read(KindFields f) {
          return new Read(f.string("prompt", true).orElse(""), readChoice(f));
        }

        public Exercise.Body outline(int options, int correct) {
          return new Exercise.Choice(
              java.util.Collections.nCopies(options, ""),
              java.util.stream.IntStream.range(0, correct).boxed().toList(),
              false);
        }
      };

  public boolean graded() {
    return true;
  }

  public Presentation present(long seed) {
    int n = body.options().size();
    return body.shuffle() ? Presentation.shuffled(n, seed) : Presentation.identity(n);
  }

  public List<String> items() {
    return body.options();
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
    return body.multiple()
        ? "Several are right: type all their numbers, e.g. 1 3."
        : "Type the number of your answer.";
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    return choice(body, shown, responses.isEmpty() ? "" : responses.get(0));
  }

  public String expected(Presentation shown) {
    return expectedChoice(body, shown);
  }

  public String key() {
    return String.join(" + ", body.correct().stream().map(i -> body.options().get(i)).toList());
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return Optional.empty(); // a slip in a number is another option
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("choices", shownItems);
    out.put("multiple", body.multiple());
    return out;
  }

  public JsonAnswer jsonAnswer() {
    return body.multiple() ? JsonAnswer.PICKS : JsonAnswer.PICK;
  }

  /**
   * Whatever the skill's parameters, the guess follows the options: 1 in n, or 1 in 2^n - 1
   * subsets.
   */
  public BktParameters chance(BktParameters skill) {
    BktParameters p = skill == null ? BktParameters.DEFAULT : skill;
    int n = body.options().size();
    double guess = body.multiple() ? 1.0 / (Math.pow(2, n) - 1) : 1.0 / n;
    guess = Math.min(guess, 0.98 - p.slip());
    return new BktParameters(p.prior(), p.learn(), Math.max(0.001, guess), p.slip());
  }

  /**
   * A stored answer as people read it: with a fixed order, option numbers become the options
   * (shuffled choices are stored as the numbers typed, which differ from one showing to the next).
   */
  public String inWords(String answer) {
    if (body.shuffle()) return answer;
    List<String> picked = new ArrayList<>();
    for (String part : answer.split("[ ,]+")) {
      try {
        int i = Integer.parseInt(part) - 1;
        if (i < 0 || i >= body.options().size()) return answer;
        picked.add(body.options().get(i));
      } catch (NumberFormatException ex) {
        return answer;
      }
    }
    return String.join(" + ", picked);
  }

  private static Outcome choice(Exercise.Choice c, Presentation shown, String typed) {
    int n = c.options().size();
    List<Integer> picked = AnswerKeys.positions(typed, n);
    // Numbers that cannot answer a single choice may be an option's text: "1, 2, 2, 4".
    boolean numbersFit = picked != null && (c.multiple() || picked.size() == 1);
    if (picked != null && !numbersFit) {
      ChoiceText.Reading r = ChoiceText.read(shown.shown(c.options()), typed);
      if (r instanceof ChoiceText.Picked p && p.positions().size() == 1) picked = p.positions();
    }
    if (picked == null && !typed.isBlank()) {
      ChoiceText.Reading r = ChoiceText.read(shown.shown(c.options()), typed);
      if (r instanceof ChoiceText.Picked p) picked = p.positions();
      else if (((ChoiceText.Problem) r).message() != null)
        return new Outcome.Invalid(((ChoiceText.Problem) r).message());
    }
    if (picked == null) {
      return new Outcome.Invalid(
          c.multiple()
              ? "Type the numbers of every correct option (1-"
                  + n
                  + "), e.g. 1 3, or their texts separated by semicolons."
              : "Type the number of your choice (1-" + n + "), or the start of its text.");
    }
    if (!c.multiple() && picked.size() != 1) {
      return new Outcome.Invalid("Choose one option (1-" + n + ").");
    }
    Set<Integer> chosen = new HashSet<>();
    for (int position : picked) chosen.add(shown.order().get(position - 1));
    boolean correct = chosen.equals(new HashSet<>(c.correct()));
    return new Outcome.Graded(
        correct,
        expectedChoice(c, shown),
        c.multiple() && !correct ? partly(c, shown, chosen) : "");
  }

  /** A multi-select answer partly right: how many, which were missed, which should not be there. */
  static String partly(Exercise.Choice c, Presentation shown, Set<Integer> chosen) {
    List<Integer> right = new ArrayList<>(c.correct());
    right.sort(java.util.Comparator.comparingInt(shown::positionOf));
    List<String> missed = new ArrayList<>();
    int got = 0;
    for (int i : right) {
      if (chosen.contains(i)) got++;
      else missed.add(shown.positionOf(i) + ") " + c.options().get(i));
    }
    List<Integer> extra = new ArrayList<>();
    for (int i : chosen) if (!c.correct().contains(i)) extra.add(i);
    extra.sort(java.util.Comparator.comparingInt(shown::positionOf));
    List<String> wrong = new ArrayList<>();
    for (int i : extra) wrong.add(shown.positionOf(i) + ") " + c.options().get(i));
    StringBuilder sb =
        new StringBuilder().append(got).append(" of ").append(right.size()).append(" right");
    if (!missed.isEmpty()) sb.append("; you missed ").append(String.join(", ", missed));
    if (!wrong.isEmpty())
      sb.append(missed.isEmpty() ? "; " : "; and ")
          .append(String.join(", ", wrong))
          .append(wrong.size() == 1 ? " is not one of them" : " are not among them");
    return sb.append('.').toString();
  }

  static String expectedChoice(Exercise.Choice c, Presentation shown) {
    List<Integer> correctIndices = new ArrayList<>(c.correct());
    correctIndices.sort(java.util.Comparator.comparingInt(shown::positionOf));
    List<String> expected = new ArrayList<>();
    for (int i : correctIndices) expected.add(shown.positionOf(i) + ") " + c.options().get(i));
    return String.join(", ", expected);
  }

  public Optional<String> resetReason(Exercise.Body after) {
    return AnswerKeyChange.choice(body, (Exercise.Choice) after);
  }

  public Map<String, Object> yaml(String prompt, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    KindYaml.putIf(m, "prompt", prompt);
    m.put("options", body.options());
    List<String> correct = body.correct().stream().map(body.options()::get).toList();
    m.put("correct", correct.size() == 1 ? correct.get(0) : correct);
    if (!body.shuffle()) m.put("shuffle", false);
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

  /** Examples name options by their text. */
  public List<String> exampleProblems(List<String> answer, boolean list) {
    return Examples.known(answer, body.options(), "options");
  }

  /** A correct option much longer than every other one is a known give-away. */
  public List<Lint> lint(String what) {
    if (body.multiple() || body.options().size() < 3) return List.of();
    int correct = body.correct().get(0);
    int answerLength = body.options().get(correct).strip().length();
    int longestOther = 0;
    for (int i = 0; i < body.options().size(); i++) {
      if (i != correct)
        longestOther = Math.max(longestOther, body.options().get(i).strip().length());
    }
    if (answerLength >= GIVEAWAY_RATIO * longestOther
        && answerLength - longestOther >= GIVEAWAY_CHARS) {
      return List.of(
          new Lint(
              "length-giveaway",
              what
                  + ": the correct option is much longer than the others ("
                  + answerLength
                  + " characters against at most "
                  + longestOther
                  + "), which gives it away"));
    }
    return List.of();
  }

  public int[] outlineCounts() {
    return new int[] {body.options().size(), body.correct().size()};
  }

  private static Exercise.Body readChoice(KindFields f) {
    List<String> options = f.strings("options", true);
    if (options.size() == 1) f.error("options", "a choice needs at least two options");
    if (new HashSet<>(options).size() < options.size())
      f.error("options", "two options are the same");
    List<String> correct = f.strings("correct", true);
    List<Integer> indices = new ArrayList<>();
    for (String c : correct) {
      int i = options.indexOf(c);
      if (i < 0) {
        f.error(
            "correct",
            "'" + c + "' in 'correct' is not one of the options" + Examples.didYouMean(c, options));
      } else if (!indices.contains(i)) {
        indices.add(i);
      }
    }
    if (!indices.isEmpty() && indices.size() == options.size()) {
      f.error("correct", "every option is correct; give at least one wrong option");
    }
    return indices.isEmpty()
        ? null
        : new Exercise.Choice(options, indices, f.bool("shuffle").orElse(true));
  }
}
