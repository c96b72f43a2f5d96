package tutor.packfile;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tutor.kind.Kind;
import tutor.kind.KindFields;
import tutor.kind.KindYaml;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Fixture;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Semver;
import tutor.pack.Skill;
import tutor.pack.SkillGraph;
import tutor.pack.Unit;

/**
 * Reads a pack directory (pack.yaml and its exercise files) into a {@link Pack}, checking
 * everything and reporting every problem found, each with its file and line.
 */
public final class PackReader {
  public static final String MANIFEST = "pack.yaml";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
  private static final int MAX_EXERCISE_FILES = 10_000;

  private static final List<String> MANIFEST_FIELDS =
      List.of(
          "format",
          "id",
          "title",
          "version",
          "description",
          "authors",
          "license",
          "language",
          "exercises",
          "grading",
          "commands",
          "fixtures",
          "skills",
          "units");

  /** The largest fixture script: it is stored with each exercise that runs against it. */
  public static final int MAX_FIXTURE_BYTES = 1024 * 1024;

  private static final List<String> UNIT_FIELDS = List.of("id", "title", "description", "skills");
  private static final List<String> SKILL_FIELDS =
      List.of(
          "id",
          "title",
          "description",
          "requires",
          "lesson",
          "lesson_file",
          "worked_examples",
          "resources",
          "bkt");
  private static final List<String> EXAMPLE_FIELDS = List.of("problem", "steps", "answer");
  private static final List<String> RESOURCE_FIELDS = List.of("title", "url", "kind", "license");
  private static final List<String> BKT_FIELDS = List.of("prior", "learn", "guess", "slip");
  private static final Pattern URL = Pattern.compile("https?://[^\\s]+");
  private static final List<String> GRADING_FIELDS = KindYaml.GRADING_FIELDS;
  private static final List<String> PACK_GRADING_FIELDS = concat(GRADING_FIELDS, List.of("match"));
  private static final List<String> MATCH_MODES = List.of("text", "command");
  private static final List<String> PROGRAM_FIELDS = List.of("synonyms", "takes_value", "ordered");
  private static final Pattern PROGRAM = Pattern.compile("[A-Za-z0-9_.+-]+( [A-Za-z0-9_.+-]+)?");
  private static final Pattern OPTION = Pattern.compile("--?[^\\s=-][^\\s=]*((=| )\\S.*)?");
  private static final List<String> COMMON_FIELDS =
      List.of(
          "id",
          "skill",
          "type",
          "prompt",
          "difficulty",
          "hints",
          "explanation",
          "tags",
          "examples",
          "media");

  private final Path dir;
  private final List<PackError> errors = new ArrayList<>();

  /**
   * Skills named by any exercise, even one with errors, so a broken exercise is not also "missing".
   */
  private final Set<String> referencedSkills = new HashSet<>();

  private boolean unreadableFile;

  /** Whether some exercise named a skill the pack does not have. */
  private boolean misspeltSkill;

  // Where things were written, for authoring tools (see SourceMap).
  private final Map<String, Location> skillAt = new LinkedHashMap<>();
  private final Map<String, Location> exerciseAt = new LinkedHashMap<>();
  private final Map<String, Location> lessonFileAt = new LinkedHashMap<>();
  private final Map<String, Location> inlineLessonAt = new LinkedHashMap<>();
  private final Map<String, Examples> examplesOf = new LinkedHashMap<>();

  /**
   * How the pack's text exercises compare answers unless they say otherwise: "text" or "command".
   */
  private String defaultMatch = "text";

  /** The pack's {@code commands:} table, for exercises that compare commands. */
  private CommandTable commandTable = CommandTable.EMPTY;

  /** The pack's {@code fixtures:}, by name, for sql exercises. */
  private Map<String, Fixture> fixtures = Map.of();

  /**
   * The pack directory's real path: no file the pack reads may lie outside it (see {@link
   * PackRoot}).
   */
  private final Path realRoot;

  private PackReader(Path dir) {
    this.dir = dir;
    this.realRoot = PackRoot.real(dir);
  }

  /** Whether {@code id} is a valid pack, skill or exercise id. */
  public static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** Reads and checks the pack in {@code dir}; throws with every problem if there is any. */
  public static Pack read(Path dir) throws PackException {
    return new PackReader(dir).read().pack();
  }

  /** Like {@link #read}, and also says where each skill, exercise and lesson was written. */
  public static AuthoredPack readAuthored(Path dir) throws PackException {
    return new PackReader(dir).read();
  }

  private AuthoredPack read() throws PackException {
    Path manifestFile = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      throw new PackException(
          new PackError(dir, 0, "not a pack: no " + MANIFEST + " in this directory"));
    }
    Optional<Path> manifestTarget = PackRoot.outside(realRoot, manifestFile);
    if (manifestTarget.isPresent())
      throw new PackException(PackRoot.error(manifestFile, manifestTarget.get()));
    YNode root = YamlTree.read(manifestFile);
    if (!(root instanceof YNode.YMap rootMap)) {
      throw new PackException(
          new PackError(
              manifestFile,
              root.line(),
              root.column(),
              "the manifest should be a mapping of fields (id: ..., title: ...), not "
                  + root.kind()));
    }
    Fields m = new Fields(manifestFile, rootMap, "", errors);
    m.rejectUnknown(MANIFEST_FIELDS);
    int format = m.integer("format", 1, 1_000).orElse(1);
    if (format > Pack.FORMAT) {
      m.error(
          "format",
          "pack format "
              + format
              + " is newer than this tutor understands ("
              + Pack.FORMAT
              + "); update tutor to use this pack");
      throw new PackException(errors);
    }
    String id = m.string("id", true).orElse("");
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      m.error(
          "id",
          "pack id '" + id + "' should use only lower-case letters, digits, '-', '_' and '.'");
    }
    String title = m.string("title", true).orElse(id);
    String version = m.string("version", true).orElse("0.0.0");
    if (m.has("version") && Semver.parse(version).isEmpty()) {
      m.error("version", "version '" + version + "' is not a semantic version (like 1.2.0)");
    }
    Normalization grading = readGrading(m, Normalization.DEFAULT);
    commandTable = readCommands(m);
    fixtures = readFixtures(m);
    List<Skill> skills = readSkills(m, manifestFile);
    List<Unit> units = readUnits(m, manifestFile, skills);
    List<String> patterns =
        m.has("exercises") ? m.strings("exercises", true) : List.of("exercises/*.yaml");
    List<Exercise> exercises = new ArrayList<>();
    Map<String, PackError> firstSeen = new HashMap<>();
    // In teaching order, as an unknown skill's error lists them.
    Set<String> skillIds =
        skills.stream().map(Skill::id).collect(Collectors.toCollection(LinkedHashSet::new));
    List<Path> exerciseFiles = exerciseFiles(patterns, m);
    for (Path file : exerciseFiles) {
      readExerciseFile(file, grading, skillIds, exercises, firstSeen);
    }
    Set<String> practised = new HashSet<>(referencedSkills);
    exercises.forEach(e -> practised.addAll(e.skills()));
    for (Skill s : skills) {
      // An unreadable exercise file could hold the skill's exercises: say nothing rather than
      // mislead.
      // Nor after an exercise named an unknown skill: it was most likely meant for this one.
      if (!practised.contains(s.id()) && !unreadableFile && !misspeltSkill) {
        Location at = skillAt.get(s.id());
        errors.add(
            new PackError(
                manifestFile, at.line(), at.column(), "skill '" + s.id() + "' has no exercises"));
      }
    }
    if (!errors.isEmpty()) throw new PackException(errors);
    Pack pack =
        new Pack(
            format,
            id,
            title,
            version,
            m.string("description", ""),
            m.strings("authors", false),
            m.string("license", ""),
            m.string("language", "en"),
            skills,
            exercises,
            units);
    return new AuthoredPack(
        pack,
        new SourceMap(
            manifestFile,
            skillAt,
            exerciseAt,
            lessonFileAt,
            inlineLessonAt,
            examplesOf,
            patterns,
            exerciseFiles.stream().map(this::displayPath).toList()));
  }

  private Normalization readGrading(Fields f, Normalization base) {
    Optional<YNode.YMap> g = f.mapping("grading");
    if (g.isEmpty()) return base;
    Fields gf = new Fields(dir.resolve(MANIFEST), g.get(), "grading: ", errors);
    gf.rejectUnknown(PACK_GRADING_FIELDS);
    defaultMatch = matchMode(gf, "text");
    return overrideGrading(gf, base);
  }

  /** {@code match: text} or {@code match: command}; {@code fallback} when absent or wrong. */
  private static String matchMode(Fields f, String fallback) {
    Optional<String> mode = f.string("match", false);
    if (mode.isEmpty()) return fallback;
    if (!MATCH_MODES.contains(mode.get())) {
      f.error(
          "match",
          "match should be 'text' or 'command', not '"
              + mode.get()
              + "'"
              + Fields.didYouMean(mode.get(), MATCH_MODES));
      return fallback;
    }
    return mode.get();
  }

  /**
   * The {@code commands:} table: for each program (one or two words), {@code synonyms} (lists of
   * option spellings that mean the same) and {@code takes_value} (options followed by a value).
   */
  private CommandTable readCommands(Fields m) {
    Optional<YNode.YMap> node = m.mapping("commands");
    if (node.isEmpty()) return CommandTable.EMPTY;
    Map<String, CommandTable.Program> programs = new LinkedHashMap<>();
    Path file = dir.resolve(MANIFEST);
    for (Map.Entry<String, YNode> e : node.get().entries().entrySet()) {
      String name = e.getKey();
      Fields at = new Fields(file, node.get(), "commands: ", errors);
      if (!PROGRAM.matcher(name).matches()) {
        at.error(
            name, "'" + name + "' should be a program name of one or two words (head, git log)");
        continue;
      }
      YNode value = e.getValue();
      if (value instanceof YNode.YScalar s && s.isNull()) {
        programs.put(name, new CommandTable.Program(List.of(), List.of()));
        continue;
      }
      if (!(value instanceof YNode.YMap pm)) {
        at.error(
            name,
            "'"
                + name
                + "' should be a mapping with synonyms and takes_value, not "
                + value.kind());
        continue;
      }
      Fields pf = new Fields(file, pm, "commands: " + name + ": ", errors);
      pf.rejectUnknown(PROGRAM_FIELDS);
      List<String> takesValue = pf.strings("takes_value", false);
      for (String o : takesValue) {
        if (!OPTION.matcher(o).matches() || o.contains(" ") || o.contains("=")) {
          pf.error("takes_value", "'" + o + "' is not an option (like -n or --lines)");
        }
      }
      programs.put(
          name,
          new CommandTable.Program(readSynonyms(pf), takesValue, pf.bool("ordered").orElse(false)));
    }
    return new CommandTable(programs);
  }

  /**
   * The {@code fixtures:} mapping: a name for each SQL script (a path inside the pack). Each is
   * loaded here, so a script that does not run is reported at its own file and line.
   */
  private Map<String, Fixture> readFixtures(Fields m) {
    Optional<YNode.YMap> node = m.mapping("fixtures");
    if (node.isEmpty()) return Map.of();
    Map<String, Fixture> out = new LinkedHashMap<>();
    Fields at = new Fields(dir.resolve(MANIFEST), node.get(), "fixtures: ", errors);
    Path root = dir.toAbsolutePath().normalize();
    for (Map.Entry<String, YNode> e : node.get().entries().entrySet()) {
      String name = e.getKey();
      if (!ID.matcher(name).matches()) {
        at.error(
            name,
            "fixture name '"
                + name
                + "' should use only lower-case letters, digits, '-', '_' and '.'");
        continue;
      }
      if (!(e.getValue() instanceof YNode.YScalar s) || s.isNull() || s.text().isBlank()) {
        at.error(
            name,
            "fixture '"
                + name
                + "' should be the path of an .sql file in the pack, like fixtures/"
                + name
                + ".sql");
        continue;
      }
      String rel = s.text().strip();
      Path file = root.resolve(rel).normalize();
      if (!file.startsWith(root)) {
        at.error(name, "fixture file '" + rel + "' is outside the pack");
        continue;
      }
      if (!Files.isRegularFile(file)) {
        at.error(name, "fixture file '" + rel + "' does not exist");
        continue;
      }
      Optional<Path> target = PackRoot.outside(realRoot, file);
      if (target.isPresent()) {
        errors.add(PackRoot.error(displayPath(file), target.get()));
        continue;
      }
      String sql;
      try {
        if (Files.size(file) > MAX_FIXTURE_BYTES) {
          at.error(
              name,
              "fixture file '" + rel + "' is larger than " + MAX_FIXTURE_BYTES / 1024 + " KB");
          continue;
        }
        sql = Utf8.decode(Files.readAllBytes(file));
      } catch (Utf8.InvalidException ex) {
        errors.add(
            new PackError(
                displayPath(file),
                ex.line(),
                "not valid UTF-8 text (save the file as UTF-8 and try again)"));
        continue;
      } catch (IOException ex) {
        at.error(name, "cannot read fixture file '" + rel + "': " + ex.getMessage());
        continue;
      }
      try {
        tutor.run.SqlGrading.STANDARD.fixture(name, sql);
      } catch (tutor.run.SqlSandbox.FixtureException ex) {
        errors.add(
            new PackError(
                displayPath(file), ex.line(), "fixture '" + name + "': " + ex.getMessage()));
        continue;
      }
      out.put(name, new Fixture(name, root.relativize(file).toString().replace('\\', '/'), sql));
    }
    return out;
  }

  private List<List<String>> readSynonyms(Fields pf) {
    List<List<String>> groups = new ArrayList<>();
    YNode node = pf.map().entries().get("synonyms");
    if (node == null || (node instanceof YNode.YScalar s && s.isNull())) return groups;
    if (!(node instanceof YNode.YList list)) {
      pf.error("synonyms", "'synonyms' should be a list of lists of options, like [[-n, --lines]]");
      return groups;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (YNode item : list.items()) {
      List<String> group = new ArrayList<>();
      if (item instanceof YNode.YList g) {
        for (YNode o : g.items()) {
          if (o instanceof YNode.YScalar s && !s.isNull()) group.add(s.text().strip());
          else pf.errorAt(o, "synonyms: each option should be text, like -n or --lines");
        }
      } else {
        pf.errorAt(
            item,
            "synonyms: each entry should be a list of options that mean the same, like [-n,"
                + " --lines]");
        continue;
      }
      if (group.size() < 2) {
        pf.errorAt(item, "synonyms: a group needs at least two spellings of one option");
      }
      for (String o : group) {
        if (!OPTION.matcher(o).matches()) {
          pf.errorAt(item, "synonyms: '" + o + "' is not an option (like -n, --lines or -s TERM)");
        } else if (seen.containsKey(o)) {
          pf.errorAt(item, "synonyms: '" + o + "' is already in the group on line " + seen.get(o));
        } else {
          seen.put(o, item.line());
        }
      }
      groups.add(group);
    }
    return groups;
  }

  private static Normalization overrideGrading(Fields f, Normalization base) {
    return new Normalization(
        f.bool("case_sensitive").orElse(base.caseSensitive()),
        f.bool("accent_sensitive").orElse(base.accentSensitive()),
        f.bool("punctuation_sensitive").orElse(base.punctuationSensitive()),
        f.bool("whitespace_sensitive").orElse(base.whitespaceSensitive()));
  }

  /** The units pack.yaml declares (optional): each an id, a title and skills of the pack. */
  private List<Unit> readUnits(Fields m, Path file, List<Skill> skills) {
    List<Unit> units = new ArrayList<>();
    YNode node = m.map().entries().get("units");
    if (node == null || (node instanceof YNode.YScalar s && s.isNull())) return units;
    if (!(node instanceof YNode.YList list)) {
      m.error("units", "field 'units' should be a list of units, each with id, title and skills");
      return units;
    }
    Set<String> skillIds =
        skills.stream()
            .map(Skill::id)
            .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    Map<String, Integer> lines = new HashMap<>();
    for (YNode item : list.items()) {
      Fields f = entryWithId(item, file, "unit", "id, title and skills", UNIT_FIELDS, lines);
      if (f == null) continue;
      String id = f.string("id", "");
      String title = f.string("title", true).orElse(id);
      List<String> unitSkills = f.strings("skills", true);
      for (String s : unitSkills) {
        if (!skillIds.contains(s)) {
          f.error("skills", "unknown skill '" + s + "'" + Fields.didYouMean(s, skillIds));
        }
      }
      if (new HashSet<>(unitSkills).size() < unitSkills.size())
        f.error("skills", "a skill is listed twice");
      units.add(new Unit(id, title, f.string("description", ""), unitSkills));
    }
    return units;
  }

  /**
   * One entry of a list of things with ids (skills, units), its fields checked against {@code
   * allowed}; null, with the problem reported, when it is not a mapping or its id is missing or
   * taken. {@code lines}: the ids seen so far, with their lines; this one is added.
   */
  private Fields entryWithId(
      YNode item,
      Path file,
      String kind,
      String needs,
      List<String> allowed,
      Map<String, Integer> lines) {
    if (!(item instanceof YNode.YMap map)) {
      errors.add(
          new PackError(
              file,
              item.line(),
              item.column(),
              "each " + kind + " should be a mapping with " + needs));
      return null;
    }
    Fields f = new Fields(file, map, kind + ": ", errors);
    String id = f.string("id", true).orElse(null);
    if (id == null) return null;
    f = f.withContext(kind + " '" + id + "': ");
    f.rejectUnknown(allowed);
    if (!ID.matcher(id).matches()) {
      f.error("id", "id should use only lower-case letters, digits, '-', '_' and '.'");
    }
    if (lines.containsKey(id)) {
      f.error("id", "duplicate " + kind + " id (first defined on line " + lines.get(id) + ")");
      return null;
    }
    lines.put(id, map.lineOf("id"));
    return f;
  }

  private List<Skill> readSkills(Fields m, Path file) {
    List<Skill> skills = new ArrayList<>();
    YNode node = m.map().entries().get("skills");
    if (node == null) {
      m.error(null, "missing field 'skills' (a pack needs at least one skill)");
      return skills;
    }
    if (!(node instanceof YNode.YList list) || list.items().isEmpty()) {
      m.error("skills", "field 'skills' should be a non-empty list of skills");
      return skills;
    }
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (YNode item : list.items()) {
      Fields f = entryWithId(item, file, "skill", "id and title", SKILL_FIELDS, lines);
      if (f == null) continue;
      YNode.YMap map = f.map();
      String id = f.string("id", "");
      skillAt.put(id, new Location(file, map.lineOf("id"), map.columnOf("id")));
      recordLessonPlace(id, map, file);
      String title = f.string("title", true).orElse(id);
      skills.add(
          new Skill(
              id,
              title,
              f.string("description", ""),
              f.strings("requires", false),
              readLesson(f, file),
              readWorkedExamples(f, file),
              readResources(f, file),
              readBkt(f, file)));
    }
    for (Skill s : skills) {
      for (String r : s.requires()) {
        if (r.equals(s.id())) {
          errors.add(
              new PackError(
                  file,
                  lines.get(s.id()),
                  skillAt.get(s.id()).column(),
                  "skill '" + s.id() + "' requires itself"));
        } else if (!lines.containsKey(r)) {
          errors.add(
              new PackError(
                  file,
                  lines.get(s.id()),
                  skillAt.get(s.id()).column(),
                  "skill '"
                      + s.id()
                      + "' requires unknown skill '"
                      + r
                      + "'"
                      + Fields.didYouMean(r, lines.keySet())));
        }
      }
    }
    // A skill requiring itself was reported above; leave it out so it is not reported twice.
    List<Skill> withoutSelf =
        skills.stream()
            .map(
                s ->
                    new Skill(
                        s.id(),
                        s.title(),
                        s.description(),
                        s.requires().stream().filter(r -> !r.equals(s.id())).toList()))
            .toList();
    new SkillGraph(withoutSelf)
        .findCycle()
        .ifPresent(
            cycle ->
                errors.add(
                    new PackError(
                        file,
                        lines.get(cycle.get(0)),
                        skillAt.get(cycle.get(0)).column(),
                        "prerequisite cycle: "
                            + String.join(" -> ", cycle)
                            + " (each requires the next): take one of them out of a requires:")));
    return skills;
  }

  private void recordLessonPlace(String skillId, YNode.YMap skill, Path file) {
    if (skill.entries().get("lesson") instanceof YNode.YScalar s && !s.isNull()) {
      inlineLessonAt.put(
          skillId, new Location(file, skill.lineOf("lesson"), skill.columnOf("lesson")));
    } else if (skill.entries().get("lesson_file") instanceof YNode.YScalar s && !s.isNull()) {
      lessonFileAt.put(skillId, new Location(dir.resolve(s.text()).normalize(), 1, 1));
    }
  }

  /** The largest media file (an image or a sound) an exercise may show. */
  public static final long MAX_MEDIA_BYTES = 16L * 1024 * 1024;

  /**
   * {@code media}: images and sounds shown with the prompt, as paths inside the pack. Each must be
   * a file there (by the symlink rule: its real path inside the pack's), at most {@link
   * #MAX_MEDIA_BYTES}.
   */
  private List<String> readMedia(Fields f) {
    List<String> media = f.strings("media", false);
    Path root = dir.toAbsolutePath().normalize();
    for (String name : media) {
      Path p = root.resolve(name).normalize();
      if (name.isBlank()
          || Path.of(name).isAbsolute()
          || name.contains("\\")
          || !p.startsWith(root)) {
        f.error(
            "media",
            "media file '"
                + name
                + "' is outside the pack (give a path inside it, e.g. media/x.png)");
      } else if (!Files.isRegularFile(p)) {
        f.error("media", "media file '" + name + "' does not exist in the pack");
      } else {
        Optional<Path> target = PackRoot.outside(realRoot, p);
        if (target.isPresent()) {
          errors.add(PackRoot.error(displayPath(p), target.get()));
          continue;
        }
        try {
          if (Files.size(p) > MAX_MEDIA_BYTES) {
            f.error(
                "media",
                "media file '"
                    + name
                    + "' is "
                    + Files.size(p) / (1024 * 1024)
                    + " MB; the limit is "
                    + MAX_MEDIA_BYTES / (1024 * 1024)
                    + " MB per file");
          }
        } catch (IOException e) {
          f.error("media", "cannot read media file '" + name + "': " + e.getMessage());
        }
      }
    }
    return media;
  }

  /**
   * Inline Markdown under {@code lesson}, or a Markdown file beside the manifest under {@code
   * lesson_file}.
   */
  private String readLesson(Fields f, Path file) {
    if (f.has("lesson") && f.has("lesson_file")) {
      f.error("lesson_file", "give either 'lesson' or 'lesson_file', not both");
      return "";
    }
    if (f.has("lesson")) return f.string("lesson", "");
    Optional<String> name = f.string("lesson_file", false);
    if (name.isEmpty()) return "";
    Path root = dir.toAbsolutePath().normalize();
    Path lessonPath = root.resolve(name.get()).normalize();
    if (!lessonPath.startsWith(root)) {
      f.error("lesson_file", "lesson file '" + name.get() + "' is outside the pack");
      return "";
    }
    if (!Files.isRegularFile(lessonPath)) {
      f.error("lesson_file", "lesson file '" + name.get() + "' does not exist");
      return "";
    }
    Optional<Path> target = PackRoot.outside(realRoot, lessonPath);
    if (target.isPresent()) {
      errors.add(PackRoot.error(displayPath(lessonPath), target.get()));
      return "";
    }
    try {
      // A lesson file is one value, held to the limit of a lesson written inline (checked on the
      // size first, so that a huge file is never read whole: UTF-8 takes at most 4 bytes a char).
      long bytes = Files.size(lessonPath);
      String lesson =
          bytes > 4L * YamlTree.MAX_SCALAR_CHARS
              ? null
              : Utf8.decode(Files.readAllBytes(lessonPath));
      if (lesson == null || lesson.length() > YamlTree.MAX_SCALAR_CHARS) {
        f.error(
            "lesson_file",
            "lesson file '"
                + name.get()
                + "' is "
                + (lesson == null ? bytes + " bytes" : lesson.length() + " characters")
                + " long; the limit is "
                + YamlTree.MAX_SCALAR_CHARS
                + " (1 MB) per lesson: split it between skills");
        return "";
      }
      return lesson;
    } catch (Utf8.InvalidException e) {
      // The error belongs to the lesson file's line, not to the lesson_file field that names it.
      errors.add(
          new PackError(
              displayPath(lessonPath),
              e.line(),
              "not valid UTF-8 text (save the file as UTF-8 and try again)"));
    } catch (IOException e) {
      f.error("lesson_file", "cannot read lesson file '" + name.get() + "': " + e.getMessage());
    }
    return "";
  }

  private List<YNode.YMap> listOfMaps(Fields f, String key, Path file) {
    List<YNode.YMap> out = new ArrayList<>();
    YNode node = f.map().entries().get(key);
    if (node == null || (node instanceof YNode.YScalar s && s.isNull())) return out;
    if (!(node instanceof YNode.YList list)) {
      f.error(key, "'" + key + "' should be a list");
      return out;
    }
    for (YNode item : list.items()) {
      if (item instanceof YNode.YMap m) out.add(m);
      else
        errors.add(
            new PackError(
                file,
                item.line(),
                item.column(),
                "each entry of '" + key + "' should be a mapping"));
    }
    return out;
  }

  private List<Skill.WorkedExample> readWorkedExamples(Fields skill, Path file) {
    List<Skill.WorkedExample> out = new ArrayList<>();
    for (YNode.YMap m : listOfMaps(skill, "worked_examples", file)) {
      Fields f = new Fields(file, m, "", errors).withContext(contextOf(skill) + "worked example: ");
      f.rejectUnknown(EXAMPLE_FIELDS);
      String problem = f.string("problem", true).orElse("");
      List<String> steps = f.strings("steps", true);
      String answer = f.string("answer", true).orElse("");
      out.add(new Skill.WorkedExample(problem, steps, answer));
    }
    return out;
  }

  private List<Skill.Resource> readResources(Fields skill, Path file) {
    List<Skill.Resource> out = new ArrayList<>();
    for (YNode.YMap m : listOfMaps(skill, "resources", file)) {
      Fields f = new Fields(file, m, "", errors).withContext(contextOf(skill) + "resource: ");
      f.rejectUnknown(RESOURCE_FIELDS);
      String title = f.string("title", true).orElse("");
      String url = f.string("url", true).orElse("");
      if (!url.isEmpty() && !URL.matcher(url).matches()) {
        f.error("url", "'" + url + "' is not a web address (http:// or https://)");
      }
      String kind = f.string("kind", "article");
      if (!Skill.Resource.KINDS.contains(kind)) {
        f.error(
            "kind",
            "unknown kind '"
                + kind
                + "' (expected one of "
                + String.join(", ", Skill.Resource.KINDS)
                + ")");
      }
      out.add(new Skill.Resource(title, url, kind, f.string("license", "")));
    }
    return out;
  }

  private BktParameters readBkt(Fields skill, Path file) {
    Optional<YNode.YMap> m = skill.mapping("bkt");
    if (m.isEmpty()) return null;
    Fields f = new Fields(file, m.get(), "", errors).withContext(contextOf(skill) + "bkt: ");
    f.rejectUnknown(BKT_FIELDS);
    BktParameters d = BktParameters.DEFAULT;
    try {
      return new BktParameters(
          f.number("prior").orElse(d.prior()),
          f.number("learn").orElse(d.learn()),
          f.number("guess").orElse(d.guess()),
          f.number("slip").orElse(d.slip()));
    } catch (IllegalArgumentException e) {
      f.error(null, e.getMessage());
      return null;
    }
  }

  /**
   * The skill meant: a near spelling, else the pack's skills when they are few enough to read (an
   * exercise copied from another pack, or left from {@code pack new}'s sample, names none of them).
   */
  private static String skillHint(String skill, Set<String> skillIds) {
    String near = Fields.didYouMean(skill, skillIds);
    if (!near.isEmpty() || skillIds.isEmpty() || skillIds.size() > 12) return near;
    return " (the pack's skills: " + String.join(", ", skillIds) + ")";
  }

  private static String contextOf(Fields f) {
    return f.context();
  }

  private List<Path> exerciseFiles(List<String> patterns, Fields m) throws PackException {
    List<Path> files = new ArrayList<>();
    Path root = dir.toAbsolutePath().normalize();
    for (String pattern : patterns) {
      if (pattern.startsWith("/") || Path.of(pattern).normalize().startsWith("..")) {
        m.error("exercises", "exercise file pattern '" + pattern + "' points outside the pack");
        continue;
      }
      List<Path> matched = new ArrayList<>();
      if (!pattern.contains("*") && !pattern.contains("?") && !pattern.contains("[")) {
        Path p = root.resolve(pattern);
        if (Files.isRegularFile(p)) matched.add(p);
      } else {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        // "dir/**/x" also matches dir/x, as in git and bash's globstar (Java's glob needs a level).
        PathMatcher flat =
            FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", ""));
        // Walk the real directory (a linked pack directory is walked, not seen as one file), and
        // name what is found by the path the author gave.
        try (Stream<Path> walk = Files.walk(realRoot)) {
          walk.filter(Files::isRegularFile)
              .map(p -> root.resolve(realRoot.relativize(p).toString()))
              .filter(
                  p ->
                      matcher.matches(root.relativize(p))
                          || (pattern.contains("**/") && flat.matches(root.relativize(p))))
              .sorted()
              .forEach(matched::add);
        } catch (IOException e) {
          throw new PackException(new PackError(dir, 0, "cannot list files: " + e.getMessage()));
        }
      }
      if (matched.isEmpty()) {
        m.error("exercises", "no exercise file matches '" + pattern + "'");
      }
      for (Path p : matched) {
        Optional<Path> target = PackRoot.outside(realRoot, p);
        if (target.isPresent()) {
          errors.add(PackRoot.error(displayPath(p), target.get()));
          unreadableFile = true; // its exercises are unknown: no follow-on "skill has no exercises"
        } else if (!files.contains(p)) {
          files.add(p);
        }
      }
    }
    if (files.size() > MAX_EXERCISE_FILES) {
      throw new PackException(
          new PackError(dir, 0, "more than " + MAX_EXERCISE_FILES + " exercise files"));
    }
    return files;
  }

  private void readExerciseFile(
      Path absolute,
      Normalization grading,
      Set<String> skillIds,
      List<Exercise> out,
      Map<String, PackError> firstSeen) {
    Path file = displayPath(absolute);
    YNode root;
    try {
      root = YamlTree.read(absolute);
    } catch (PackException e) {
      e.errors()
          .forEach(err -> errors.add(new PackError(file, err.line(), err.column(), err.message())));
      unreadableFile = true;
      return;
    }
    YNode list = root;
    if (root instanceof YNode.YMap map) {
      Fields f = new Fields(file, map, "", errors);
      f.rejectUnknown(List.of("exercises"));
      list = map.entries().get("exercises");
      if (list == null) {
        f.error(null, "missing field 'exercises' (the list of exercises in this file)");
        return;
      }
    }
    if (!(list instanceof YNode.YList items)) {
      errors.add(
          new PackError(
              file, list.line(), list.column(), "'exercises' should be a list of exercises"));
      return;
    }
    for (YNode item : items.items()) {
      if (!(item instanceof YNode.YMap map)) {
        errors.add(
            new PackError(
                file,
                item.line(),
                item.column(),
                "each exercise should be a mapping with id, skill, type, ..."));
        continue;
      }
      readExercise(new Fields(file, map, "exercise: ", errors), file, grading, skillIds)
          .ifPresent(
              e -> {
                PackError here = new PackError(file, map.lineOf("id"), map.columnOf("id"), "");
                PackError before = firstSeen.putIfAbsent(e.id(), here);
                if (before != null) {
                  errors.add(
                      new PackError(
                          file,
                          here.line(),
                          here.column(),
                          "exercise '"
                              + e.id()
                              + "': duplicate id (first defined at "
                              + before.file()
                              + ":"
                              + before.line()
                              + ")"));
                } else {
                  out.add(e);
                  exerciseAt.put(e.id(), new Location(file, here.line(), here.column()));
                }
              });
    }
  }

  private Path displayPath(Path absolute) {
    Path rel = dir.toAbsolutePath().normalize().relativize(absolute.toAbsolutePath().normalize());
    return dir.resolve(rel);
  }

  private Optional<Exercise> readExercise(
      Fields f, Path file, Normalization grading, Set<String> skillIds) {
    int before = errors.size();
    if (f.map().entries().get("skill") instanceof YNode.YScalar sk) referencedSkills.add(sk.text());
    if (f.map().entries().get("skill") instanceof YNode.YList sl) {
      sl.items()
          .forEach(
              n -> {
                if (n instanceof YNode.YScalar sk) referencedSkills.add(sk.text());
              });
    }
    String id = f.string("id", true).orElse(null);
    if (id == null) return Optional.empty();
    f = f.withContext("exercise '" + id + "': ");
    if (!ID.matcher(id).matches()) {
      f.error("id", "id should use only lower-case letters, digits, '-', '_' and '.'");
    }
    String typeName = f.string("type", true).orElse(null);
    if (typeName == null) return Optional.empty();
    Optional<ExerciseType> type = ExerciseType.fromYaml(typeName);
    if (type.isEmpty()) {
      f.error(
          "type",
          "unknown type '" + typeName + "' (expected one of " + ExerciseType.allNames() + ")");
      return Optional.empty();
    }
    f.rejectUnknown(concat(COMMON_FIELDS, Kind.format(type.get()).fields()));
    List<String> skills = f.strings("skill", true);
    for (String s : skills) {
      if (!skillIds.contains(s)) {
        f.error("skill", "unknown skill '" + s + "'" + skillHint(s, skillIds));
        misspeltSkill =
            true; // the exercise was meant for some skill: no follow-on "has no exercises"
      }
    }
    int difficulty = f.integer("difficulty", 1, 5).orElse(Exercise.DEFAULT_DIFFICULTY);
    Normalization norm = overrideGrading(f, grading);
    Kind.Read read = Kind.format(type.get()).read(kindFields(f, norm));
    String prompt = read.prompt();
    Exercise.Body body = read.body();
    if (body != null) {
      Examples examples = ExampleReader.read(f, file, body);
      if (!examples.isEmpty()) examplesOf.putIfAbsent(id, examples);
    }
    List<String> media = readMedia(f);
    if (errors.size() > before || body == null) return Optional.empty();
    return Optional.of(
        new Exercise(
            id,
            skills,
            prompt,
            difficulty,
            f.strings("hints", false),
            f.string("explanation", ""),
            f.strings("tags", false),
            body,
            media));
  }

  /** The exercise's fields as its kind reads them. */
  private KindFields kindFields(Fields f, Normalization norm) {
    return new KindFields() {
      public boolean has(String key) {
        return f.has(key);
      }

      public void error(String key, String message) {
        f.error(key, message);
      }

      public Optional<String> string(String key, boolean required) {
        return f.string(key, required);
      }

      public String string(String key, String fallback) {
        return f.string(key, fallback);
      }

      public List<String> strings(String key, boolean required) {
        return f.strings(key, required);
      }

      public Optional<Double> number(String key) {
        return f.number(key);
      }

      public Optional<Boolean> bool(String key) {
        return f.bool(key);
      }

      public Optional<String> scalar(String key) {
        return f.map().entries().get(key) instanceof YNode.YScalar s && !s.isNull()
            ? Optional.of(s.text())
            : Optional.empty();
      }

      public Normalization grading() {
        return norm;
      }

      public String match() {
        return matchMode(f, defaultMatch);
      }

      public CommandTable commands() {
        return commandTable;
      }

      public Map<String, Fixture> fixtures() {
        return fixtures;
      }
    };
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
