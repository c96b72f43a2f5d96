package tutor.authoring;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tutor.kind.Kind;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.packfile.AuthoredPack;
import tutor.packfile.Location;
import tutor.packfile.SourceMap;

/**
 * Finds what is valid but probably not what the author wants: thin skills, exercises without an
 * explanation or hint, long or repeated prompts, flat difficulty, choices whose answer stands out
 * by its length, answer keys that differ only by case, and missing, empty or short lessons with
 * links a terminal cannot follow. Reads no files: whether a relative link's target exists is asked
 * of {@code fileExists}.
 */
public final class Linter {
  public static final int DEFAULT_MIN_EXERCISES = 3;

  /** Longer prompts are hard to read in a terminal; split them or move context to a lesson. */
  public static final int LONG_PROMPT_CHARS = 300;

  /** Fewer words than this does not introduce a skill. */
  public static final int SHORT_LESSON_WORDS = 40;

  private final int minExercises;
  private final Path packDir;
  private final Predicate<Path> fileExists;

  /**
   * @param packDir the pack's directory, which relative links in lessons must stay within
   * @param fileExists whether a file exists, to check relative links
   */
  public Linter(int minExercises, Path packDir, Predicate<Path> fileExists) {
    this.minExercises = minExercises;
    this.packDir = packDir.toAbsolutePath().normalize();
    this.fileExists = fileExists;
  }

  /**
   * Files that hold exercises but that no pattern of {@code exercises:} matches (a {@code .yml}
   * beside {@code *.yaml}, a file in a folder the pattern does not reach): the pack is valid
   * without them, and their exercises would silently never be asked.
   *
   * @param exerciseLike the pack's YAML files that have an {@code exercises:} key, found by the
   *     caller (this class reads no files)
   */
  public List<LintWarning> unreadFiles(AuthoredPack authored, List<Path> exerciseLike) {
    SourceMap src = authored.sources();
    java.util.Set<Path> read = new java.util.HashSet<>();
    for (Path p : src.exerciseFiles()) read.add(p.toAbsolutePath().normalize());
    Path manifest = src.manifest().toAbsolutePath().normalize();
    List<LintWarning> out = new ArrayList<>();
    for (Path file : exerciseLike) {
      Path p = file.toAbsolutePath().normalize();
      if (read.contains(p) || p.equals(manifest)) continue;
      out.add(
          new LintWarning(
              "unread-file",
              new Location(file, 0, 0),
              "this file has exercises but is not read: no pattern of exercises: in pack.yaml ("
                  + String.join(", ", src.exercisePatterns())
                  + ") matches it; rename it or add it there"));
    }
    return out;
  }

  public List<LintWarning> lint(AuthoredPack authored) {
    Pack pack = authored.pack();
    SourceMap src = authored.sources();
    List<LintWarning> out = new ArrayList<>();
    Map<String, List<Exercise>> bySkill = new LinkedHashMap<>();
    for (Skill s : pack.skills()) bySkill.put(s.id(), new ArrayList<>());
    for (Exercise e : pack.exercises()) {
      for (String s : e.skills()) bySkill.computeIfAbsent(s, k -> new ArrayList<>()).add(e);
    }
    for (Skill s : pack.skills()) {
      Location at = src.skill(s.id());
      List<Exercise> exercises = bySkill.get(s.id());
      if (exercises.size() < minExercises) {
        out.add(
            new LintWarning(
                "few-exercises",
                at,
                "skill '"
                    + s.id()
                    + "' has "
                    + exercises.size()
                    + (exercises.size() == 1 ? " exercise" : " exercises")
                    + "; aim for at least "
                    + minExercises
                    + " so that mastery can be judged"));
      }
      flatDifficulty(s, exercises, at).ifPresent(out::add);
      lesson(s, src, out);
    }
    Map<String, Exercise> prompts = new HashMap<>();
    for (Exercise e : pack.exercises()) {
      Location at = src.exercise(e.id());
      String what = "exercise '" + e.id() + "'";
      if (e.explanation().isBlank()) {
        out.add(
            new LintWarning(
                "no-explanation", at, what + " has no explanation: say why the answer is right"));
      }
      if (e.hints().isEmpty() && Kind.of(e).graded()) {
        out.add(new LintWarning("no-hint", at, what + " has no hint"));
      }
      splitHint(e.hints())
          .ifPresent(
              h ->
                  out.add(
                      new LintWarning(
                          "split-hint",
                          at,
                          what
                              + " has the hints '"
                              + h.get(0)
                              + "' and '"
                              + h.get(1)
                              + "': one hint cut at its comma? In [a, b] a comma separates"
                              + " hints; quote it (\""
                              + h.get(0)
                              + ", "
                              + h.get(1)
                              + "\") or write one hint per line")));
      String shown = shownText(e);
      if (shown.length() > LONG_PROMPT_CHARS) {
        out.add(
            new LintWarning(
                "long-prompt",
                at,
                what
                    + " has a prompt of "
                    + shown.length()
                    + " characters (over "
                    + LONG_PROMPT_CHARS
                    + "): hard to read in a terminal"));
      }
      String key = shown.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      Exercise first = prompts.putIfAbsent(key, e);
      if (first != null && !key.isEmpty()) {
        out.add(
            new LintWarning(
                "duplicate-prompt",
                at,
                what
                    + " asks the same as exercise '"
                    + first.id()
                    + "' ("
                    + src.exercise(first.id())
                    + ")"));
      }
      kindChecks(e, what, at, out);
    }
    return out;
  }

  /** What the learner reads: the prompt, and for a cloze its text with the gaps blanked. */
  private static String shownText(Exercise e) {
    Kind kind = Kind.of(e);
    // An sql exercise's text lists its fixture's tables: made by tutor, the same for every
    // exercise on that fixture, and not the author's to shorten.
    String text = kind.fixture() != null ? "" : kind.text();
    return text.isEmpty() ? e.prompt() : (e.prompt() + "\n" + text).strip();
  }

  /** The checks that only make sense for one kind: its class says which apply. */
  private void kindChecks(Exercise e, String what, Location at, List<LintWarning> out) {
    for (Kind.Lint w : Kind.of(e).lint(what)) out.add(new LintWarning(w.rule(), at, w.message()));
  }

  private Optional<LintWarning> flatDifficulty(Skill s, List<Exercise> exercises, Location at) {
    if (exercises.size() < 2) return Optional.empty();
    int min = exercises.stream().mapToInt(Exercise::difficulty).min().orElse(0);
    int max = exercises.stream().mapToInt(Exercise::difficulty).max().orElse(0);
    if (min != max) return Optional.empty();
    return Optional.of(
        new LintWarning(
            "flat-difficulty",
            at,
            "skill '"
                + s.id()
                + "': every exercise has difficulty "
                + min
                + "; let difficulty rise so learners start easy"));
  }

  private void lesson(Skill s, SourceMap src, List<LintWarning> out) {
    Location file = src.lessonFiles().get(s.id());
    Location inline = src.inlineLessons().get(s.id());
    Location at = file != null ? file : inline != null ? inline : src.skill(s.id());
    String what = "skill '" + s.id() + "'";
    if (s.lesson().isBlank()) {
      out.add(
          file != null || inline != null
              ? new LintWarning("empty-lesson", at, what + ": the lesson is empty")
              : new LintWarning(
                  "no-lesson",
                  at,
                  what + " has no lesson: introduce it before the first exercise"));
    } else {
      int words = PackStats.words(s.lesson());
      if (words < SHORT_LESSON_WORDS) {
        out.add(
            new LintWarning(
                "short-lesson",
                at,
                what
                    + ": the lesson has only "
                    + words
                    + (words == 1 ? " word" : " words")
                    + "; a lesson introduces the skill in a few paragraphs"));
      }
      for (MarkdownLinks.Link link : MarkdownLinks.in(s.lesson())) {
        // In a lesson file the link's own line is known; an inline lesson is reported at its field.
        Location where = file != null ? new Location(file.file(), link.line(), 0) : at;
        linkProblem(link, file)
            .ifPresent(p -> out.add(new LintWarning("lesson-link", where, what + ": " + p)));
      }
    }
    if (s.workedExamples().isEmpty()) {
      out.add(
          new LintWarning(
              "no-worked-example", src.skill(s.id()), what + " has no worked examples"));
    }
    if (s.resources().isEmpty()) {
      out.add(
          new LintWarning(
              "no-resources",
              src.skill(s.id()),
              what + " has no resources (links to more material)"));
    }
  }

  private Optional<String> linkProblem(MarkdownLinks.Link link, Location lessonFile) {
    String target = link.target();
    String kind = link.image() ? "image" : "link";
    if (link.image()) {
      return Optional.of(
          "image '" + target + "' cannot be shown in a terminal; describe it in words");
    }
    if (target.isEmpty()) return Optional.of("a link without a target");
    if (target.startsWith("#")) return Optional.empty();
    String scheme = scheme(target);
    if (scheme != null) {
      if (scheme.equals("http") || scheme.equals("https")) return Optional.empty();
      return Optional.of(
          kind + " '" + target + "' is neither a web address (http, https) nor a path in the pack");
    }
    if (target.startsWith("/") || target.startsWith("\\")) {
      return Optional.of(
          kind
              + " '"
              + target
              + "' is an absolute path; use a path relative to the lesson, or a web address");
    }
    String path = target.replaceAll("[#?].*$", "");
    if (path.isEmpty()) return Optional.empty();
    Path resolved = resolve(path, lessonFile);
    if (resolved == null || !resolved.startsWith(packDir)) {
      return Optional.of(kind + " '" + target + "' points outside the pack");
    }
    if (!fileExists.test(resolved)) {
      return Optional.of(kind + " '" + target + "' points to no file in the pack");
    }
    return Optional.empty();
  }

  /** The URI scheme of {@code target} (lower case), or null for a relative reference. */
  private static String scheme(String target) {
    int colon = target.indexOf(':');
    if (colon < 1) return null;
    String s = target.substring(0, colon);
    if (!s.matches("[A-Za-z][A-Za-z0-9+.-]*")) return null;
    // "C:\..." is a Windows path, not a scheme.
    if (s.length() == 1) return "file";
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code path} as written in a lesson, resolved against the lesson file's directory. */
  private Path resolve(String path, Location lessonFile) {
    String decoded;
    try {
      decoded = URI.create(path.replace(" ", "%20")).getPath();
    } catch (IllegalArgumentException e) {
      decoded = path;
    }
    if (decoded == null || decoded.isEmpty()) return null;
    // Inline lessons are read as if they were written beside pack.yaml.
    Path base =
        lessonFile == null ? packDir : lessonFile.file().toAbsolutePath().normalize().getParent();
    try {
      return base.resolve(decoded).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  /**
   * Two hints that read as one sentence cut at a comma: YAML's {@code hints: [Sum, then divide.]}
   * is two hints, "Sum" and "then divide.". The first does not end a sentence, the next starts in
   * lower case and does end one.
   */
  static Optional<List<String>> splitHint(List<String> hints) {
    for (int i = 0; i + 1 < hints.size(); i++) {
      String a = hints.get(i).strip();
      String b = hints.get(i + 1).strip();
      if (a.isEmpty() || b.isEmpty()) continue;
      boolean aOpen = ".!?:;)\"'`".indexOf(a.charAt(a.length() - 1)) < 0;
      boolean bContinues =
          Character.isLowerCase(b.codePointAt(0)) && ".!?".indexOf(b.charAt(b.length() - 1)) >= 0;
      if (aOpen && bContinues) return Optional.of(List.of(a, b));
    }
    return Optional.empty();
  }
}
