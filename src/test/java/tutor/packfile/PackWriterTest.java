package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.mastery.BktParameters;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;

/** Writing a Pack as files and reading them back gives the same pack. */
class PackWriterTest {
  @TempDir Path dir;

  private Pack roundTrip(Pack pack) throws IOException, PackException {
    Path out = dir.resolve("written");
    for (Map.Entry<String, String> f : PackWriter.files(pack).entrySet()) {
      Path p = out.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    return PackReader.read(out);
  }

  @Test
  void theDemoPackSurvivesARoundTrip() throws Exception {
    Pack demo = PackReader.read(TestPacks.demo(dir));
    Pack back = roundTrip(demo);
    assertEquals(demo.skills(), back.skills());
    assertEquals(demo.exercises(), back.exercises());
    assertEquals(demo.units(), back.units());
    assertEquals(1, back.units().size());
  }

  @Test
  void textThatLooksLikeYamlSyntaxStaysText() throws Exception {
    List<String> tricky =
        List.of(
            "yes",
            "no",
            "null",
            "1.0",
            "007",
            "key: value",
            "# not a comment",
            "- dash",
            "{braces}",
            "[list]",
            "  spaces  ",
            "quote \" and ' both",
            "line one\nline two\n",
            "é 😀 ñ",
            "*star",
            "&amp",
            "@at",
            "`tick`",
            "%pct",
            "!bang",
            "|pipe",
            ">fold",
            "tab\there");
    Normalization strict = new Normalization(true, true, true, true);
    Pack pack =
        new Pack(
            1,
            "p",
            "P: a title",
            "1.0.0",
            "",
            List.of(),
            "",
            "en",
            List.of(
                new Skill(
                    "a",
                    "A",
                    "",
                    List.of(),
                    "# Lesson\n\n- item\n",
                    List.of(new Skill.WorkedExample("Why?", List.of("Because: so."), "42")),
                    List.of(
                        new Skill.Resource(
                            "R", "https://example.org/x?a=1#b", "video", "CC BY 4.0")),
                    new BktParameters(0.2, 0.3, 0.25, 0.05))),
            List.of(
                new Exercise(
                    "t",
                    List.of("a"),
                    "Which? {not a gap}",
                    4,
                    List.of("hint: one"),
                    "why",
                    List.of("x"),
                    new Exercise.Text(tricky, "a|b", strict)),
                new Exercise(
                    "c",
                    List.of("a"),
                    "Fill",
                    2,
                    List.of(),
                    "",
                    List.of(),
                    new Exercise.Cloze(
                        "{{x|y}} and {{z}}",
                        Gap.parse("{{x|y}} and {{z}}"),
                        Normalization.DEFAULT)),
                new Exercise(
                    "n",
                    List.of("a"),
                    "How much?",
                    2,
                    List.of(),
                    "",
                    List.of(),
                    new Exercise.Numeric(1.25, 0.05, true, "kg")),
                new Exercise(
                    "ch",
                    List.of("a"),
                    "Pick",
                    2,
                    List.of(),
                    "",
                    List.of(),
                    new Exercise.Choice(List.of("true", "false", "maybe"), List.of(0, 2), false))));
    Pack back = roundTrip(pack);
    assertEquals(pack.skills(), back.skills());
    assertEquals(pack.exercises(), back.exercises());
    assertEquals("P: a title", back.title());
  }

  @Test
  void theBundledPacksCommandsSurviveARoundTrip() throws Exception {
    for (String name : List.of("unix-shell", "git")) {
      Pack pack = PackReader.read(Path.of("content", name));
      Pack back = roundTrip(pack);
      // Written one file per skill, so in another order: compare by id.
      Map<String, Exercise> before = new java.util.TreeMap<>();
      pack.exercises().forEach(e -> before.put(e.id(), e));
      Map<String, Exercise> after = new java.util.TreeMap<>();
      back.exercises().forEach(e -> after.put(e.id(), e));
      assertEquals(before, after, name);
      Files.walk(dir.resolve("written"))
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(f -> f.toFile().delete());
    }
  }
}
