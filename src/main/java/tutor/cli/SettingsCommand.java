package tutor.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.session.LearnerSettings;
import tutor.store.AutoBackups;
import tutor.store.Learner;
import tutor.store.SqliteStore;

@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    description = {"Show the current learner's settings, or change one.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  tutor settings", "  tutor settings new-per-day 10", "  tutor settings desired-retention 0.85",
        "  tutor settings leech-action reteach",
        "  tutor settings backup-keep-daily 14     (automatic backups: newest of each of the last 14 days)"})
final class SettingsCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "The setting to change.")
  String key;

  @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "Its new value.")
  String value;

  @Override
  public Integer call() {
    PrintWriter out = root.ctx.out();
    try (SqliteStore store = root.openStore()) {
      Learner learner = store.currentLearner(root.clock().instant());
      if (key != null && value == null) {
        throw new UserException(ExitCodes.BAD_INPUT, "give a value: tutor settings " + key + " VALUE");
      }
      if (key != null && AutoBackups.DEFAULTS.containsKey(key)) {
        // How many automatic backups to keep is a setting of the database, not of a learner.
        int n;
        try {
          n = AutoBackups.validKeep(key, value);
        } catch (IllegalArgumentException e) {
          throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        store.setAppSetting(key, Integer.toString(n));
        out.println(key + " = " + n + " (for the whole database)");
        return ExitCodes.OK;
      }
      if (key != null) {
        String normalised;
        try {
          normalised = LearnerSettings.validate(key, value);
        } catch (IllegalArgumentException e) {
          throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
        }
        store.setSetting(learner.id(), key, normalised);
        out.println(key + " = " + normalised);
        return ExitCodes.OK;
      }
      Map<String, String> stored = store.settings(learner.id());
      LearnerSettings s = LearnerSettings.from(stored, ZoneId.systemDefault());
      out.println("Settings of learner '" + learner.name() + "':");
      out.printf("  %-18s %s%n", "desired-retention", s.desiredRetention());
      out.printf("  %-18s %s%n", "new-per-day", s.newPerDay());
      out.printf("  %-18s %s%n", "reviews-per-day", s.reviewsPerDay());
      out.printf("  %-18s %s%n", "timezone", s.day().zone().getId());
      out.printf("  %-18s %s%n", "day-starts-at", s.day().rolloverHour());
      out.printf("  %-18s %s%n", "leech-threshold", s.leechThreshold());
      out.printf("  %-18s %s%n", "leech-action", s.leechAction().id());
      out.println();
      out.println("Keys:");
      LearnerSettings.KEYS.forEach((k, d) -> out.printf("  %-18s %s%n", k, d));
      out.println();
      out.println("Automatic backups of the whole database (tutor backup --list), how many to keep:");
      AutoBackups.DEFAULTS.forEach((k, d) -> out.printf("  %-18s %s%n", k,
          store.appSetting(k).orElse(Integer.toString(d))));
    }
    return ExitCodes.OK;
  }
}
