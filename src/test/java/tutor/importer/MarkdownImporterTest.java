package tutor.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;
import tutor.pack.Pack;

class MarkdownImporterTest {
  @TempDir Path dir;

  private ImportResult importOf(String text) throws Exception {
    Path f = dir.resolve("notes.md");
    Files.writeString(f, text);
    return MarkdownImporter.read(f, "notes", null);
  }

  private static Exercise byId(Pack p, String id) {
    return p.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void headingsAreSkillsAndCardsAndTextBeforeTheFirstCardIsTheLesson() throws Exception {
    Pack p =
        importOf(
                """
        # Greetings

        How people say **hello**.

        ## hola
        hello

        # Animals
        ## perro
        dog
        """)
            .pack();
    assertEquals(List.of("greetings", "animals"), p.skills().stream().map(s -> s.id()).toList());
    assertEquals("How people say **hello**.", p.skills().get(0).lesson());
    assertEquals(new Exercise.Flashcard("dog"), byId(p, "perro").body());
    assertEquals(List.of("animals"), byId(p, "perro").skills());
  }

  @Test
  void aPercentLineSplitsMoreFrontTextFromTheBackAndTagsAreCollected() throws Exception {
    Pack p =
        importOf(
                """
        ## Card front
        More front
        %
        The back
        [#tree](tree.md) [#graph]()
        tags: extra
        """)
            .pack();
    Exercise e = p.exercises().get(0);
    assertEquals("Card front\nMore front", e.prompt());
    assertEquals(new Exercise.Flashcard("The back"), e.body());
    assertEquals(List.of("tree", "graph", "extra"), e.tags());
    assertEquals(
        "Notes",
        p.skills().get(0).title(),
        "cards before any # heading go to a skill named after the file");
  }

  @Test
  void aTaskListMakesAChoiceAndEqualsLinesATypedAnswer() throws Exception {
    Pack p =
        importOf(
                """
        ## Which are prime?
        - [x] 2
        - [ ] 4
        - [x] 7
        hint: Two divisors.
        Primes have exactly two divisors.

        ## Which command prints the working directory?
        = pwd
        = /bin/pwd
        It stands for print working directory.
        """)
            .pack();
    Exercise choice = byId(p, "which-are-prime");
    assertEquals(new Exercise.Choice(List.of("2", "4", "7"), List.of(0, 2), true), choice.body());
    assertEquals(List.of("Two divisors."), choice.hints());
    assertEquals("Primes have exactly two divisors.", choice.explanation());
    Exercise text = byId(p, "which-command-prints-the-working-directory");
    assertEquals(List.of("pwd", "/bin/pwd"), ((Exercise.Text) text.body()).answers());
  }

  @Test
  void gapsInTheFrontMakeACloze() throws Exception {
    Pack p =
        importOf(
                """
        ## Water boils at {{100}} degrees {{Celsius|C}}.
        At sea level.

        ## {{c1::Paris}} is the capital of {{c2::France}}.
        """)
            .pack();
    assertEquals(
        "Water boils at {{100}} degrees {{Celsius|C}}.",
        ((Exercise.Cloze) p.exercises().get(0).body()).text());
    assertEquals("At sea level.", p.exercises().get(0).explanation());
    assertEquals(
        "{{Paris}} is the capital of {{France}}.",
        ((Exercise.Cloze) p.exercises().get(1).body()).text());
  }

  @Test
  void headingsInsideCodeBlocksAreText() throws Exception {
    Pack p =
        importOf(
                """
        ## A shell comment?
        ```sh
        # not a heading
        ## nor this
        ```
        """)
            .pack();
    assertEquals(1, p.exercises().size());
    assertTrue(
        ((Exercise.Flashcard) p.exercises().get(0).body()).back().contains("# not a heading"));
  }

  @Test
  void anIdCommentKeepsTheIdStableWhenTheQuestionChanges() throws Exception {
    Pack p = importOf("## What is 2+2?\n<!-- id: two-plus-two -->\nFour\n").pack();
    assertEquals("two-plus-two", p.exercises().get(0).id());
  }

  @Test
  void cardsWithoutABackAndMissingImagesAreReported() throws Exception {
    ImportResult r = importOf("## Empty\n\n## Picture\n![a chart](chart.png)\nA chart.\n");
    String w = r.warnings().toString();
    assertTrue(w.contains("notes.md:1: warning: skipped: the card 'Empty' has no back"), w);
    assertEquals(1, r.losses().get(Loss.EMPTY_SIDE));
    assertEquals(1, r.losses().get(Loss.MEDIA_MISSING));
    assertEquals(List.of("chart.png"), r.lossExamples().get(Loss.MEDIA_MISSING));
    assertEquals(
        new Exercise.Flashcard("[image: a chart]\nA chart."), r.pack().exercises().get(0).body());
  }

  @Test
  void imagesBesideTheFileAreCopiedIntoThePack() throws Exception {
    Files.createDirectories(dir.resolve("img"));
    Files.write(dir.resolve("img/chart.png"), new byte[] {1, 2});
    Files.write(dir.resolve("img/map.png"), new byte[] {3});
    ImportResult r =
        importOf(
            """
        ## ![](img/chart.png) What does the chart show?
        %
        Growth. See ![the map][m].

        [m]: img/map.png "A map"
        """);
    Exercise e = r.pack().exercises().get(0);
    assertEquals("What does the chart show?", e.prompt());
    assertEquals(List.of("media/chart.png"), e.media());
    assertEquals(new Exercise.Flashcard("Growth. See [image: media/map.png]."), e.body());
    assertArrayEquals(new byte[] {1, 2}, r.media().get("media/chart.png"));
    assertEquals(java.util.Set.of("media/chart.png", "media/map.png"), r.media().keySet());
  }

  @Test
  void anImageOutsideTheFilesDirectoryIsNotCopied() throws Exception {
    Path outside = Files.createTempFile("secret", ".png");
    try {
      ImportResult r = importOf("## Q\n%\n![x](" + outside + ") A\n");
      assertTrue(r.media().isEmpty());
      assertEquals(1, r.losses().get(Loss.MEDIA_MISSING));
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void markdownIsNotWrittenIntoFieldsShownAsText() throws Exception {
    Pack p =
        importOf(
                """
        # Shell

        Lessons keep **their** Markdown.

        ## What does `ls -l` **print**?
        %
        A *long* listing: see [the manual](https://man7.org).

        ## Pick the *copy* command
        - [x] `cp`
        - [ ] **mv**

        ## Which command lists files?
        = ls
        hint: think **short**
        """)
            .pack();
    Exercise ls = p.exercises().get(0);
    assertEquals("What does ls -l print?", ls.prompt());
    assertEquals(
        new Exercise.Flashcard("A long listing: see \"the manual\" (https://man7.org)."),
        ls.body());
    assertEquals(List.of("think short"), p.exercises().get(2).hints());
    Exercise cp = p.exercises().get(1);
    assertEquals("Pick the copy command", cp.prompt());
    assertEquals(List.of("cp", "mv"), ((Exercise.Choice) cp.body()).options());
    assertEquals("Lessons keep **their** Markdown.", p.skills().get(0).lesson());
  }

  @Test
  void aFileWithoutCardsIsRefused() {
    ImportException e =
        assertThrows(ImportException.class, () -> importOf("# Only a title\n\nSome text.\n"));
    assertTrue(e.getMessage().contains("no cards found"), e.getMessage());
  }
}
