package tutor.kind;

import tutor.mastery.BktParameters;
import tutor.mastery.MasteryModel;

/**
 * Guess and slip of the kinds whose answer is typed or built (text, cloze, numeric, order, SQL,
 * regex) when the skill has no parameters of its own: a right answer by luck is near zero ({@link
 * MasteryModel#TYPED_GUESS}); the slip is each kind's own.
 */
final class TypedGuess {
  private TypedGuess() {}

  /**
   * {@code skill}'s own parameters, else the defaults with a typed answer's guess and {@code slip}.
   */
  static BktParameters chance(BktParameters skill, double slip) {
    if (skill != null) return skill;
    BktParameters d = BktParameters.DEFAULT;
    return new BktParameters(d.prior(), d.learn(), MasteryModel.TYPED_GUESS, slip);
  }
}
