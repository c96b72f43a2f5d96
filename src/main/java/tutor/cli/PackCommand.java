package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.mastery.Level;
import tutor.mastery.SkillMastery;
import tutor.pack.Pack;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.packfile.AuthoredPack;
import tutor.packfile.PackException;
import tutor.session.Picker;
import tutor.store.InstallReport;
import tutor.store.Learner;
import tutor.store.Media;
import tutor.store.PackSummary;
import tutor.store.Store;
import tutor.store.StudyData;

@Command(
    name = "pack",
    mixinStandardHelpOptions = true,
    description = "Install, update and list content packs; write, check and convert your own.",
    subcommands = {
      PackCommand.Add.class,
      PackCommand.ListPacks.class,
      PackNewCommand.class,
      PackValidateCommand.class,
      PackLintCommand.class,
      PackTestCommand.class,
      PackPreviewCommand.class,
      PackStatsCommand.class,
      PackImportCommand.class,
      PackExportCommand.class
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor pack add ./my-pack",
      "  tutor pack add my-pack-1.2.0.zip",
      "  tutor pack list",
      "  tutor pack new my-pack            start a pack of your own",
      "  tutor pack validate my-pack       then: lint, test, preview, stats",
      "  tutor pack import deck.apkg --out my-deck"
    })
final class PackCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // A group alone ("tutor pack"): what it offers, as for "tutor" alone.
    spec.commandLine().usage(root.ctx.out());
    return ExitCodes.OK;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Install a pack, or update it to a newer version. The whole pack is checked first;",
        "a broken pack is reported (file:line: problem) and nothing is installed.",
        "Updating keeps your history for every exercise whose id is unchanged; exercises",
        "removed from the pack are retired, not deleted, and brought back with your progress",
        "if a later version has them again. Progress on an exercise starts again",
        "only when its answer changed (a previously right answer is now wrong); new wording,",
        "reordered options and added alternatives keep it. --dry-run shows what would change."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  tutor pack add content/unix-shell",
        "  tutor pack add ~/Downloads/spanish-a1.zip",
        "  tutor pack add --dry-run ./my-pack   what an update would do, nothing changed"
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand PackCommand parent;

    @Parameters(
        paramLabel = "PATH",
        description = "A pack directory (with pack.yaml) or a .zip of one.")
    Path path;

    @Option(
        names = "--dry-run",
        description =
            "Say what installing would change (new, brought back, changed, retired exercises,"
                + " whose progress starts again and why) and change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws PackException {
      TutorCommand root = parent.root;
      // Fitted to the terminal between words: "Updated ... Your history is kept." ran to 117
      // columns, broken mid-word by the terminal. Piped, lines stay whole.
      java.io.StringWriter said = new java.io.StringWriter();
      try {
        return install(root, new PrintWriter(said, true));
      } finally {
        int width = TerminalWidth.forProse(root.ctx);
        said.toString().lines().forEach(line -> TextRows.print(root.ctx.out(), line, width));
        root.ctx.out().flush();
      }
    }

    private Integer install(TutorCommand root, PrintWriter out) throws PackException {
      try (PackSource src = PackSource.open(path)) {
        AuthoredPack authored = AuthoringInput.read(src); // errors in a zip named pack.zip!/file
        Pack pack = authored.pack();
        try (Store store = root.openStore()) {
          var installed = store.installedVersion(pack.id());
          if (installed.isPresent() && isOlder(pack.version(), installed.get())) {
            throw new UserException(
                ExitCodes.BAD_INPUT,
                "pack '"
                    + pack.id()
                    + "' "
                    + installed.get()
                    + " is installed; "
                    + path
                    + " has the older version "
                    + pack.version());
          }
          if (dryRun) {
            printDryRun(out, pack, store.previewInstall(pack));
            return ExitCodes.OK;
          }
          // An update may start exercises whose answer changed again: keep a copy of the progress
          // first.
          boolean changedFiles =
              installed.isPresent() && store.packChanged(pack.id(), src.contentHash());
          if (changedFiles) {
            AutoBackup.before(root, "before-pack-update");
          }
          InstallReport r =
              store.installPack(
                  pack,
                  authored.sources().authorExamples(),
                  path.toAbsolutePath().toString(),
                  src.contentHash(),
                  root.clock().instant());
          store.media().save(pack.id(), Media.files(src.dir, pack));
          if (r.firstInstall()) {
            out.printf(
                "Installed %s %s: %s, %s.%n",
                pack.id(),
                pack.version(),
                count(pack.skills().size(), "skill", "skills"),
                count(pack.exercises().size(), "exercise", "exercises"));
          } else if (r.previousVersion().equals(r.version()) && !changedFiles) {
            // "Updated 0.2.0 -> 0.2.0" said an update happened where nothing could change.
            out.printf(
                "%s %s is installed already, from the same files: nothing changed.%n",
                pack.id(), pack.version());
          } else if (r.previousVersion().equals(r.version())) {
            out.printf(
                "Reinstalled %s %s over the same version: %s. Your history is kept.%n",
                pack.id(), r.version(), changes(r));
            resetLines(r).forEach(out::println);
            out.printf(
                "Its version is still %s: raise version: in pack.yaml before you share this"
                    + " change, so that learners can tell it from the %s they have.%n",
                r.version(), r.version());
          } else {
            out.printf(
                "Updated %s %s -> %s: %s. Your history is kept.%n",
                pack.id(), r.previousVersion(), r.version(), changes(r));
            resetLines(r).forEach(out::println);
          }
        }
      }
      return ExitCodes.OK;
    }

    /**
     * Which exercises start again after an update, and why each: a learner who sees progress vanish
     * deserves the reason (both `pack add` and the update of a bundled pack say it).
     */
    static List<String> resetLines(InstallReport r) {
      return resetLines(r, id -> id);
    }

    /** As above, each exercise named by {@code name} (its prompt, for a learner). */
    static List<String> resetLines(
        InstallReport r, java.util.function.Function<String, String> name) {
      if (r.reset().isEmpty()) return List.of();
      List<String> lines = new ArrayList<>();
      lines.add(
          count(
                  r.reset().size(),
                  "exercise changed its answer or type and starts again",
                  "exercises changed their answer or type and start again")
              + " (past answers stay in your history):");
      for (String id : r.reset()) {
        String why = r.resetReasons().get(id);
        lines.add("  " + name.apply(id) + (why == null ? "" : ": " + why));
      }
      return lines;
    }

    private static void printDryRun(PrintWriter out, Pack pack, InstallReport r) {
      if (r.firstInstall()) {
        out.printf(
            "Dry run: would install %s %s: %s, %s. Nothing was changed.%n",
            pack.id(),
            pack.version(),
            count(pack.skills().size(), "skill", "skills"),
            count(pack.exercises().size(), "exercise", "exercises"));
        return;
      }
      out.printf(
          "Dry run: would update %s %s -> %s: %s. Nothing was changed.%n",
          pack.id(), r.previousVersion(), r.version(), changes(r));
      if (r.reset().isEmpty()) {
        out.println("No exercise changed its answer: everyone's progress would be kept.");
        return;
      }
      out.printf("%s would start again:%n", count(r.reset().size(), "exercise", "exercises"));
      r.resetReasons().forEach((id, why) -> out.printf("  %s: %s%n", id, why));
      out.println(
          r.learnersReset().isEmpty()
              ? "No learner has progress on them yet."
              : "Progress would start again for: "
                  + String.join(", ", r.learnersReset())
                  + " (past answers stay in the history).");
    }

    /**
     * "3 new, 1 changed, 10 unchanged, 0 retired exercises", with "2 brought back" after the new
     * ones when an update brings back exercises an earlier version retired (not new to a learner
     * who answered them), and how many of those start again.
     */
    private static String changes(InstallReport r) {
      String back = "";
      if (!r.revived().isEmpty()) {
        int again = r.revivedReset();
        back =
            r.revived().size()
                + " brought back"
                + (again == 0
                    ? ""
                    : " (" + count(again, "starts", "start") + " again: answer changed)")
                + ", ";
      }
      return String.format(
          "%d new, %s%d changed, %d unchanged, %s",
          r.added(),
          back,
          r.changed(),
          r.unchanged(),
          count(r.retired(), "retired exercise", "retired exercises"));
    }

    static String count(int n, String one, String many) {
      return n + " " + (n == 1 ? one : many);
    }

    private static boolean isOlder(String candidate, String installed) {
      var a = tutor.pack.Semver.parse(candidate);
      var b = tutor.pack.Semver.parse(installed);
      return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) < 0;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Installed packs with their version and your progress, skill by skill.",
      footerHeading = "%nExamples:%n",
      footer = {"  tutor pack list", "  tutor pack list --format json"})
  static final class ListPacks implements Callable<Integer> {
    @ParentCommand PackCommand parent;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws Exception {
      TutorCommand root = parent.root;
      PrintWriter out = root.ctx.out();
      try (Store store = root.openStore()) {
        Learner learner = store.currentLearner(root.clock().instant());
        List<PackSummary> packs = store.packs(learner.id());
        // Levels and counts need each exercise's skills and each card, not the wording: the
        // outline (every exercise read whole cost a 100,000-card learner seconds).
        StudyData data = store.studyOutline(learner.id());
        Map<SkillKey, Level> levels = levels(store, learner, data, root.clock().instant());
        Map<SkillKey, int[]> seen = seenPerSkill(data);
        if (format == OutputFormat.json) {
          out.println(json(store, packs, data, levels, seen));
          return ExitCodes.OK;
        }
        if (packs.isEmpty()) {
          out.println("No packs installed. Add one with: tutor pack add PATH");
          return ExitCodes.OK;
        }
        // Long (three packs are a hundred lines): paged at a terminal, like stats and lessons.
        return Paged.print(
            root,
            width -> {
              List<String> lines = new java.util.ArrayList<>();
              for (PackSummary p : packs) {
                for (String line :
                    TextRows.row(p.id() + " " + p.version() + "  ", p.title(), width))
                  lines.add(line);
                for (String line :
                    TextRows.wrap(
                        "  "
                            + p.skills()
                            + " skills, "
                            + p.exercises()
                            + " exercises; you have seen "
                            + p.exercisesSeen()
                            + ", mastered "
                            + mastered(p.id(), data, levels)
                            + " of "
                            + p.skills()
                            + " skills",
                        width)) {
                  lines.add(line);
                }
                List<StoredSkill> skills =
                    data.skills().stream().filter(s -> s.packId().equals(p.id())).toList();
                int idWidth = skills.stream().mapToInt(s -> s.id().length()).max().orElse(0);
                int seenWidth =
                    skills.stream()
                        .mapToInt(
                            s -> {
                              int[] c = seen.getOrDefault(s.key(), new int[2]);
                              return (c[0] + "/" + c[1]).length();
                            })
                        .max()
                        .orElse(3);
                seenWidth = Math.max(seenWidth, "seen".length());
                lines.add(
                    String.format(
                        "  %-8s %-" + idWidth + "s  %" + seenWidth + "s  %s",
                        "level",
                        "skill",
                        "seen",
                        "title"));
                for (StoredSkill s : skills) {
                  int[] counts = seen.getOrDefault(s.key(), new int[2]);
                  Level level = levels.get(s.key());
                  // Fixed columns first (level, id, exercises seen), then the title, which may
                  // wrap.
                  String lead =
                      String.format(
                          "  %-8s %-" + idWidth + "s  %" + seenWidth + "s  ",
                          level.label(),
                          s.id(),
                          counts[0] + "/" + counts[1]);
                  String needs =
                      level == Level.LOCKED ? "; needs " + String.join(", ", unmet(s, levels)) : "";
                  for (String line : TextRows.row(lead, s.skill().title() + needs, width))
                    lines.add(line);
                }
                List<tutor.pack.Unit> units = store.units(p.id());
                if (!units.isEmpty()) {
                  for (String line :
                      TextRows.wrap(
                          "  Units (tutor goal add --unit ID, tutor credential issue --unit ID):",
                          width)) {
                    lines.add(line);
                  }
                }
                int unitWidth = units.stream().mapToInt(u -> u.id().length()).max().orElse(0);
                for (tutor.pack.Unit u : units) {
                  List<SkillKey> unitSkills = Units.skills(p.id(), u, data.skills());
                  long mastered =
                      unitSkills.stream().filter(k -> levels.get(k) == Level.MASTERED).count();
                  for (String line :
                      TextRows.row(
                          String.format("  %-" + unitWidth + "s  ", u.id()),
                          u.title()
                              + "  "
                              + mastered
                              + "/"
                              + unitSkills.size()
                              + " skills mastered",
                          width)) {
                    lines.add(line);
                  }
                }
              }
              lines.add("");
              for (String line :
                  TextRows.wrap(
                      "Skill ids (or titles, or the start of either) go to tutor lesson SKILL,"
                          + " tutor study --skill SKILL and tutor goal add --skill SKILL.",
                      width)) {
                lines.add(line);
              }
              return lines;
            });
      }
    }

    /**
     * The pack's skills at level mastered: counted from the levels its rows show, as stats and
     * goals count them, so that the summary cannot say more than the rows do.
     */
    static long mastered(String packId, StudyData data, Map<SkillKey, Level> levels) {
      return data.skills().stream()
          .filter(s -> s.packId().equals(packId) && levels.get(s.key()) == Level.MASTERED)
          .count();
    }

    private static List<String> unmet(StoredSkill s, Map<SkillKey, Level> levels) {
      return s.requires().stream()
          .filter(r -> !levels.getOrDefault(new SkillKey(s.packId(), r), Level.NEW).known())
          .toList();
    }

    /** Levels as the picker sees them, fading included. */
    static Map<SkillKey, Level> levels(
        Store store, Learner learner, StudyData data, java.time.Instant now) {
      var scheduler = Learners.setup(store, learner).scheduler();
      return new Picker(scheduler, data.skills())
          .memory(Picker.Request.of(data.exercises(), data.cards(), data.mastery(), now))
          .levels();
    }

    /** Per skill: {exercises seen, exercises}. */
    private static Map<SkillKey, int[]> seenPerSkill(StudyData data) {
      Map<SkillKey, int[]> out = new HashMap<>();
      Set<Object> seenCards = new HashSet<>(data.cards().keySet());
      for (StoredExercise e : data.exercises()) {
        for (String s : e.exercise().skills()) {
          int[] c = out.computeIfAbsent(new SkillKey(e.packId(), s), k -> new int[2]);
          c[1]++;
          if (seenCards.contains(e.key())) c[0]++;
        }
      }
      return out;
    }

    private static String json(
        Store store,
        List<PackSummary> packs,
        StudyData data,
        Map<SkillKey, Level> levels,
        Map<SkillKey, int[]> seen)
        throws Exception {
      ObjectMapper m = Json.MAPPER;
      ArrayNode arr = m.createArrayNode();
      for (PackSummary p : packs) {
        ObjectNode o = arr.addObject();
        o.put("pack", p.id())
            .put("title", p.title())
            .put("version", p.version())
            .put("skills", p.skills())
            .put("exercises", p.exercises())
            .put("exercises_seen", p.exercisesSeen())
            .put("skills_mastered", mastered(p.id(), data, levels));
        ArrayNode skills = o.putArray("skill_progress");
        for (StoredSkill s : data.skills()) {
          if (!s.packId().equals(p.id())) continue;
          int[] c = seen.getOrDefault(s.key(), new int[2]);
          SkillMastery sm = data.mastery().get(s.key());
          ObjectNode so =
              skills
                  .addObject()
                  .put("skill", s.id())
                  .put("title", s.title())
                  .put("level", levels.get(s.key()).label())
                  .put("exercises_seen", c[0])
                  .put("exercises", c[1])
                  .put("p_known", sm == null ? 0 : sm.pKnown());
          so.putArray("requires")
              .addAll(s.requires().stream().map(m.getNodeFactory()::textNode).toList());
        }
        ArrayNode units = o.putArray("units");
        for (tutor.pack.Unit u : store.units(p.id())) {
          List<SkillKey> all = Units.skills(p.id(), u, data.skills());
          ObjectNode uo =
              units
                  .addObject()
                  .put("unit", u.id())
                  .put("title", u.title())
                  .put("description", u.description());
          uo.putArray("names")
              .addAll(u.skills().stream().map(m.getNodeFactory()::textNode).toList());
          uo.putArray("skills")
              .addAll(all.stream().map(k -> m.getNodeFactory().textNode(k.skillId())).toList());
          uo.put(
              "skills_mastered", all.stream().filter(k -> levels.get(k) == Level.MASTERED).count());
        }
      }
      return m.writerWithDefaultPrettyPrinter().writeValueAsString(arr);
    }
  }
}
