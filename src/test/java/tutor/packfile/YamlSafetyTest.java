package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tutor.packfile.Packs.assertError;
import static tutor.packfile.Packs.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;

/** Malformed and hostile YAML: refused with a clear error, never a crash. */
class YamlSafetyTest {
  @TempDir Path dir;

  private Path x() {
    return dir.resolve("exercises/x.yaml");
  }

  private List<PackError> errorsOf(String exercises) {
    return Packs.errors(Packs.withExercises(dir, exercises));
  }

  @Test
  void unclosedQuoteInAnExerciseFileIsReportedWithItsLine() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
            type: text
            prompt: "What is
            answers: [x]
        """;
    assertError(errorsOf(f), x(), line(f, "prompt:"), "not valid YAML");
  }

  @Test
  void aSyntaxErrorNamesItsColumnToo() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
           type: text
        """;
    PackError e = assertError(errorsOf(f), x(), line(f, "type: text"), "not valid YAML");
    assertTrue(e.column() > 0, e.toString());
    assertTrue(
        e.toString().startsWith(x() + ":" + e.line() + ":" + e.column() + ": not valid YAML"),
        e.toString());
  }

  @Test
  void commonSyntaxMistakesAreExplainedInPlainWords() {
    assertError(
        errorsOf("exercises:\n\t- id: e1\n"), x(), 2, "a tab character: indent with spaces only");
    assertError(
        errorsOf("exercises:\n  - id: e1\n    prompt: a: b\n"),
        x(),
        3,
        "a ': ' inside a value: put the whole value in quotes");
    assertError(
        errorsOf("exercises:\n  - id: e1\n    skill: a\n   type: text\n"),
        x(),
        4,
        "'type' is indented 3 spaces, the line above 4 spaces");
  }

  @Test
  void aQuoteLeftOpenIsBlamedOnItsOwnLineNotWhereTheNextQuoteEndsIt() {
    // The parser reads the open quote on to the next '"' two lines down and fails there.
    String f =
        """
        exercises:
          - id: e1
            skill: a
            type: text
            prompt: "Which exception does [1, 2][5] raise?
            answers: [IndexError]
            regex: "IndexError(: list index out of range)?"
        """;
    PackError e =
        assertError(
            errorsOf(f),
            x(),
            line(f, "prompt:"),
            "the quoted value that starts here is not closed on its line: add the closing \"");
    assertEquals(13, e.column(), e.toString());
  }

  @Test
  void aQuotedValueOverTwoLinesIsNotBlamedForALaterIndentation() {
    // Valid YAML: the quote goes on to the next line and ends there.
    String f =
        """
        exercises:
          - id: e1
            skill: a
            prompt: "Which exception does
              [1, 2][5] raise?"
            type: text
              answers: [x]
        """;
    assertError(errorsOf(f), x(), line(f, "answers:"), "'answers' is indented 6 spaces");
  }

  @Test
  void aFieldIndentedTooFarIsNamedOnItsLineInWordsWithoutTheParsersJargon() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
            type: text
            prompt: "Q?"
              answers: [x]
        """;
    PackError e =
        assertError(
            errorsOf(f),
            x(),
            line(f, "answers:"),
            "'answers' is indented 6 spaces, the line above 4 spaces: give the fields of one entry"
                + " the same indentation");
    assertEquals(7, e.column(), e.toString());
    assertTrue(!e.message().contains("<block"), e.message());
  }

  @Test
  void aFieldIndentedTooLittleIsNamedInWords() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
            type: text
          hints: [h]
            prompt: Q
            answers: [x]
        """;
    assertError(
        errorsOf(f), x(), line(f, "hints:"), "'hints' is indented 2 spaces, the line above 4");
  }

  @Test
  void aFieldGivenTwiceIsSaidInWordsOnTheSecondOnesLine() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
            difficulty: 2
            difficulty: 3
            type: text
        """;
    assertError(
        errorsOf(f),
        x(),
        line(f, "difficulty: 3"),
        "not valid YAML: 'difficulty' is given twice in one entry: keep one of them");
  }

  @Test
  void aTabAfterAKeyIsNotCalledIndentation() {
    assertError(
        errorsOf("exercises:\n  - id: e1\n    hints:\t[h]\n"),
        x(),
        3,
        "a tab character after 'hints:': YAML separates with spaces only, put a space there");
  }

  @Test
  void badIndentationInAnExerciseFileIsReportedWithItsLine() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
           type: text
            prompt: Q
            answers: [x]
        """;
    assertError(errorsOf(f), x(), line(f, "type: text"), "not valid YAML");
  }

  @Test
  void syntaxErrorInTheManifestIsReportedWithItsLine() {
    String m = Packs.MANIFEST.replace("version: 1.0.0\n", "version: 1.0.0\n  oops: x\n");
    Packs.pack(dir, m, "exercises:\n" + Packs.VALID_EXERCISE);
    assertError(Packs.errors(dir), dir.resolve("pack.yaml"), line(m, "oops"), "not valid YAML");
  }

  @Test
  void unclosedQuoteInTheManifestIsReportedOnTheLineItStarts() {
    String m = Packs.MANIFEST.replace("title: P", "title: \"P");
    Packs.pack(dir, m, "exercises:\n" + Packs.VALID_EXERCISE);
    assertError(Packs.errors(dir), dir.resolve("pack.yaml"), line(m, "title:"), "not valid YAML");
  }

  @Test
  void invalidUtf8IsReportedAsNotValidUtf8() throws IOException {
    Packs.write(dir, "pack.yaml", Packs.MANIFEST);
    String f = "exercises:\n" + Packs.VALID_EXERCISE.replace("Say x", "caf\u00e9");
    Files.createDirectories(x().getParent());
    Files.write(x(), f.getBytes(StandardCharsets.ISO_8859_1)); // é as the lone byte 0xE9
    List<PackError> errors = Packs.errors(dir);
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.file().equals(x()) && e.message().contains("not valid UTF-8")),
        Packs.show(errors));
  }

  @Test
  void invalidUtf8IsReportedOnTheLineOfTheFirstBadByte() throws IOException {
    Packs.write(dir, "pack.yaml", Packs.MANIFEST);
    String f = "exercises:\n" + Packs.VALID_EXERCISE.replace("Say x", "caf\u00e9");
    Files.createDirectories(x().getParent());
    Files.write(x(), f.getBytes(StandardCharsets.ISO_8859_1));
    assertError(Packs.errors(dir), x(), line(f, "prompt:"), "not valid UTF-8 text");
  }

  @Test
  void aValueLongerThanTheScalarLimitIsRefusedWithItsLine() {
    String f =
        "exercises:\n"
            + Packs.VALID_EXERCISE.replace(
                "Say x", "\"" + "x".repeat(YamlTree.MAX_SCALAR_CHARS + 1) + "\"");
    PackError e =
        assertError(errorsOf(f), x(), line(f, "prompt:"), "the limit is 1048576 (1 MB) per value");
    assertTrue(e.message().contains((YamlTree.MAX_SCALAR_CHARS + 1) + " characters"), e.toString());
  }

  @Test
  void aValueExactlyAtTheScalarLimitIsRead() throws PackException {
    String big = "y".repeat(YamlTree.MAX_SCALAR_CHARS);
    Path p = Packs.withExercises(dir, "exercises:\n" + Packs.VALID_EXERCISE.replace("Say x", big));
    assertEquals(big, PackReader.read(p).exercises().get(0).prompt());
  }

  @Test
  void invalidUtf8InTheManifestIsReportedAsNotValidUtf8() throws IOException {
    Files.write(
        dir.resolve("pack.yaml"),
        Packs.MANIFEST.replace("title: P", "title: P\u00e9").getBytes(StandardCharsets.ISO_8859_1));
    List<PackError> errors = Packs.errors(dir);
    assertTrue(errors.get(0).message().contains("not valid UTF-8"), Packs.show(errors));
  }

  @Test
  void validUtf8TextIsReadIntact() throws PackException {
    Packs.withExercises(dir, "exercises:\n" + Packs.VALID_EXERCISE.replace("Say x", "Café 😀 ñ"));
    assertEquals("Café 😀 ñ", PackReader.read(dir).exercises().get(0).prompt());
  }

  @Test
  void anchorAndAliasOnAValueAreRefused() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
            type: text
            prompt: &p Q
            answers: [*p]
        """;
    List<PackError> errors = errorsOf(f);
    // Either the anchor (line 5) or the alias (line 6) may be the one reported.
    assertTrue(
        errors.stream()
            .anyMatch(
                e ->
                    e.file().equals(x())
                        && e.message().contains("anchors and aliases")
                        && (e.line() == line(f, "prompt: &p") || e.line() == line(f, "[*p]"))),
        Packs.show(errors));
  }

  @Test
  void anchoredMappingIsRefused() {
    String f =
        """
        exercises:
          - &base
            id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
        """;
    List<PackError> errors = errorsOf(f);
    assertTrue(
        errors.stream()
            .anyMatch(e -> e.file().equals(x()) && e.message().contains("anchors and aliases")),
        Packs.show(errors));
  }

  @Test
  void mergeKeyWithAnAliasIsRefused() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
          - <<: *e1
            id: e2
        """;
    List<PackError> errors = errorsOf(f);
    assertEquals(x(), errors.get(0).file(), Packs.show(errors));
  }

  @Test
  void billionLaughsDocumentIsRefused() {
    StringBuilder f =
        new StringBuilder(
            "a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i <= 9; i++) {
      f.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) f.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      f.append("]\n");
    }
    f.append("exercises: *a9\n");
    List<PackError> errors = errorsOf(f.toString());
    assertError(errors, x(), 1, "anchors and aliases");
  }

  @Test
  void deeplyNestedDocumentIsRefused() {
    String f = "exercises: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertError(errorsOf(f), x(), 1, "nesting deeper than");
  }

  @Test
  void hugelyNestedUnclosedDocumentIsRefusedWithoutCrashing() {
    String f = "exercises: " + "[".repeat(100_000) + "\n";
    assertEquals(x(), errorsOf(f).get(0).file());
  }

  @Test
  void nestingAtAReasonableDepthIsAccepted() throws PackException {
    // exercises -> list -> exercise -> hints -> hint: well under the limit.
    Packs.withExercises(dir, "exercises:\n" + Packs.VALID_EXERCISE + "    hints: [one, two]\n");
    assertEquals(List.of("one", "two"), PackReader.read(dir).exercises().get(0).hints());
  }

  @Test
  void duplicateKeyInAnExerciseIsReportedOnTheSecondKey() {
    String f =
        """
        exercises:
          - id: e1
            skill: a
            type: text
            prompt: Q
            answers: [x]
            prompt: R
        """;
    assertError(errorsOf(f), x(), line(f, "prompt: R"), "'prompt'");
  }

  @Test
  void duplicateKeyInTheManifestIsReported() {
    String m = Packs.MANIFEST + "title: Again\n";
    Packs.pack(dir, m, "exercises:\n" + Packs.VALID_EXERCISE);
    assertError(Packs.errors(dir), dir.resolve("pack.yaml"), line(m, "title: Again"), "'title'");
  }

  @Test
  void secondYamlDocumentInAFileIsNotSilentlyIgnored() {
    String f =
        "exercises:\n"
            + Packs.VALID_EXERCISE
            + "---\nexercises:\n"
            + Packs.VALID_EXERCISE.replace("fine", "second");
    Packs.withExercises(dir, f);
    List<String> ids;
    try {
      ids = PackReader.read(dir).exercises().stream().map(Exercise::id).toList();
    } catch (PackException e) {
      // Refusing the file is fine too, as long as it is the file that is named.
      assertEquals(x(), e.errors().get(0).file(), Packs.show(e.errors()));
      return;
    }
    assertEquals(List.of("fine", "second"), ids, "the second YAML document was silently dropped");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedUnread() throws IOException {
    Packs.write(dir, "pack.yaml", Packs.MANIFEST);
    Files.createDirectories(x().getParent());
    try (var f = new java.io.RandomAccessFile(x().toFile(), "rw")) {
      f.setLength(YamlTree.MAX_FILE_BYTES + 1L); // sparse: no time or disk spent
    }
    assertError(
        Packs.errors(dir),
        x(),
        0,
        "the limit is 64 MB per pack file: split it into several files (exercises: takes globs)");
  }

  @Test
  void emptyExerciseFileIsReported() {
    assertError(errorsOf(""), x(), 1, "'exercises' should be a list");
  }

  @Test
  void exercisesThatAreNotAListAreReported() {
    assertError(errorsOf("exercises: none\n"), x(), 1, "'exercises' should be a list");
  }
}
