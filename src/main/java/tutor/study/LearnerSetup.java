package tutor.study;

import java.time.ZoneId;
import java.util.Map;
import tutor.profile.Preferences;
import tutor.schedule.FsrsParameters;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.SchedulerConfig;
import tutor.session.LearnerSettings;
import tutor.store.FittedParameters;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.StoreException;

/**
 * A learner's settings as everything that studies or reports on them sees them, read in one way:
 * the stored values, the study settings and preferences made from them, and the FSRS parameters
 * adopted with {@code tutor optimize} (the defaults until then). A session ({@link StudyContext})
 * and the figures of {@code stats}, {@code profile}, {@code forecast}, {@code goal status} and
 * credentials all start here, so a desired retention or fitted parameters reach each of them alike.
 *
 * @param stored the values as set (a key absent when left at its default)
 */
public record LearnerSetup(
    Map<String, String> stored,
    LearnerSettings settings,
    Preferences preferences,
    FsrsParameters parameters) {

  public LearnerSetup {
    stored = Map.copyOf(stored);
  }

  /**
   * Reads the learner's settings and adopted parameters: two reads of the store, nothing else.
   *
   * @param zone the time zone where the learner's study day is counted unless they set one
   */
  public static LearnerSetup read(Store store, Learner learner, ZoneId zone) {
    Map<String, String> stored = store.settings(learner.id());
    // A value changed outside tutor (a time zone that is none, an hour of 99) would otherwise end
    // every command in "unexpected error: ZoneRulesException": one line names it instead.
    for (Map.Entry<String, String> e : stored.entrySet()) {
      if (!LearnerSettings.KEYS.containsKey(e.getKey())) continue;
      try {
        LearnerSettings.validate(e.getKey(), e.getValue());
      } catch (RuntimeException bad) {
        throw new StoreException(
            "learner '"
                + learner.name()
                + "': the setting "
                + e.getKey()
                + " = '"
                + e.getValue()
                + "' cannot be used ("
                + bad.getMessage()
                + "); it was changed outside tutor: tutor doctor --fix sets it back to its default");
      }
    }
    return new LearnerSetup(
        stored,
        LearnerSettings.from(stored, zone),
        Preferences.from(stored),
        adoptedParameters(store, learner.id()));
  }

  /** The FSRS parameters adopted for the learner (`tutor optimize`), else the defaults. */
  public static FsrsParameters adoptedParameters(Store store, long learnerId) {
    return store
        .adoptedParameters(learnerId)
        .map(FittedParameters::parameters)
        .orElse(FsrsParameters.DEFAULT);
  }

  /** The learner's retention, study day and adopted parameters. */
  public SchedulerConfig schedulerConfig() {
    return settings.schedulerConfig(parameters);
  }

  /** FSRS as the learner has it, without load balancing (reports, placement). */
  public FsrsScheduler scheduler() {
    return new FsrsScheduler(schedulerConfig());
  }

  /**
   * The learner's recall as fading days are made with it ({@link tutor.mastery.FadingDay}): their
   * study days, which FSRS counts elapsed days by here ({@link LearnerSettings#schedulerConfig}),
   * and their FSRS decay.
   */
  public tutor.mastery.FadingDay.Curve fadingCurve() {
    return tutor.mastery.FadingDay.Curve.of(settings.day(), parameters);
  }

  /** The same learner with another desired retention (what a forecast compares). */
  public LearnerSetup withDesiredRetention(double retention) {
    return new LearnerSetup(
        stored, settings.withDesiredRetention(retention), preferences, parameters);
  }
}
