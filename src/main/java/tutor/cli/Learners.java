package tutor.cli;

import java.time.ZoneId;
import tutor.schedule.FsrsScheduler;
import tutor.session.LearnerSettings;
import tutor.store.Learner;
import tutor.store.Store;

/** The learner's settings and scheduler as every command must see them: one definition. */
final class Learners {
  private Learners() {}

  static LearnerSettings settings(Store store, Learner learner) {
    return LearnerSettings.from(store.settings(learner.id()), ZoneId.systemDefault());
  }

  /** FSRS with the learner's retention, day and adopted parameters (the defaults until fitted). */
  static FsrsScheduler scheduler(Store store, Learner learner, LearnerSettings settings) {
    return new FsrsScheduler(
        settings.schedulerConfig(OptimizeCommand.schedulingParameters(store, learner)));
  }
}
