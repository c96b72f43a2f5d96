package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tutor.mastery.BktParameters;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.packfile.PackReader;
import tutor.store.StoreException;

/**
 * What ExerciseCodec writes it reads back equal (Jackson, one mapper both ways): every field of
 * every kind of exercise and of skills, and all of the packs in content/.
 */
class ExerciseCodecTest {
  private static final Normalization STRICT = new Normalization(true, true, false, true);

  @Test
  void everyFieldOfEveryKindComesBack() {
    List<Exercise.Body> bodies =
        List.of(
            new Exercise.Flashcard("The back, with \"quotes\", a tab\t and é."),
            new Exercise.Choice(List.of("a", "b", "c"), List.of(0, 2), true),
            new Exercise.Choice(List.of("x", "y"), List.of(1), false),
            new Exercise.Text(List.of("one", "two"), "o+ne", STRICT),
            new Exercise.Text(List.of("plain"), null, Normalization.DEFAULT),
            new Exercise.Cloze(
                "The {{cat|kitten}} sat on the {{mat}}.",
                List.of(new Gap(List.of("cat", "kitten")), new Gap(List.of("mat"))),
                STRICT),
            new Exercise.Numeric(-3.25, 0.01, true, "m/s"),
            new Exercise.Numeric(42, 0, false, ""),
            new Exercise.Order(List.of("first", "second", "third")),
            new Exercise.Text(
                List.of("ls -a"),
                null,
                STRICT,
                new tutor.pack.CommandTable(
                    java.util.Map.of(
                        "ls",
                            new tutor.pack.CommandTable.Program(
                                List.of(List.of("-a", "--all")), List.of()),
                        "kill",
                            new tutor.pack.CommandTable.Program(
                                List.of(List.of("-s TERM", "-15")), List.of("-s"), true)))),
            new Exercise.Text(List.of("pwd"), null, STRICT, tutor.pack.CommandTable.EMPTY),
            new Exercise.Cloze(
                "{{a}} and {{b}}",
                List.of(new Gap(List.of("a")), new Gap(List.of("b"))),
                STRICT,
                true));
    for (Exercise.Body b : bodies) {
      Exercise e =
          new Exercise(
              "id-1",
              List.of("a", "b"),
              "Prompt?",
              4,
              List.of("hint 1", "hint 2"),
              "Because.",
              List.of("tag"),
              b);
      assertEquals(e, ExerciseCodec.fromJson(ExerciseCodec.toJson(e)), b.type().toString());
    }
    Skill full =
        new Skill(
            "s",
            "S",
            "About s.",
            List.of("r", "q"),
            "# Lesson\n\nText.",
            List.of(new Skill.WorkedExample("Problem", List.of("step 1", "step 2"), "Answer")),
            List.of(
                new Skill.Resource("Docs", "https://example.org/d", "documentation", "CC-BY-4.0"),
                new Skill.Resource("Other", "https://example.org/o", "article", null)),
            new BktParameters(0.1, 0.2, 0.25, 0.05));
    assertEquals(full, ExerciseCodec.skillFromJson(ExerciseCodec.skillToJson(full)));
    Skill bare = new Skill("t", "T", "", List.of());
    assertEquals(bare, ExerciseCodec.skillFromJson(ExerciseCodec.skillToJson(bare)));
  }

  /**
   * Fields added later are left out while they keep their old meaning, so that the JSON and key
   * hash of an installed exercise do not change, and its learners' cards are not reset.
   */
  @Test
  void mediaComeBackAndAnExerciseWithoutThemIsStoredAsBefore() {
    Exercise plain =
        new Exercise(
            "f", List.of("s"), "perro", 2, List.of(), "", List.of(), new Exercise.Flashcard("dog"));
    Exercise shown = plain.withMedia(List.of("media/dog.png", "media/perro.mp3"));
    assertEquals(shown, ExerciseCodec.fromJson(ExerciseCodec.toJson(shown)));
    assertEquals(
        List.of("media/dog.png", "media/perro.mp3"),
        ExerciseCodec.fromJson(ExerciseCodec.toJson(shown)).media());
    String json = ExerciseCodec.toJson(plain);
    assertEquals(-1, json.indexOf("media"), json);
    assertEquals(plain, ExerciseCodec.fromJson(json));
    assertEquals(
        ExerciseCodec.keyHash(plain), ExerciseCodec.keyHash(shown), "media are not the answer");
  }

  @Test
  void textAndClozeWithoutTheNewFieldsAreWrittenAsBefore() {
    Exercise text =
        new Exercise(
            "t",
            List.of("s"),
            "?",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Text(List.of("one"), null, Normalization.DEFAULT));
    assertEquals(false, ExerciseCodec.toJson(text).contains("commands"));
    Exercise cloze =
        new Exercise(
            "c",
            List.of("s"),
            "?",
            2,
            List.of(),
            "",
            List.of(),
            new Exercise.Cloze("{{a}}", List.of(new Gap(List.of("a"))), Normalization.DEFAULT));
    assertEquals(false, ExerciseCodec.toJson(cloze).contains("anyOrder"));
    assertEquals(
        "{\"id\":\"c\",\"skills\":[\"s\"],\"prompt\":\"?\",\"difficulty\":2,\"hints\":[],\"explanation\":\"\","
            + "\"tags\":[],\"body\":{\"kind\":\"cloze\",\"text\":\"{{a}}\",\"gaps\":[{\"alternatives\":[\"a\"]}],"
            + "\"normalization\":{\"caseSensitive\":false,\"accentSensitive\":false,\"punctuationSensitive\":false,"
            + "\"whitespaceSensitive\":false}}}",
        ExerciseCodec.toJson(cloze));
  }

  @Test
  void theBundledPacksComeBack() throws Exception {
    try (Stream<Path> dirs = Files.list(Path.of("content"))) {
      for (Path dir : dirs.filter(d -> Files.exists(d.resolve(PackReader.MANIFEST))).toList()) {
        Pack pack = PackReader.read(dir);
        for (Exercise e : pack.exercises())
          assertEquals(e, ExerciseCodec.fromJson(ExerciseCodec.toJson(e)), e.id());
        for (Skill s : pack.skills())
          assertEquals(s, ExerciseCodec.skillFromJson(ExerciseCodec.skillToJson(s)), s.id());
      }
    }
  }

  @Test
  void unknownFieldsAreSkippedAndDamageIsReported() {
    Exercise e =
        new Exercise(
            "x", List.of("a"), "P", 2, List.of(), "", List.of(), new Exercise.Flashcard("B"));
    String json = ExerciseCodec.toJson(e);
    assertEquals(
        e,
        ExerciseCodec.fromJson(
            json.replace("{\"id\"", "{\"later\":{\"a\":[1,2.5,null,true]},\"id\"")));
    assertThrows(StoreException.class, () -> ExerciseCodec.fromJson("{\"id\": \"x\", "));
    assertThrows(
        StoreException.class, () -> ExerciseCodec.fromJson(json.replace("flashcard", "hologram")));
    assertThrows(StoreException.class, () -> ExerciseCodec.skillFromJson("[]"));
  }
}
