package tutor.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.packfile.PackReader;

/**
 * A pack being put together by an importer: skills by the name they have in the source (a deck, a
 * CSV column, a Markdown heading), flashcards and cloze exercises, unique ids, and warnings for
 * everything left out. {@link #pack} drops skills that ended up with no exercises.
 */
final class PackDraft {
  private final Path file;
  private final Map<String, String> skillIds = new LinkedHashMap<>();
  private final Map<String, String> skillTitles = new LinkedHashMap<>();
  private final Map<String, String> lessons = new LinkedHashMap<>();
  private final List<Exercise> exercises = new ArrayList<>();
  private final Set<String> exerciseIds = new HashSet<>();
  private final List<ImportWarning> warnings = new ArrayList<>();
  private final Map<Loss, Integer> losses = new java.util.EnumMap<>(Loss.class);
  private final Map<Loss, List<String>> lossExamples = new java.util.EnumMap<>(Loss.class);
  private final Map<String, byte[]> media = new LinkedHashMap<>();
  private AnkiHistory history;

  /** Examples kept per kind of loss. */
  static final int EXAMPLES = 3;

  PackDraft(Path file) {
    this.file = file;
  }

  void warn(int line, String message) {
    warnings.add(new ImportWarning(file, line, message));
  }

  /** Counts one {@code loss} at {@code where} (an exercise id, a row, a file name). */
  void lost(Loss loss, String where) {
    lost(loss, where, 1);
  }

  void lost(Loss loss, String where, int count) {
    if (count <= 0) return;
    losses.merge(loss, count, Integer::sum);
    List<String> ex = lossExamples.computeIfAbsent(loss, l -> new ArrayList<>());
    if (ex.size() < EXAMPLES && where != null && !where.isBlank()) ex.add(where);
  }

  /** Skips something, saying why (a warning) and counting it under {@code loss}. */
  void skip(Loss loss, int line, String where, String message) {
    warn(line, message);
    lost(loss, where);
  }

  int lossCount(Loss loss) {
    return losses.getOrDefault(loss, 0);
  }

  void media(String path, byte[] content) {
    media.put(path, content);
  }

  void history(AnkiHistory h) {
    history = h;
  }

  List<ImportWarning> warnings() {
    return warnings;
  }

  /** The id of the skill called {@code name} in the source, made on first use. */
  String skill(String name, String title) {
    return skillIds.computeIfAbsent(
        name,
        n -> {
          String id =
              unique(Slug.of(n).isEmpty() ? "skill" : Slug.of(n), new HashSet<>(skillIds.values()));
          skillTitles.put(id, title.isBlank() ? id : title);
          return id;
        });
  }

  void lesson(String skillId, String markdown) {
    if (!markdown.isBlank()) lessons.merge(skillId, markdown.strip(), (a, b) -> a + "\n\n" + b);
  }

  /** An id for an exercise, from {@code preferred} (slugged), unique in the pack. */
  String exerciseId(String preferred, String fallback) {
    String base = Slug.of(preferred);
    if (base.isEmpty() || !PackReader.isValidId(base)) base = fallback;
    String id = unique(base, exerciseIds);
    exerciseIds.add(id);
    return id;
  }

  private static String unique(String base, Set<String> taken) {
    if (!taken.contains(base)) return base;
    for (int i = 2; ; i++) {
      if (!taken.contains(base + "-" + i)) return base + "-" + i;
    }
  }

  /** Adds a flashcard; returns false (with a warning) when a side is empty. */
  boolean flashcard(
      int line,
      String id,
      String skill,
      String front,
      String back,
      List<String> tags,
      String explanation) {
    return flashcard(line, id, skill, front, back, tags, explanation, List.of());
  }

  /** A flashcard shown with {@code media} (paths in the pack). */
  boolean flashcard(
      int line,
      String id,
      String skill,
      String front,
      String back,
      List<String> tags,
      String explanation,
      List<String> mediaPaths) {
    if (front.isBlank() || back.isBlank()) {
      skip(
          Loss.EMPTY_SIDE,
          line,
          line > 0 ? "line " + line : id,
          "skipped: the " + (front.isBlank() ? "front" : "back") + " is empty");
      return false;
    }
    exercises.add(
        new Exercise(
            id,
            List.of(skill),
            front.strip(),
            Exercise.DEFAULT_DIFFICULTY,
            List.of(),
            explanation.strip(),
            tags,
            new Exercise.Flashcard(back.strip()),
            mediaPaths));
    return true;
  }

  /**
   * Adds a cloze in tutor's syntax ({@code {{answer|other}}}); false (with a warning) when it has
   * no usable gap.
   */
  boolean cloze(
      int line,
      String id,
      String skill,
      String prompt,
      String text,
      List<String> hints,
      List<String> tags,
      String explanation) {
    return cloze(line, id, skill, prompt, text, hints, tags, explanation, List.of());
  }

  boolean cloze(
      int line,
      String id,
      String skill,
      String prompt,
      String text,
      List<String> hints,
      List<String> tags,
      String explanation,
      List<String> mediaPaths) {
    List<Gap> gaps = Gap.parse(text);
    if (gaps.isEmpty() || gaps.stream().anyMatch(g -> g.alternatives().isEmpty())) {
      skip(
          Loss.CLOZE_UNWRITABLE,
          line,
          line > 0 ? "line " + line : id,
          "skipped: the cloze has " + (gaps.isEmpty() ? "no gap" : "an empty gap"));
      return false;
    }
    exercises.add(
        new Exercise(
            id,
            List.of(skill),
            prompt.isBlank() ? "Fill in the gaps." : prompt.strip(),
            Exercise.DEFAULT_DIFFICULTY,
            hints,
            explanation.strip(),
            tags,
            new Exercise.Cloze(text.strip(), gaps, Normalization.DEFAULT),
            mediaPaths));
    return true;
  }

  /** Adds any other exercise as it is. */
  void exercise(Exercise e) {
    exercises.add(e);
  }

  int size() {
    return exercises.size();
  }

  ImportResult pack(String id, String title, String description) {
    Set<String> used = new HashSet<>();
    exercises.forEach(e -> used.addAll(e.skills()));
    List<Skill> skills = new ArrayList<>();
    for (String skillId : skillIds.values()) {
      if (used.contains(skillId)) {
        skills.add(
            new Skill(
                skillId,
                skillTitles.get(skillId),
                "",
                List.of(),
                lessons.getOrDefault(skillId, ""),
                List.of(),
                List.of(),
                null));
      }
    }
    Pack pack =
        new Pack(
            Pack.FORMAT, id, title, "1.0.0", description, List.of(), "", "en", skills, exercises);
    return new ImportResult(pack, warnings, losses, lossExamples, media, history);
  }
}
