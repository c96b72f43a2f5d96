package tutor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.importer.ImportResult;
import tutor.importer.Importers;
import tutor.kind.AnswerGrader;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;

/** The examples in docs/pack-format.md do what the text around them says. */
class DocumentationExamplesTest {
  private static final Path DOC = Path.of("docs/pack-format.md");

  @TempDir Path dir;

  /** The body of the first fenced block opening with {@code fence} after {@code heading}. */
  private static String block(String heading, String fence) throws Exception {
    String doc = Files.readString(DOC);
    int from = doc.indexOf(fence + "\n", doc.indexOf(heading)) + fence.length() + 1;
    return doc.substring(from, doc.indexOf("\n```\n", from) + 1);
  }

  @Test
  void theExamplesSectionsYamlPassesItsOwnTests() throws Exception {
    Files.writeString(
        dir.resolve("pack.yaml"),
        """
        id: docs
        title: Docs
        version: 1.0.0
        skills:
          - id: listing
            title: Listing
          - id: searching
            title: Searching
        """);
    Files.createDirectories(dir.resolve("exercises"));
    String yaml = block("### Examples: answers that must be accepted or rejected", "```yaml");
    Files.writeString(
        dir.resolve("exercises/x.yaml"), "exercises:\n" + yaml.replaceAll("(?m)^", "  "));
    List<ExampleResult> results =
        new ExampleRunner(new AnswerGrader()).run(AuthoringPacks.read(dir));
    assertEquals(6, results.size(), results.toString());
    assertTrue(results.stream().allMatch(ExampleResult::passed), results.toString());
  }

  @Test
  void theMarkdownQuickAuthoringExampleImportsAsDescribed() throws Exception {
    Path md = dir.resolve("spanish.md");
    Files.writeString(md, block("### Quick authoring in Markdown", "```markdown"));
    ImportResult r = Importers.read(md, "spanish", null);
    assertEquals(List.of(), r.warnings());
    assertEquals(
        List.of(
            ExerciseType.FLASHCARD,
            ExerciseType.FLASHCARD,
            ExerciseType.CHOICE,
            ExerciseType.TEXT,
            ExerciseType.CLOZE),
        r.pack().exercises().stream().map(Exercise::type).toList());
    assertTrue(r.pack().skills().get(0).lesson().startsWith("People greet each other"));
    assertEquals("buenos-dias", r.pack().exercises().get(4).id());
    assertEquals(List.of("phrases", "evening"), r.pack().exercises().get(1).tags());
  }
}
