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

  @Parameters(
      paramLabel = "SKILL",
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
      StoredSkill s = SkillNames.one(store.studyData(learner).skills(), pack, skill);
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
}
