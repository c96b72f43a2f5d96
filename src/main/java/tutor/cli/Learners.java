package tutor.cli;

import java.time.ZoneId;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.study.LearnerSetup;

/**
 * The learner's settings as every command sees them: the study layer's one reading ({@link
 * LearnerSetup}), with the time zone of this machine where the learner set none.
 */
final class Learners {
  private Learners() {}

  static LearnerSetup setup(Store store, Learner learner) {
    return LearnerSetup.read(store, learner, ZoneId.systemDefault());
  }
}
