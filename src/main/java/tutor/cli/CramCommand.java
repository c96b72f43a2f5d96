package tutor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "cram",
    mixinStandardHelpOptions = true,
    description = {
      "Practise a pack or a skill before a test without touching your schedule: every exercise",
      "once, the least remembered first. Answers are logged as cram; no due date or mastery moves."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  tutor cram --pack git", "  tutor cram --pack unix-shell --skill pipes --limit 10"})
final class CramCommand implements Callable<Integer> {
  @ParentCommand TutorCommand root;

  @Option(names = "--pack", required = true, paramLabel = "ID", description = "The pack to cram.")
  String pack;

  @Option(names = "--skill", paramLabel = "ID", description = "Only this skill.")
  String skill;

  @Option(names = "--limit", paramLabel = "N", description = "Stop after N exercises.")
  Integer limit;

  @Option(names = "--minutes", paramLabel = "N", description = "Stop after about N minutes.")
  Integer minutes;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for shuffling options.")
  Long seed;

  @Option(names = "--jsonl", description = "Speak the JSON-lines protocol (docs/protocol.md).")
  boolean jsonl;

  @Override
  public Integer call() throws Exception {
    StudyCommand study = new StudyCommand();
    study.root = root;
    study.pack = pack;
    study.skill = skill;
    study.limit = limit;
    study.minutes = minutes;
    study.seed = seed;
    study.jsonl = jsonl;
    study.cram = true;
    return study.call();
  }
}
