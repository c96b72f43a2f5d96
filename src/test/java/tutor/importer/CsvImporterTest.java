package tutor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;

class CsvImporterTest {
  @TempDir Path dir;

  private ImportResult importOf(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return CsvImporter.read(f, "p", null);
  }

  private static List<String> fronts(Pack p) {
    return p.exercises().stream().map(Exercise::prompt).toList();
  }

  @Test
  void htmlBlockBoundariesBecomeLineBreaksInFieldsAndClozeKeys() throws Exception {
    ImportResult r =
        importOf(
            "x.csv",
            "#html:true\nline1,line2<div>line3</div>\n"
                + "\"A {{c1::deletion}}<div>that</div>\",back\n\"<h2>Title</h2>x\",<b>y</b>\n");
    Pack p = r.pack();
    assertEquals(new tutor.pack.Exercise.Flashcard("line2\nline3"), p.exercises().get(0).body());
    assertEquals(
        "A {{deletion}}\nthat", ((tutor.pack.Exercise.Cloze) p.exercises().get(1).body()).text());
    assertEquals("Title\nx", p.exercises().get(2).prompt());
    assertEquals(1, r.losses().get(Loss.HEADINGS));
    assertEquals(1, r.losses().get(Loss.FORMATTING));
  }

  @Test
  void twoColumnsAreFrontAndBack() throws Exception {
    Pack p = importOf("words.csv", "hola,hello\nadiós,goodbye\n").pack();
    assertEquals(List.of("hola", "adiós"), fronts(p));
    assertEquals(new Exercise.Flashcard("goodbye"), p.exercises().get(1).body());
    assertEquals(List.of("hola", "adios"), p.exercises().stream().map(Exercise::id).toList());
    assertEquals("Words", p.title());
  }

  @Test
  void nonLatinFrontsGetIdsFromTheirContentThatStayOnReimport() throws Exception {
    List<String> before =
        importOf("jp.csv", "食べる,to eat\n飲む,to drink\n").pack().exercises().stream()
            .map(Exercise::id)
            .toList();
    List<String> after =
        importOf("jp.csv", "見る,to see\n食べる,to eat\n飲む,to drink\n").pack().exercises().stream()
            .map(Exercise::id)
            .toList();
    assertEquals(before, after.subList(1, 3), "a row added at the top moves no other card's id");
    assertTrue(before.get(0).matches("card-[0-9a-f]{8}"), before.get(0));
    assertTrue(!before.get(0).equals(before.get(1)));
  }

  @Test
  void aHeaderRowNamesColumnsInAnyOrder() throws Exception {
    Pack p = importOf("x.csv", "Tags,Back,Front,Deck\n\"a b\",hello,hola,Greetings\n").pack();
    Exercise e = p.exercises().get(0);
    assertEquals("hola", e.prompt());
    assertEquals(List.of("a", "b"), e.tags());
    assertEquals(List.of("greetings"), e.skills());
    assertEquals("Greetings", p.skills().get(0).title());
  }

  @Test
  void theThirdAndFourthColumnsAreSkillAndTags() throws Exception {
    Pack p = importOf("x.tsv", "hola\thello\tGreetings\tbasic\nperro\tdog\tAnimals\t\n").pack();
    assertEquals(List.of("greetings", "animals"), p.skills().stream().map(Skill::id).toList());
    assertEquals(List.of("basic"), p.exercises().get(0).tags());
  }

  @Test
  void quotedFieldsMaySpanLinesAndHoldSeparatorsAndQuotes() throws Exception {
    ImportResult r = importOf("x.csv", "q1,\"line one\nline two, with \"\"quotes\"\"\"\nq2,b\n");
    assertEquals(
        new Exercise.Flashcard("line one\nline two, with \"quotes\""),
        r.pack().exercises().get(0).body());
    assertEquals("q2", r.pack().exercises().get(1).prompt());
  }

  @Test
  void theSeparatorIsGuessedAndAnkisHeaderLinesAreRead() throws Exception {
    assertEquals(List.of("a", "c"), fronts(importOf("x.txt", "a;b\nc; \"d\"\n").pack()));
    ImportResult r = importOf("y.txt", "#separator:Pipe\n#html:true\n#deck:Mine\na|<b>b</b>\n");
    assertEquals(new Exercise.Flashcard("b"), r.pack().exercises().get(0).body());
    assertEquals("Mine", r.pack().skills().get(0).title());
  }

  @Test
  void rowsThatDoNotFitAreSkippedWithTheirLine() throws Exception {
    ImportResult r =
        importOf(
            "x.tsv",
            String.join(
                "\n",
                "# a comment",
                "a\t1",
                "b\t2",
                "c\t3\textra\tmore\tfields",
                "lonely",
                "\tno front",
                "d\t",
                "a\tagain",
                ""));
    assertEquals(List.of("a", "b"), fronts(r.pack()));
    String w = r.warnings().toString();
    assertTrue(w.contains("x.tsv:4: warning: skipped: 5 fields where the other rows have 2"), w);
    assertTrue(w.contains("x.tsv:5: warning: skipped: 1 field"), w);
    assertTrue(w.contains("x.tsv:6: warning: skipped: the front is empty"), w);
    assertTrue(w.contains("x.tsv:7: warning: skipped: the back is empty"), w);
    assertTrue(w.contains("x.tsv:8: warning: skipped: the same front as line 2"), w);
  }

  @Test
  void aFrontWithAnkiClozeDeletionsBecomesClozeExercises() throws Exception {
    Pack p = importOf("x.csv", "\"{{c1::Paris}} is in {{c2::France}}\",Capital\n").pack();
    assertEquals(2, p.exercises().size());
    assertEquals("{{Paris}} is in France", ((Exercise.Cloze) p.exercises().get(0).body()).text());
    assertEquals("Capital", p.exercises().get(0).explanation());
  }

  @Test
  void brokenQuotingIsRefusedWithItsLineAndColumn() throws Exception {
    ImportException after =
        assertThrows(ImportException.class, () -> importOf("x.csv", "a,b\n\"c\"d,e\n"));
    assertTrue(
        after.getMessage().contains("x.csv:2: column 4: text after a closing quote"),
        after.getMessage());
    ImportException open =
        assertThrows(ImportException.class, () -> importOf("y.csv", "a,b\n\n# note\nc,\"d\ne\n"));
    assertTrue(
        open.getMessage()
            .contains("y.csv:4: a quoted field starts in this row and is never closed"),
        open.getMessage());
  }

  @Test
  void aByteOrderMarkIsIgnored() throws Exception {
    assertEquals(List.of("a"), fronts(importOf("x.csv", "\uFEFFa,b\n").pack()));
  }

  @Test
  void invalidUtf8IsRefusedWithItsLine() throws Exception {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, "ok,fine\ncaf\u00e9,coffee\n".getBytes(StandardCharsets.ISO_8859_1));
    ImportException e = assertThrows(ImportException.class, () -> CsvImporter.read(f, "p", null));
    assertTrue(e.getMessage().contains("latin1.csv:2: not valid UTF-8"), e.getMessage());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedUnread() throws Exception {
    Path f = dir.resolve("huge.csv");
    try (var raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(TextFiles.MAX_BYTES + 1); // sparse: no time or disk spent
    }
    ImportException e = assertThrows(ImportException.class, () -> CsvImporter.read(f, "p", null));
    assertTrue(e.getMessage().contains("the limit is 64 MB"), e.getMessage());
  }

  @Test
  void aFileWithNoUsableRowIsRefused() throws Exception {
    ImportException e =
        assertThrows(ImportException.class, () -> importOf("x.csv", "just one column\n"));
    assertTrue(e.getMessage().contains("no cards to import"), e.getMessage());
  }
}
