package tutor.mastery;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a skill's latest answers are more than guessing gives: the one rule, beside knowledge
 * tracing and the spaced evidence, behind "mastered" wherever tutor says it (pack list, stats,
 * goals, a session's level changes, the picker) and behind a credential (docs/mastery.md).
 *
 * <p>Why: P(known) rises on every attempt (BKT's learning step), so four lucky right answers to
 * four-option choices in a row make a skill "known" whatever came before, and two of them on two
 * days "shown". A learner picking choices at random (24% right, 194 answers) reached P(known) 0.957
 * with that evidence twice in 14 days. So the right answers without hints among the skill's last
 * {@value #RECENT} answers must be more than guessing gives: the exact chance of at least as many
 * by guessing alone (each answer's own guess: 1/n for a choice of n, about 0 typed) is under
 * {@value #LUCK}.
 */
public final class Chance {
  /** How many of a skill's latest answers the rule weighs. */
  public static final int RECENT = 100;

  /** Below this chance of guessing as many right, the right answers are not luck. */
  public static final double LUCK = 0.01;

  private Chance() {}

  /**
   * One answer to an exercise of the skill.
   *
   * @param guess its chance of being right by guessing (knowledge tracing's guess for the exercise)
   * @param shows right without hints
   */
  public record Answer(double guess, boolean shows) {}

  /**
   * Whether {@code answers} (oldest first; the newest {@value #RECENT} are weighed) hold right
   * answers beyond guessing. None right is not beyond guessing.
   */
  public static boolean beyondGuessing(List<Answer> answers) {
    List<Answer> latest = latest(answers);
    int right = (int) latest.stream().filter(Answer::shows).count();
    return right > 0 && atLeastByChance(guesses(latest), right) < LUCK;
  }

  /** The newest {@value #RECENT} of {@code answers} (oldest first), oldest first. */
  public static List<Answer> latest(List<Answer> answers) {
    return answers.size() <= RECENT
        ? answers
        : answers.subList(answers.size() - RECENT, answers.size());
  }

  /** {@code answers} and one more, only the newest {@value #RECENT} kept. */
  public static List<Answer> plus(List<Answer> answers, Answer next) {
    List<Answer> out = new ArrayList<>(latest(answers));
    out.add(next);
    return List.copyOf(latest(out));
  }

  /** How many right answers guessing alone would give on these answers, on average. */
  public static double expectedByGuessing(List<Answer> answers) {
    return latest(answers).stream().mapToDouble(Answer::guess).sum();
  }

  private static List<Double> guesses(List<Answer> answers) {
    return answers.stream().map(Answer::guess).toList();
  }

  /** P(at least {@code right} successes) of independent trials with these chances (exact). */
  public static double atLeastByChance(List<Double> chances, int right) {
    double[] p = new double[chances.size() + 1];
    p[0] = 1;
    int n = 0;
    for (double g : chances) {
      n++;
      for (int k = n; k >= 1; k--) p[k] = p[k] * (1 - g) + p[k - 1] * g;
      p[0] *= 1 - g;
    }
    double tail = 0;
    for (int k = right; k <= chances.size(); k++) tail += p[k];
    return tail;
  }
}
