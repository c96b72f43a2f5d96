package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Skill;

/**
 * Databases hold exercises and skills as JSON: each kind's JSON exactly as tutor stores it today
 * (and as earlier versions stored it, before {@code commands} and {@code anyOrder}), written out
 * here by hand, must read back as the same exercise, and write back byte for byte (the hash of an
 * answer key is taken over it). A change to a body record that breaks stored JSON fails here.
 */
class StoredJsonTest {
  private static final String HEAD =
      "{\"id\":\"e1\",\"skills\":[\"s1\"],\"prompt\":\"Prompt?\",\"difficulty\":3,"
          + "\"hints\":[\"h1\",\"h2\"],\"explanation\":\"Why.\",\"tags\":[\"t\"],\"body\":";
  private static final String LOOSE =
      "{\"caseSensitive\":false,\"accentSensitive\":false,"
          + "\"punctuationSensitive\":false,\"whitespaceSensitive\":false}";
  private static final String GREP =
      "{\"programs\":{\"grep\":{\"synonyms\":[[\"-r\",\"--recursive\"]],"
          + "\"takesValue\":[\"-e\"],\"ordered\":false}}}";
  private static final CommandTable GREP_TABLE =
      new CommandTable(
          new TreeMap<>(
              Map.of(
                  "grep",
                  new CommandTable.Program(
                      List.of(List.of("-r", "--recursive")), List.of("-e"), false))));

  private static Exercise exercise(Exercise.Body body) {
    return new Exercise(
        "e1", List.of("s1"), "Prompt?", 3, List.of("h1", "h2"), "Why.", List.of("t"), body);
  }

  /** Today's JSON of every kind, and the exercise it is. */
  private static final Map<String, Exercise.Body> TODAY = new java.util.LinkedHashMap<>();

  static {
    Normalization n = Normalization.DEFAULT;
    TODAY.put("{\"kind\":\"flashcard\",\"back\":\"back\"}", new Exercise.Flashcard("back"));
    TODAY.put(
        "{\"kind\":\"choice\",\"options\":[\"a\",\"b\",\"c\"],\"correct\":[0,2],\"shuffle\":false}",
        new Exercise.Choice(List.of("a", "b", "c"), List.of(0, 2), false));
    TODAY.put(
        "{\"kind\":\"text\",\"answers\":[\"Paris\"],\"regex\":\"[Pp]aris\",\"normalization\":"
            + LOOSE
            + "}",
        new Exercise.Text(List.of("Paris"), "[Pp]aris", n));
    TODAY.put(
        "{\"kind\":\"text\",\"answers\":[\"grep -r x .\"],\"regex\":null,\"normalization\":"
            + LOOSE
            + ",\"commands\":"
            + GREP
            + "}",
        new Exercise.Text(List.of("grep -r x ."), null, n, GREP_TABLE));
    TODAY.put(
        "{\"kind\":\"cloze\",\"text\":\"a {{b|c}} d {{e}}\",\"gaps\":[{\"alternatives\":[\"b\",\"c\"]},"
            + "{\"alternatives\":[\"e\"]}],\"normalization\":"
            + LOOSE
            + "}",
        new Exercise.Cloze(
            "a {{b|c}} d {{e}}", List.of(new Gap(List.of("b", "c")), new Gap(List.of("e"))), n));
    TODAY.put(
        "{\"kind\":\"cloze\",\"text\":\"grep {{-r}} x\",\"gaps\":[{\"alternatives\":[\"-r\"]}],"
            + "\"normalization\":"
            + LOOSE
            + ",\"anyOrder\":true,\"commands\":"
            + GREP
            + "}",
        new Exercise.Cloze("grep {{-r}} x", List.of(new Gap(List.of("-r"))), n, true, GREP_TABLE));
    TODAY.put(
        "{\"kind\":\"numeric\",\"answer\":1.5,\"tolerance\":0.05,\"relative\":true,\"unit\":\"kg\"}",
        new Exercise.Numeric(1.5, 0.05, true, "kg"));
    TODAY.put(
        "{\"kind\":\"numeric\",\"answer\":3.0,\"tolerance\":0.0,\"relative\":false,\"unit\":\"\","
            + "\"integer\":true}",
        new Exercise.Numeric(3, 0, false, "", true));
    TODAY.put(
        "{\"kind\":\"order\",\"items\":[\"x\",\"y\",\"z\"]}",
        new Exercise.Order(List.of("x", "y", "z")));
    // A sql exercise carries its fixture's script, so an installed pack grades with nothing else.
    TODAY.put(
        "{\"kind\":\"sql\",\"fixture\":{\"name\":\"shop\",\"path\":\"fixtures/shop.sql\",\"sql\":"
            + "\"CREATE TABLE t(x);\"},\"solution\":\"SELECT x FROM t\",\"change\":false,\"check\":null,"
            + "\"ordered\":true,\"columns\":false,\"tolerance\":0.01}",
        new Exercise.Sql(
            new tutor.pack.Fixture("shop", "fixtures/shop.sql", "CREATE TABLE t(x);"),
            "SELECT x FROM t",
            false,
            null,
            true,
            false,
            0.01));
    TODAY.put(
        "{\"kind\":\"sql\",\"fixture\":{\"name\":\"shop\",\"path\":\"fixtures/shop.sql\",\"sql\":"
            + "\"CREATE TABLE t(x);\"},\"solution\":\"DELETE FROM t WHERE x < 3\",\"change\":true,"
            + "\"check\":null,\"ordered\":false,\"columns\":false,\"tolerance\":0.0,"
            + "\"variants\":[\"INSERT INTO t VALUES (1)\"]}",
        new Exercise.Sql(
            new tutor.pack.Fixture("shop", "fixtures/shop.sql", "CREATE TABLE t(x);"),
            "DELETE FROM t WHERE x < 3",
            true,
            null,
            false,
            false,
            0,
            List.of("INSERT INTO t VALUES (1)")));
    TODAY.put(
        "{\"kind\":\"regex\",\"solution\":\"[0-9]{5}\",\"whole\":true,\"ignoreCase\":false,"
            + "\"match\":[\"12345\"],\"reject\":[\"1234\"],\"hiddenMatch\":[],\"hiddenReject\":[\"12a45\"]}",
        new Exercise.Regex(
            "[0-9]{5}",
            true, false, List.of("12345"), List.of("1234"), List.of(), List.of("12a45")));
  }

  @Test
  void everyKindReadsAndWritesAsStored() {
    java.util.Set<String> kinds = new java.util.HashSet<>();
    TODAY.forEach(
        (json, body) -> {
          Exercise e = exercise(body);
          assertEquals(e, ExerciseCodec.fromJson(HEAD + json + "}"), json);
          assertEquals(HEAD + json + "}", ExerciseCodec.toJson(e), "written as stored: " + json);
          kinds.add(body.type().yamlName());
        });
    assertEquals(
        tutor.pack.ExerciseType.values().length,
        kinds.size(),
        "today's stored JSON of every kind is here; add the new kind's");
  }

  @Test
  void jsonFromBeforeCommandsAndAnyOrderStillReads() {
    String text =
        "{\"kind\":\"text\",\"answers\":[\"ls -a\"],\"regex\":null,\"normalization\":"
            + LOOSE
            + "}";
    assertEquals(
        exercise(new Exercise.Text(List.of("ls -a"), null, Normalization.DEFAULT)),
        ExerciseCodec.fromJson(HEAD + text + "}"));
    String cloze =
        "{\"kind\":\"cloze\",\"text\":\"{{a}} {{b}}\",\"gaps\":[{\"alternatives\":[\"a\"]},"
            + "{\"alternatives\":[\"b\"]}],\"normalization\":"
            + LOOSE
            + "}";
    Exercise.Cloze c = (Exercise.Cloze) ExerciseCodec.fromJson(HEAD + cloze + "}").body();
    assertEquals(false, c.anyOrder());
    assertEquals(null, c.commands());
  }

  @Test
  void aSkillReadsAsStored() {
    String json =
        "{\"id\":\"s1\",\"title\":\"Title\",\"description\":\"Desc\",\"requires\":[\"s0\"],"
            + "\"lesson\":\"Lesson\",\"workedExamples\":[{\"problem\":\"p\",\"steps\":[\"a\",\"b\"],\"answer\":\"ans\"}],"
            + "\"resources\":[{\"title\":\"T\",\"url\":\"https://x\",\"kind\":\"video\",\"license\":\"CC\"}],"
            + "\"bkt\":{\"prior\":0.1,\"learn\":0.2,\"guess\":0.3,\"slip\":0.1}}";
    Skill s =
        new Skill(
            "s1",
            "Title",
            "Desc",
            List.of("s0"),
            "Lesson",
            List.of(new Skill.WorkedExample("p", List.of("a", "b"), "ans")),
            List.of(new Skill.Resource("T", "https://x", "video", "CC")),
            new BktParameters(0.1, 0.2, 0.3, 0.1));
    assertEquals(s, ExerciseCodec.skillFromJson(json));
    assertEquals(json, ExerciseCodec.skillToJson(s));
  }
}
