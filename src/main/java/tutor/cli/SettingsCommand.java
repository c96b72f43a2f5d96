package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.session.ProfileKeys;
import tutor.store.AutoBackups;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.terminal.Wrap;

/**
 * The one place to see and set every setting: the learner's study settings and preferences
 * (ProfileKeys; {@code tutor profile set} is an alias) and the database's automatic backups.
 */
@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    description = {
      "See every setting of the current learner and of the database, or change one.",
      "",
      "With no KEY: every setting, its value and what it means; at a narrow terminal, the"
          + " values alone, one a line (--long adds what each means). With KEY: its value. With"
          + " KEY VALUE: change it (tutor profile set KEY VALUE does the same)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor settings",
      "  tutor settings new-per-day 10",
      "  tutor settings desired-retention 0.85",
      "  tutor settings session-minutes 20",
      "  tutor settings easy-days sat,sun",
      "  tutor settings leech-action reteach",
      "  tutor settings --long",
      "  tutor settings --format json",
      "  tutor settings backup-keep-daily 14   (keep a daily backup for 14 days)"
    })
final class SettingsCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "KEY",
      description = "The setting to show or change.")
  String key;

  @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "Its new value.")
  String value;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Option(
      names = {"-l", "--long"},
      description =
          "What each setting means, at any width (without it, a narrow terminal shows the values"
              + " alone).")
  boolean long_;

  /** One setting as shown: its value, whether it is the default, and for whom it holds. */
  record Setting(String key, String value, boolean isDefault, String scope, String description) {}

  @Override
  public Integer call() throws Exception {
    if (key != null && value != null) return set(root, key, value);
    if (key != null && !known(key)) throw unknown(key);
    PrintWriter out = root.ctx.out();
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(root.clock().instant());
      List<Setting> all = all(store, learner);
      if (key != null) all = all.stream().filter(s -> s.key().equals(key)).toList();
      if (format == OutputFormat.json) {
        ObjectMapper m = Json.MAPPER;
        ObjectNode doc = m.createObjectNode();
        doc.put("learner", learner.name());
        ArrayNode list = doc.putArray("settings");
        for (Setting s : all) {
          list.addObject()
              .put("key", s.key())
              .put("value", s.value())
              .put("default", s.isDefault())
              .put("scope", s.scope())
              .put("description", s.description());
        }
        out.println(
            m.writerWithDefaultPrettyPrinter().writeValueAsString(key == null ? doc : list.get(0)));
      } else if (key != null) {
        out.println(all.get(0).value());
      } else {
        // Over 40 lines: paged at a terminal, so that its heading is read before it scrolls away.
        List<Setting> shown = all;
        return Paged.print(
            root,
            width -> {
              java.io.StringWriter text = new java.io.StringWriter();
              PrintWriter w = new PrintWriter(text);
              print(w, learner, shown, width, long_);
              w.flush();
              return text.toString().lines().toList();
            });
      }
    }
    return ExitCodes.OK;
  }

  private static boolean known(String key) {
    return ProfileKeys.all().containsKey(key) || AutoBackups.DEFAULTS.containsKey(key);
  }

  private static UserException unknown(String key) {
    List<String> keys = new ArrayList<>(ProfileKeys.all().keySet());
    keys.addAll(AutoBackups.DEFAULTS.keySet());
    return new UserException(
        ExitCodes.BAD_INPUT,
        "unknown setting '"
            + key
            + "'"
            + UsageErrors.didYouMean(key, keys)
            + " (tutor settings lists them)");
  }

  /** Every setting in the order the listing shows: the learner's, then the database's. */
  static List<Setting> all(Store store, Learner learner) {
    Map<String, String> stored = store.settings(learner.id());
    List<Setting> all = new ArrayList<>();
    ProfileKeys.all()
        .forEach(
            (k, d) -> {
              String v = stored.get(k);
              String shown =
                  v != null
                      ? v
                      : k.equals("timezone")
                          ? ZoneId.systemDefault().getId()
                          : ProfileKeys.defaultValue(k);
              all.add(new Setting(k, shown, v == null, "learner", withGoals(store, learner, k, d)));
            });
    AutoBackups.DEFAULTS.forEach(
        (k, d) -> {
          var v = store.appSetting(k);
          String period =
              k.substring(k.lastIndexOf('-') + 1)
                  .replace("daily", "day")
                  .replace("weekly", "week")
                  .replace("monthly", "month");
          all.add(
              new Setting(
                  k,
                  v.orElse(Integer.toString(d)),
                  v.isEmpty(),
                  "database",
                  "automatic backups kept: the newest of each of the last N "
                      + period
                      + "s, 0-1000 (default "
                      + d
                      + ")"));
        });
    return all;
  }

  /**
   * What a setting means, and for daily-minutes the goals that set minutes a day: the largest of
   * theirs is today's goal whatever the setting says, and "daily-minutes none" beside sessions that
   * open with "Today's goal: 20 minutes" read as a contradiction (a week's trial, issue 20).
   */
  private static String withGoals(Store store, Learner learner, String key, String description) {
    if (!key.equals("daily-minutes")) return description;
    List<String> set = new ArrayList<>();
    for (tutor.goal.Goal g : store.goals().list(learner.id()))
      if (g.dailyMinutes() != null) set.add("goal " + g.id() + " sets " + g.dailyMinutes());
    if (set.isEmpty()) return description;
    return description
        + "; "
        + String.join(", ", set)
        + " (the largest of an active goal's comes first: tutor goal status)";
  }

  /**
   * The listing at a width: each setting with what it means beside its value where that fits;
   * narrower, the values alone, one a line, unless {@code meanings} asks for them (then what each
   * means goes under its value).
   */
  static void print(
      PrintWriter out, Learner learner, List<Setting> all, int width, boolean meanings) {
    int keyWidth = all.stream().mapToInt(s -> s.key().length()).max().orElse(10);
    int valueWidth =
        Math.min(
            14,
            all.stream()
                .mapToInt(s -> s.value().length() + (s.isDefault() ? 0 : 1))
                .max()
                .orElse(5));
    String scope = "";
    for (Setting s : all) {
      if (!s.scope().equals(scope)) {
        if (!scope.isEmpty()) out.println();
        out.println(
            s.scope().equals("learner")
                ? Wrap.text(
                    "Settings of learner '"
                        + learner.name()
                        + "' (* set by you; the rest are defaults):",
                    width,
                    "")
                : Wrap.text("For the whole database:", width, ""));
        scope = s.scope();
      }
      String value = s.value() + (s.isDefault() ? "" : "*");
      String lead = String.format("  %-" + keyWidth + "s  %-" + valueWidth + "s  ", s.key(), value);
      int room = width - 1 - lead.length();
      if (!meanings && !besideFits(all, keyWidth, valueWidth, width)) {
        // Narrow: what each means took three lines a setting, four screens at 50x20 for 22
        // values; as git config --list, the values alone (--long for what they mean).
        String line = String.format("  %-" + keyWidth + "s  %s", s.key(), value);
        out.println(Wrap.columns(line) < width ? line : "  " + s.key() + " " + value);
      } else if (room >= 28 && value.length() <= valueWidth) {
        List<String> lines = Wrap.lines(s.description(), room, "");
        out.println(lead + lines.get(0));
        for (String more : lines.subList(1, lines.size()))
          out.println(" ".repeat(lead.length()) + more);
      } else if (width - 1 - (keyWidth + valueWidth + 6) >= 28) {
        // A value wider than its column (a time zone, America/New_York): on the key's line in the
        // value column, and what it means under the other meanings' column, not under the key.
        int column = keyWidth + valueWidth + 6;
        out.println(String.format("  %-" + keyWidth + "s  %s", s.key(), value));
        for (String more : Wrap.lines(s.description(), width - 1 - column, ""))
          out.println(" ".repeat(column) + more);
      } else {
        // Narrow: the value on the key's line, what it means below.
        out.println(("  " + s.key() + "  " + value));
        for (String line : Wrap.lines(s.description(), width - 1, "      ")) out.println(line);
      }
    }
    out.println();
    out.println(Wrap.text("Change one: tutor settings KEY VALUE", width, ""));
    if (!meanings && !besideFits(all, keyWidth, valueWidth, width))
      out.println(Wrap.text("What each means: tutor settings --long", width, ""));
  }

  /** Whether what each setting means fits beside its value, at least 28 columns of it. */
  private static boolean besideFits(List<Setting> all, int keyWidth, int valueWidth, int width) {
    return width - 1 - (2 + keyWidth + 2 + valueWidth + 2) >= 28;
  }

  /** Sets one setting, whatever its kind; what {@code tutor profile set} does too. */
  static int set(TutorCommand root, String key, String value) {
    PrintWriter out = root.ctx.out();
    if (AutoBackups.DEFAULTS.containsKey(key)) {
      // How many automatic backups to keep is a setting of the database, not of a learner.
      int n;
      try {
        n = AutoBackups.validKeep(key, value);
      } catch (IllegalArgumentException e) {
        throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
      }
      try (Store store = root.openStore()) {
        store.setAppSetting(key, Integer.toString(n));
      }
      out.println(key + " = " + n + " (for the whole database)");
      return ExitCodes.OK;
    }
    if (!known(key)) throw unknown(key);
    String normalised;
    try {
      normalised = ProfileKeys.validate(key, value);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
    }
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(root.clock().instant());
      store.setSetting(learner.id(), key, normalised);
    }
    out.println(key + " = " + normalised);
    return ExitCodes.OK;
  }
}
