package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Pack;

/** fixtures: in pack.yaml, and the checks pack validate makes of sql and regex exercises. */
class FixtureFilesTest {
  @TempDir Path tmp;

  private Path pack() throws IOException {
    return TestPacks.runKinds(tmp);
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertTrue(s.contains(from), from);
    Files.writeString(file, s.replace(from, to));
  }

  @Test
  void aPackWithFixturesSurvivesExportAsFiles() throws Exception {
    Pack pack = PackReader.read(pack());
    Exercise berlin = pack.exercises().get(0);
    assertEquals("fixtures/shop.sql", Kind.of(berlin).fixture().path());
    Path out = tmp.resolve("written");
    Map<String, String> files = PackWriter.files(pack);
    assertTrue(
        files.get("pack.yaml").contains("fixtures:\n  shop: fixtures/shop.sql"),
        files.get("pack.yaml"));
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.createDirectories(out.resolve(f.getKey()).getParent());
      Files.writeString(out.resolve(f.getKey()), f.getValue());
    }
    assertEquals(pack.exercises(), PackReader.read(out).exercises());
  }

  @Test
  void aFixtureThatDoesNotLoadIsReportedAtItsOwnLine() throws Exception {
    Path dir = pack();
    Files.writeString(
        dir.resolve("fixtures/shop.sql"),
        "CREATE TABLE customers (id INTEGER);\n\nINSERT INTO custmers" + " VALUES (1);\n");
    List<PackError> errors = Packs.errors(dir);
    Packs.assertError(
        errors, dir.resolve("fixtures/shop.sql"), 3, "fixture 'shop': no such table: custmers");
  }

  @Test
  void aFixtureMustBeAFileInsideThePack() throws Exception {
    Path dir = pack();
    replace(dir.resolve("pack.yaml"), "shop: fixtures/shop.sql", "shop: ../shop.sql");
    Packs.assertError(
        Packs.errors(dir),
        dir.resolve("pack.yaml"),
        5,
        "fixture file '../shop.sql' is outside the pack");
    replace(dir.resolve("pack.yaml"), "shop: ../shop.sql", "shop: fixtures/nope.sql");
    Packs.assertError(
        Packs.errors(dir),
        dir.resolve("pack.yaml"),
        5,
        "fixture file 'fixtures/nope.sql' does not exist");
  }

  @Test
  void aFixtureLinkedFromOutsideIsRefused() throws Exception {
    Path dir = pack();
    Path outside = Files.writeString(tmp.resolve("elsewhere.sql"), "CREATE TABLE t(x);");
    Files.delete(dir.resolve("fixtures/shop.sql"));
    try {
      Files.createSymbolicLink(dir.resolve("fixtures/shop.sql"), outside);
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("this file system cannot make symbolic links");
    }
    List<PackError> errors = Packs.errors(dir);
    assertTrue(
        errors.stream()
            .anyMatch(
                e -> e.file().endsWith("fixtures/shop.sql") && e.message().contains("outside")),
        Packs.show(errors));
  }

  @Test
  void anExerciseNamesAFixtureThePackDeclares() throws Exception {
    Path dir = pack();
    replace(
        dir.resolve("exercises/all.yaml"),
        "fixture: shop\n    prompt: List",
        "fixture: shp\n    prompt: List");
    Packs.assertError(
        Packs.errors(dir),
        dir.resolve("exercises/all.yaml"),
        5,
        "unknown fixture 'shp' (pack.yaml declares shop) (did you mean 'shop'?)");
  }

  @Test
  void everyReferenceRunsAndAQuerySolutionChangesNothing() throws Exception {
    Path dir = pack();
    Path file = dir.resolve("exercises/all.yaml");
    replace(
        file,
        "solution: \"SELECT name, city FROM customers WHERE city = 'Berlin';\"",
        "solution: \"SELECT name, town FROM customers\"");
    Packs.assertError(
        Packs.errors(dir), file, 7, "the solution fails on fixture shop: no such column: town");
    replace(
        file, "solution: \"SELECT name, town FROM customers\"", "solution: DELETE FROM customers");
    Packs.assertError(Packs.errors(dir), file, 7, "set mode: change");
  }

  @Test
  void aRegexSolutionMustGetItsOwnStringsRight() throws Exception {
    Path dir = pack();
    Path file = dir.resolve("exercises/all.yaml");
    replace(file, "solution: a+\n", "solution: a*\n");
    PackError e = Packs.assertError(Packs.errors(dir), file, 30, "the solution matches ''");
    assertFalse(e.message().contains("Exception"));
    replace(file, "solution: a*\n", "solution: a+\n");
    replace(file, "reject: [b, ", "reject: [a, b, ");
    Packs.assertError(Packs.errors(dir), file, 32, "'a' is both to match and to reject");
  }

  @Test
  void variantsOfTheDataAreReadWrittenAndRunByValidate() throws Exception {
    Path dir = pack();
    Path file = dir.resolve("exercises/all.yaml");
    String solution = "solution: DELETE FROM orders WHERE total < 10\n";
    String text = Files.readString(file);
    int at = text.indexOf(solution);
    String indent = text.substring(text.lastIndexOf('\n', at) + 1, at);
    replace(
        file,
        solution,
        solution + indent + "variants: ['UPDATE orders SET total = 1 WHERE id = 10']\n");
    Pack pack = PackReader.read(dir);
    Exercise.Sql small =
        (Exercise.Sql)
            pack.exercises().stream()
                .filter(e -> e.id().equals("small-orders"))
                .findFirst()
                .orElseThrow()
                .body();
    assertEquals(List.of("UPDATE orders SET total = 1 WHERE id = 10"), small.variants());
    Path out = tmp.resolve("written");
    for (Map.Entry<String, String> f : PackWriter.files(pack).entrySet()) {
      Files.createDirectories(out.resolve(f.getKey()).getParent());
      Files.writeString(out.resolve(f.getKey()), f.getValue());
    }
    assertEquals(pack.exercises(), PackReader.read(out).exercises(), "written and read back");
    replace(file, "UPDATE orders SET", "UPDATE ordrs SET");
    PackError e =
        Packs.assertError(
            Packs.errors(dir),
            file,
            23,
            "variants: variant 1 of 1 does not run on fixture shop: no such table: ordrs");
    assertFalse(e.message().contains("Exception"));
  }
}
