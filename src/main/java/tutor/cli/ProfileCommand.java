package tutor.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.profile.LearnerProfile;
import tutor.profile.Preferences;
import tutor.schedule.FsrsScheduler;
import tutor.session.LearnerSettings;
import tutor.session.Picker;
import tutor.session.ProfileKeys;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.store.StudyData;
import tutor.study.LearnerSetup;
import tutor.terminal.Style;
import tutor.terminal.Wrap;

@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Who you are as a learner, computed from your own answers.",
      "",
      "Strengths and weak spots, the exercise types you do best and worst, how well",
      "your confidence matches your results (calibration), when and how long you",
      "study, your goals and pace, and the preferences you set.",
      "",
      "Change a preference or setting with: tutor profile set KEY VALUE",
      "(tutor profile set --help lists the keys). How each figure is computed:",
      "docs/profile.md."
    },
    subcommands = {ProfileCommand.SetKey.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor profile",
      "  tutor profile --format json",
      "  tutor profile set confidence on",
      "  tutor profile set preferred-types text,cloze",
      "  tutor profile set session-minutes 20"
    })
final class ProfileCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = root.ctx.out();
    Instant now = root.clock().instant();
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(now);
      LearnerSetup setup = Learners.setup(store, learner);
      LearnerSettings settings = setup.settings();
      Preferences prefs = setup.preferences();
      StudyData data = store.studyData(learner.id());
      // The picker's own levels, with the scheduler study uses, so "fading" means the same here.
      FsrsScheduler scheduler = setup.scheduler();
      Picker.Memory memory =
          new Picker(scheduler, data.skills())
              .memory(Picker.Request.of(data.exercises(), data.cards(), data.mastery(), now));
      LearnerProfile profile =
          LearnerProfile.of(
              new LearnerProfile.Input(
                  learner.name(),
                  now,
                  settings.day(),
                  store.history().answers(learner.id()),
                  data.exercises(),
                  data.skills(),
                  data.mastery(),
                  memory.levels(),
                  GoalCommand.plans(store, learner, setup, now),
                  effectiveValues(setup.stored(), settings, prefs)));
      if (format == OutputFormat.json) {
        out.println(ProfileJson.of(profile));
      } else {
        int width = TerminalWidth.forProse(root.ctx);
        for (String line : ProfileText.render(profile, style(root, prefs)))
          TextRows.wrap(line, width).forEach(out::println);
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Every profile key with the value in force: the stored one, else the default its description
   * states (the time zone: the one in force).
   */
  private static Map<String, String> effectiveValues(
      Map<String, String> stored, LearnerSettings s, Preferences p) {
    Map<String, String> m = new LinkedHashMap<>();
    ProfileKeys.all()
        .keySet()
        .forEach(k -> m.put(k, stored.getOrDefault(k, ProfileKeys.defaultValue(k))));
    m.put("timezone", s.day().zone().getId());
    m.putAll(p.asMap());
    return m;
  }

  /** The terminal style with the learner's plain and colour preferences applied on top. */
  static Style style(TutorCommand root, Preferences prefs) {
    Style s = root.style();
    if (prefs.plain()) return Style.PLAIN;
    return prefs.colour() ? s : new Style(false, s.symbols());
  }

  @Command(
      name = "set",
      mixinStandardHelpOptions = true,
      description = {
        "Set a preference or study setting of the current learner (the same as tutor settings KEY VALUE).",
        ""
      },
      footerHeading = "%nKeys:%n")
  static final class SetKey implements Callable<Integer> {
    @ParentCommand ProfileCommand parent;

    /** The key list lives in code (ProfileKeys), so the help footer is filled in here. */
    @picocli.CommandLine.Spec
    void spec(picocli.CommandLine.Model.CommandSpec spec) {
      spec.usageMessage().footer(footer());
    }

    @Parameters(index = "0", paramLabel = "KEY", description = "The key (listed below).")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", description = "Its new value.")
    String value;

    @Override
    public Integer call() {
      // One way to set a setting, whichever command is used.
      return SettingsCommand.set(parent.root, key, value);
    }

    /** The keys and what they mean, with examples, appended to --help. */
    static String[] footer() {
      List<String> lines = new ArrayList<>();
      ProfileKeys.all()
          .forEach(
              (k, d) -> {
                List<String> wrapped = Wrap.lines(d, 78 - 21, "");
                lines.add(String.format("  %-18s %s", k, wrapped.get(0)));
                for (String more : wrapped.subList(1, wrapped.size()))
                  lines.add(" ".repeat(21) + more);
              });
      lines.add("");
      lines.add("Examples:");
      lines.add("  tutor profile set confidence on");
      lines.add("  tutor profile set preferred-types text,cloze");
      lines.add("  tutor profile set daily-minutes 20");
      lines.add("  tutor profile set desired-retention 0.85");
      return lines.toArray(String[]::new);
    }
  }
}
