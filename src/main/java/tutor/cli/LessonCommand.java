package tutor.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.pack.StoredSkill;
import tutor.session.LessonScreen;
import tutor.store.PackSummary;
import tutor.store.Store;
import tutor.terminal.ConsoleUi;

@Command(
    name = "lesson",
    mixinStandardHelpOptions = true,
    description = "Read a skill's lesson, worked examples and resources outside a session.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor lesson pipes",
      "  tutor lesson branching --pack git",
      "  tutor lesson pipes --plain | less"
    })
final class LessonCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  // Optional so that a learner who leaves it out is told which skills there are, not only
  // Picocli's "Missing required parameter".
  @Parameters(
      paramLabel = "SKILL",
      arity = "0..1",
      description =
          "The skill: its id, title, or the start of either (tutor pack list shows them).")
  String skill;

  @Option(
      names = "--pack",
      paramLabel = "ID",
      description = "The pack, when several have a skill of that id.")
  String pack;

  @Override
  public Integer call() throws java.io.IOException {
    try (Store store = root.openStore()) {
      long learner = store.currentLearner(root.clock().instant()).id();
      List<StoredSkill> skills = store.skills();
      if (skill == null) throw new UserException(ExitCodes.BAD_INPUT, whichSkill(skills, pack));
      StoredSkill s = SkillNames.one(skills, pack, skill);
      String title =
          store.packs(learner).stream()
              .filter(p -> p.id().equals(s.packId()))
              .map(PackSummary::title)
              .findFirst()
              .orElse(s.packId());
      // At a terminal: made for its width and paged; piped: 80 columns, all at once.
      return Paged.print(
          root,
          width -> {
            List<String> lines = new java.util.ArrayList<>();
            for (LessonScreen.Part part : LessonScreen.Part.values()) {
              if (part == LessonScreen.Part.EXAMPLES) continue; // the lesson part includes them
              LessonScreen screen =
                  new LessonScreen(
                      title, s, part == LessonScreen.Part.LESSON ? "Lesson" : "Resources", part);
              if (part == LessonScreen.Part.LESSON && !screen.hasContent())
                lines.add("This skill has no lesson yet.");
              if (screen.hasContent())
                lines.addAll(ConsoleUi.lessonLines(screen, root.style(), width));
            }
            return lines;
          });
    }
  }

  /** One line: what to type, with the skills' ids (the first few) to choose from. */
  static String whichSkill(List<StoredSkill> skills, String pack) {
    List<String> ids =
        skills.stream()
            .filter(s -> pack == null || s.packId().equals(pack))
            .map(StoredSkill::id)
            .distinct()
            .toList();
    if (ids.isEmpty())
      return "which skill? tutor lesson SKILL; no pack has skills yet (tutor pack add PATH)";
    int shown = Math.min(8, ids.size());
    return "which skill? tutor lesson SKILL, e.g. "
        + String.join(", ", ids.subList(0, shown))
        + (ids.size() > shown ? " and " + (ids.size() - shown) + " more" : "")
        + " (tutor pack list shows each skill's id)";
  }
}
