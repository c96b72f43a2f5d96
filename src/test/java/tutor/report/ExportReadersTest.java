package tutor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.store.ExportCsv;
import tutor.store.ExportJson;
import tutor.store.LearnerExport;

/** The streaming JSON reader reads exports exactly as the export's own readers do. */
class ExportReadersTest {
  @TempDir Path dir;

  private static LearnerExport export() {
    Map<String, LearnerExport.Table> tables = new LinkedHashMap<>();
    tables.put(
        "learner_settings",
        new LearnerExport.Table(
            List.of("key", "value"),
            List.of(List.of("timezone", "Europe/Paris"), List.of("desired-retention", "0.85"))));
    tables.put(
        "goals",
        new LearnerExport.Table(
            List.of(
                "id",
                "pack_id",
                "skills",
                "deadline",
                "daily_minutes",
                "daily_exercises",
                "created_at"),
            List.of(Arrays.asList(3L, "p", "[\"a\",\"b\"]", "2026-05-01", null, 12L, 5L))));
    tables.put(
        "cards",
        new LearnerExport.Table(
            List.of(
                "pack_id",
                "exercise_id",
                "phase",
                "step",
                "stability",
                "difficulty",
                "due",
                "last_review",
                "reps",
                "lapses"),
            List.of(List.of("p", "e1", "review", 0L, 3.5, 5.25, 2_000L, 1_000L, 2L, 0L))));
    List<List<Object>> reviews = new ArrayList<>();
    reviews.add(
        Arrays.asList(
            2L,
            "p",
            "e1",
            1_000L,
            "study",
            3L,
            1L,
            null,
            0L,
            "a, \"b\"\nc",
            "learning",
            0L,
            0L,
            3.5,
            5.25,
            "{\"phase\":\"learning\"}",
            "{}",
            3L));
    reviews.add(
        Arrays.asList(
            1L,
            "p",
            "e1",
            500L,
            "placement",
            1L,
            0L,
            4_200L,
            1L,
            "",
            "new",
            0L,
            0L,
            0.4,
            6.0,
            null,
            "{}",
            null));
    tables.put(
        "reviews",
        new LearnerExport.Table(
            List.of(
                "id",
                "pack_id",
                "exercise_id",
                "reviewed_at",
                "kind",
                "rating",
                "correct",
                "response_ms",
                "hints_used",
                "answer",
                "phase_before",
                "elapsed_days",
                "scheduled_days",
                "stability",
                "difficulty",
                "card_before",
                "mastery_before",
                "confidence"),
            reviews));
    tables.put(
        "mastery",
        new LearnerExport.Table(
            List.of("pack_id", "skill_id", "p_known", "attempts", "correct", "updated_at"),
            List.of(List.of("p", "a", 0.5, 2L, 1L, 1_000L))));
    tables.put(
        "lessons_seen",
        new LearnerExport.Table(
            List.of("pack_id", "skill_id", "seen_at"), List.of(List.of("p", "a", 400L))));
    return new LearnerExport(
        1, 4, Instant.parse("2026-03-05T10:00:00Z"), "sam", 100L, Map.of("p", "1.0.0"), tables);
  }

  @Test
  void streamingJsonAndTheExportsOwnJsonAndCsvReadersAgree() throws Exception {
    Path json = dir.resolve("sam.json");
    Files.writeString(json, ExportJson.write(export()), StandardCharsets.UTF_8);
    Path csv = dir.resolve("sam-csv");
    ExportCsv.write(export(), csv);
    LearnerData streamed = new ExportJsonStream().read(json);
    LearnerData tree = ExportRows.of(json.toString(), ExportJson.read(Files.readString(json)));
    LearnerData fromCsv = new ExportFiles().read(csv);
    assertEquals(tree, streamed);
    assertEquals(tree.answers(), fromCsv.answers());
    assertEquals(tree.goals(), fromCsv.goals());
    assertEquals(tree.cards(), fromCsv.cards());
    assertEquals(tree.mastery(), fromCsv.mastery());
    assertEquals(tree.settings(), fromCsv.settings());
    assertEquals(
        List.of(500L, 1_000L),
        streamed.answers().stream().map(a -> a.at().toEpochMilli()).toList(),
        "answers in time order");
    assertEquals("a, \"b\"\nc", streamed.answers().get(1).answer());
    assertEquals(3, streamed.answers().get(1).confidence());
    assertEquals(List.of("a", "b"), streamed.goals().get(0).skills());
  }

  @Test
  void aFileThatIsNotAnExportIsRefusedWithTheReason() throws Exception {
    Path notes = dir.resolve("notes.json");
    Files.writeString(notes, "{\"hello\": 1}");
    ReportInputException e =
        assertThrows(ReportInputException.class, () -> new ExportFiles().read(notes));
    assertEquals(
        notes + ": not a tutor export: it lacks \"format\": \"tutor-export\"", e.getMessage());
    Files.writeString(
        notes, "{\"format\": \"tutor-export\", \"tables\": {\"reviews\": [{\"pack_id\": \"p\"}]}}");
    e = assertThrows(ReportInputException.class, () -> new ExportFiles().read(notes));
    assertTrue(
        e.getMessage().endsWith("table reviews has a row without exercise_id"), e.getMessage());
    Files.writeString(notes, "{\"format\": \"tutor-export\", \"tables\": {\"reviews\": [1, 2]}}");
    e = assertThrows(ReportInputException.class, () -> new ExportFiles().read(notes));
    assertTrue(
        e.getMessage().endsWith("table 'reviews': each row should be an object"), e.getMessage());
    Files.writeString(notes, "{\"format\": \"tutor-export\", \"learner\": \"sam\"}");
    e = assertThrows(ReportInputException.class, () -> new ExportFiles().read(notes));
    assertTrue(e.getMessage().endsWith("\"learner\" should be an object"), e.getMessage());
    Files.writeString(notes, "{broken");
    e = assertThrows(ReportInputException.class, () -> new ExportFiles().read(notes));
    assertTrue(e.getMessage().contains("malformed at line 1"), e.getMessage());
    assertEquals(
        dir.resolve("none.json") + ": no such file or directory",
        assertThrows(
                ReportInputException.class, () -> new ExportFiles().read(dir.resolve("none.json")))
            .getMessage());
  }
}
