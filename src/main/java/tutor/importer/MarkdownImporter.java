package tutor.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

/**
 * Imports the Markdown quick-authoring format (docs/pack-format.md, "Quick authoring in Markdown"):
 * {@code # } starts a skill (text before its first card is its lesson), {@code ## } starts a card
 * whose heading is the front, a line {@code %} separates more front text from the back. The back
 * decides the type: task-list lines ({@code - [x]}, {@code - [ ]}) make a choice, {@code = answer}
 * lines a typed answer, and {@code {{gaps}}} in the front a cloze; otherwise it is a flashcard. It
 * reads files in the mdanki convention as they are.
 */
public final class MarkdownImporter {
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");
  private static final Pattern TAG = Pattern.compile("\\[#([^\\]\\s]+)\\]\\([^)]*\\)");
  private static final Pattern TAGS_LINE = Pattern.compile("(?i)^tags:\\s*(.*)$");
  private static final Pattern HINT_LINE = Pattern.compile("(?i)^hint:\\s*(.+)$");
  private static final Pattern ID_LINE =
      Pattern.compile("^<!--\\s*id:\\s*([a-z0-9][a-z0-9_.-]*)\\s*-->$");
  private static final Pattern OPTION = Pattern.compile("^[-*+]\\s+\\[([ xX])\\]\\s+(.+)$");
  private static final Pattern ANSWER = Pattern.compile("^=\\s*(.+)$");

  /**
   * An image: {@code ![alt](path "title")} (group 2: the path) or {@code ![alt][ref]} (group 3: the
   * reference).
   */
  private static final Pattern IMAGE =
      Pattern.compile(
          "!\\[([^\\]]*)\\](?:\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)|\\[([^\\]]*)\\])");

  private static final Pattern REFERENCE =
      Pattern.compile("^\\s{0,3}\\[([^\\]]+)\\]:\\s*<?(\\S+?)>?(\\s+.*)?$");
  private static final Pattern TUTOR_GAP = Pattern.compile("\\{\\{(?!c\\d+::).+?}}");

  private MarkdownImporter() {}

  /** A card as written: heading, body lines, and the line it starts on. */
  private record Card(int line, String heading, List<String> body) {}

  public static ImportResult read(Path file, String packId, String title) throws ImportException {
    String text = TextFiles.read(file);
    PackDraft draft = new PackDraft(file);
    String fileSkill = title != null ? title : AnkiImporter.fileTitle(file);
    String skill = null;
    List<String> lesson = new ArrayList<>();
    Card card = null;
    boolean fenced = false;
    int images = 0;
    Path from = PackRootOf(file);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (FENCE.matcher(l).matches()) fenced = !fenced;
      boolean h1 = !fenced && l.startsWith("# ");
      boolean h2 = !fenced && l.startsWith("## ");
      if (h1 || h2) {
        if (card != null) images += add(draft, skillOr(draft, skill, fileSkill), card, from);
        card = null;
      }
      if (h1) {
        if (skill != null)
          draft.lesson(skillOr(draft, skill, fileSkill), String.join("\n", lesson));
        lesson.clear();
        skill = l.substring(2).strip();
        draft.skill(skill, skill);
      } else if (h2) {
        card = new Card(i + 1, l.substring(3).strip(), new ArrayList<>());
      } else if (card != null) {
        card.body().add(l);
      } else if (skill != null) {
        lesson.add(l);
      }
    }
    if (card != null) images += add(draft, skillOr(draft, skill, fileSkill), card, from);
    if (skill != null) draft.lesson(skillOr(draft, skill, fileSkill), String.join("\n", lesson));
    if (draft.size() == 0) {
      throw new ImportException(
          file
              + ": no cards found (a card starts with a '## ' heading; see the"
              + " Markdown format in docs/pack-format.md)");
    }
    return draft.pack(
        packId,
        title != null ? title : AnkiImporter.fileTitle(file),
        "Imported from " + file.getFileName() + ".");
  }

  private static String skillOr(PackDraft draft, String skill, String fileSkill) {
    String name = skill != null ? skill : fileSkill;
    return draft.skill(name, name);
  }

  /** The real directory of the Markdown file: images are copied only from inside it. */
  private static Path PackRootOf(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      return dir.toRealPath();
    } catch (java.io.IOException e) {
      return dir.normalize();
    }
  }

  /** Adds the card; returns how many images it had that could not be kept. */
  private static int add(PackDraft draft, String skill, Card card, Path from) {
    List<String> front = new ArrayList<>(List.of(card.heading()));
    List<String> back = new ArrayList<>();
    List<String> hints = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String explicitId = null;
    boolean split = card.body().stream().anyMatch(l -> l.strip().equals("%"));
    boolean inBack = !split;
    boolean fenced = false;
    for (String raw : card.body()) {
      String l = raw.strip();
      if (FENCE.matcher(raw).matches()) fenced = !fenced;
      if (!fenced) {
        if (l.equals("%") && !inBack) {
          inBack = true;
          continue;
        }
        Matcher id = ID_LINE.matcher(l);
        if (id.matches()) {
          explicitId = id.group(1);
          continue;
        }
        Matcher hint = HINT_LINE.matcher(l);
        if (hint.matches()) {
          hints.add(hint.group(1).strip());
          continue;
        }
        Matcher tl = TAGS_LINE.matcher(l);
        if (tl.matches()) {
          for (String t : tl.group(1).split("[,\\s]+")) if (!t.isBlank()) tags.add(t);
          continue;
        }
        Matcher tm = TAG.matcher(raw);
        boolean any = false;
        while (tm.find()) {
          tags.add(tm.group(1));
          any = true;
        }
        if (any) {
          raw = TAG.matcher(raw).replaceAll("").stripTrailing();
          if (raw.isBlank()) continue;
        }
      }
      (inBack ? back : front).add(raw);
    }
    String frontText = trimLines(front);
    String backText = trimLines(back);
    java.util.Map<String, String> references = new java.util.HashMap<>();
    List<String> kept = new ArrayList<>();
    for (String l : backText.split("\n", -1)) {
      Matcher r = REFERENCE.matcher(l);
      if (r.matches()) references.put(r.group(1).toLowerCase(java.util.Locale.ROOT), r.group(2));
      else kept.add(l);
    }
    backText = trimLines(kept);
    int[] missing = {0};
    List<String> shown = new ArrayList<>();
    frontText =
        IMAGE
            .matcher(frontText)
            .replaceAll(
                m -> {
                  String path = image(draft, from, m, references);
                  if (path == null) {
                    missing[0]++;
                    return Matcher.quoteReplacement("[image: " + m.group(1) + "]");
                  }
                  if (!shown.contains(path)) shown.add(path);
                  return "";
                });
    backText =
        IMAGE
            .matcher(backText)
            .replaceAll(
                m -> {
                  String path = image(draft, from, m, references);
                  if (path == null) missing[0]++;
                  return Matcher.quoteReplacement(
                      "[image: " + (path == null ? m.group(1) : path) + "]");
                });
    int images = missing[0];
    // Only lessons are rendered as Markdown: everything else is shown as written, so its inline
    // Markdown (**bold**, `code`, links) is turned to the plain text it stands for.
    frontText = PlainMarkdown.text(frontText);
    if (frontText.isBlank() && !shown.isEmpty()) frontText = "Recall the answer to this image.";
    hints.replaceAll(PlainMarkdown::text);
    String fallback = "card-" + card.line();
    String id =
        explicitId != null
            ? draft.exerciseId(explicitId, fallback)
            : draft.exerciseId(card.heading(), fallback);
    int line = card.line();
    List<String> backLines = List.of(backText.split("\n", -1));
    List<String> options = new ArrayList<>();
    List<Integer> correct = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String l : backLines) {
      Matcher o = OPTION.matcher(l.strip());
      Matcher a = ANSWER.matcher(l.strip());
      if (o.matches()) {
        if (!o.group(1).isBlank()) correct.add(options.size());
        options.add(PlainMarkdown.text(o.group(2).strip()));
      } else if (a.matches() && !a.group(1).startsWith("=")) {
        answers.add(a.group(1).strip());
      } else {
        rest.add(l);
      }
    }
    String explanation = PlainMarkdown.text(trimLines(rest));
    if (!AnkiCloze.numbers(frontText).isEmpty() || TUTOR_GAP.matcher(frontText).find()) {
      String gaps = frontText;
      if (!AnkiCloze.numbers(frontText).isEmpty()) {
        // Anki deletions: all of them become gaps of this one exercise.
        gaps =
            AnkiCloze.DELETION
                .matcher(frontText)
                .replaceAll(m -> Matcher.quoteReplacement("{{" + m.group(2) + "}}"));
      }
      draft.cloze(line, id, skill, "", gaps, hints, tags, PlainMarkdown.text(backText), shown);
    } else if (!options.isEmpty()) {
      if (options.size() < 2
          || correct.isEmpty()
          || correct.size() == options.size()
          || new java.util.HashSet<>(options).size() < options.size()) {
        draft.skip(
            Loss.CARD_INVALID,
            line,
            "line " + line,
            "skipped: a choice needs two or more different"
                + " options, some but not all marked right with [x]");
      } else {
        draft.exercise(
            new Exercise(
                id,
                List.of(skill),
                frontText,
                Exercise.DEFAULT_DIFFICULTY,
                hints,
                explanation,
                tags,
                new Exercise.Choice(options, correct, true),
                shown));
      }
    } else if (!answers.isEmpty()) {
      draft.exercise(
          new Exercise(
              id,
              List.of(skill),
              frontText,
              Exercise.DEFAULT_DIFFICULTY,
              hints,
              explanation,
              tags,
              new Exercise.Text(answers, null, Normalization.DEFAULT),
              shown));
    } else if (backText.isBlank()) {
      draft.skip(
          Loss.EMPTY_SIDE,
          line,
          "line " + line,
          "skipped: the card '" + card.heading() + "' has no back (write it below the heading)");
    } else {
      draft.flashcard(line, id, skill, frontText, PlainMarkdown.text(backText), tags, "", shown);
      if (!hints.isEmpty())
        draft.skip(Loss.HINTS_IGNORED, line, "line " + line, "hints are ignored on a flashcard");
    }
    return images;
  }

  /**
   * Copies the image {@code m} refers to into the pack's media folder; returns its path there, or
   * null (counted as missing) when it is not a file inside the Markdown file's directory.
   */
  private static String image(
      PackDraft draft,
      Path from,
      java.util.regex.MatchResult m,
      java.util.Map<String, String> references) {
    String target =
        m.group(2) != null
            ? m.group(2)
            : references.get(
                (m.group(3).isEmpty() ? m.group(1) : m.group(3))
                    .toLowerCase(java.util.Locale.ROOT));
    if (target == null || target.isBlank() || target.contains("://")) {
      draft.lost(Loss.MEDIA_MISSING, target == null ? m.group() : target);
      return null;
    }
    String name =
        java.net.URLDecoder.decode(
            target.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    try {
      Path file = from.resolve(name).normalize().toRealPath();
      if (!file.startsWith(from) || !java.nio.file.Files.isRegularFile(file)) {
        draft.lost(Loss.MEDIA_MISSING, target);
        return null;
      }
      if (java.nio.file.Files.size(file) > tutor.packfile.PackReader.MAX_MEDIA_BYTES) {
        draft.lost(Loss.MEDIA_TOO_LARGE, target);
        return null;
      }
      String path = "media/" + AnkiMedia.safeName(file.getFileName().toString());
      draft.media(path, java.nio.file.Files.readAllBytes(file));
      return path;
    } catch (java.io.IOException | IllegalArgumentException e) {
      draft.lost(Loss.MEDIA_MISSING, target);
      return null;
    }
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /** The lines joined, without blank lines at either end. */
  private static String trimLines(List<String> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) from++;
    while (to > from && lines.get(to - 1).isBlank()) to--;
    return String.join("\n", lines.subList(from, to)).stripTrailing();
  }
}
