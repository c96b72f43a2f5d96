package tutor.packfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.kind.Kind;
import tutor.kind.KindYaml;
import tutor.pack.AuthorExamples;
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;

/**
 * Writes a {@link Pack} as pack files (the inverse of {@link PackReader}): pack.yaml and one
 * exercise file per skill, {@code exercises/<skill>.yaml}. Lessons are written inline. Reading the
 * files back gives an equal Pack. Used by the importers and to export an installed pack.
 */
public final class PackWriter {
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .build());

  private PackWriter() {}

  /** File contents by path relative to the pack directory, in a stable order. */
  public static Map<String, String> files(Pack pack) {
    return files(pack, Map.of());
  }

  /** As above, each exercise with the {@code examples:} given for it by id. */
  public static Map<String, String> files(Pack pack, Map<String, AuthorExamples> examples) {
    Normalization packGrading = commonGrading(pack);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        PackReader.MANIFEST,
        "# Written by tutor. Format: docs/pack-format.md\n" + yaml(manifest(pack, packGrading)));
    Map<String, List<Exercise>> byFile = new LinkedHashMap<>();
    for (Skill s : pack.skills()) byFile.put(s.id(), new ArrayList<>());
    for (Exercise e : pack.exercises()) byFile.get(e.skills().get(0)).add(e);
    fixtures(pack).forEach((name, f) -> files.put(fixturePath(f), f.sql()));
    // Numbered files, so that the default pattern (exercises/*.yaml, read in name order) reads
    // the exercises back in teaching order.
    String number = "%0" + String.valueOf(Math.max(1, pack.skills().size())).length() + "d-";
    int[] n = {0};
    byFile.forEach(
        (skill, exercises) -> {
          n[0]++;
          if (exercises.isEmpty()) return;
          List<Object> list = new ArrayList<>();
          for (Exercise e : exercises) list.add(exercise(e, packGrading, examples.get(e.id())));
          files.put(
              "exercises/" + String.format(java.util.Locale.ROOT, number, n[0]) + skill + ".yaml",
              yaml(Map.of("exercises", list)));
        });
    return files;
  }

  private static String yaml(Object value) {
    try {
      return YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write YAML", e);
    }
  }

  /** The grading every text and cloze exercise shares, written once in pack.yaml. */
  private static Normalization commonGrading(Pack pack) {
    Set<Normalization> seen = new LinkedHashSet<>();
    for (Exercise e : pack.exercises()) {
      Normalization n = normalization(e.body());
      if (n != null) seen.add(n);
    }
    return seen.size() == 1 ? seen.iterator().next() : Normalization.DEFAULT;
  }

  private static Normalization normalization(Exercise.Body body) {
    return Kind.of(body).typedGrading();
  }

  private static Map<String, Object> manifest(Pack pack, Normalization grading) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", pack.format());
    m.put("id", pack.id());
    m.put("title", pack.title());
    m.put("version", pack.version());
    putIf(m, "description", pack.description());
    if (!pack.authors().isEmpty()) m.put("authors", pack.authors());
    putIf(m, "license", pack.license());
    if (!pack.language().equals("en")) m.put("language", pack.language());
    Map<String, Object> g = grading(grading, Normalization.DEFAULT);
    if (!g.isEmpty()) m.put("grading", g);
    Map<String, Object> commands = commands(pack);
    if (!commands.isEmpty()) m.put("commands", commands);
    Map<String, Object> fixtures = new LinkedHashMap<>();
    fixtures(pack).forEach((name, f) -> fixtures.put(name, fixturePath(f)));
    if (!fixtures.isEmpty()) m.put("fixtures", fixtures);
    List<Object> skills = new ArrayList<>();
    for (Skill s : pack.skills()) skills.add(skill(s));
    m.put("skills", skills);
    if (!pack.units().isEmpty()) {
      List<Object> units = new ArrayList<>();
      for (tutor.pack.Unit u : pack.units()) {
        Map<String, Object> um = new LinkedHashMap<>();
        um.put("id", u.id());
        um.put("title", u.title());
        putIf(um, "description", u.description());
        um.put("skills", u.skills());
        units.add(um);
      }
      m.put("units", units);
    }
    return m;
  }

  /** The fixtures the sql exercises run against, by name, in the order first used. */
  private static Map<String, tutor.pack.Fixture> fixtures(Pack pack) {
    Map<String, tutor.pack.Fixture> out = new LinkedHashMap<>();
    for (Exercise e : pack.exercises()) {
      tutor.pack.Fixture f = Kind.of(e).fixture();
      if (f != null) out.putIfAbsent(f.name(), f);
    }
    return out;
  }

  /** Where a fixture's script is written: where it was read from, or fixtures/NAME.sql. */
  private static String fixturePath(tutor.pack.Fixture f) {
    String p = f.path();
    boolean safe =
        p != null
            && p.endsWith(".sql")
            && !p.startsWith("/")
            && !p.contains("..")
            && !p.contains("\\")
            && !p.equals(PackReader.MANIFEST)
            && !p.startsWith("exercises/");
    return safe ? p : "fixtures/" + f.name() + ".sql";
  }

  /** The {@code commands:} table: what the exercises that compare commands use of it. */
  private static Map<String, Object> commands(Pack pack) {
    Map<String, tutor.pack.CommandTable.Program> all = new java.util.TreeMap<>();
    for (Exercise e : pack.exercises()) {
      tutor.pack.CommandTable used = Kind.of(e).commands();
      if (used != null) all.putAll(used.programs());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    all.forEach(
        (name, p) -> {
          Map<String, Object> pm = new LinkedHashMap<>();
          if (!p.synonyms().isEmpty()) pm.put("synonyms", p.synonyms());
          if (!p.takesValue().isEmpty()) pm.put("takes_value", p.takesValue());
          if (p.ordered()) pm.put("ordered", true);
          out.put(name, pm);
        });
    return out;
  }

  private static Map<String, Object> skill(Skill s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    putIf(m, "description", s.description());
    if (!s.requires().isEmpty()) m.put("requires", s.requires());
    putIf(m, "lesson", s.lesson());
    if (!s.workedExamples().isEmpty()) {
      List<Object> list = new ArrayList<>();
      for (Skill.WorkedExample w : s.workedExamples()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("problem", w.problem());
        x.put("steps", w.steps());
        x.put("answer", w.answer());
        list.add(x);
      }
      m.put("worked_examples", list);
    }
    if (!s.resources().isEmpty()) {
      List<Object> list = new ArrayList<>();
      for (Skill.Resource r : s.resources()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("title", r.title());
        x.put("url", r.url());
        x.put("kind", r.kind());
        putIf(x, "license", r.license());
        list.add(x);
      }
      m.put("resources", list);
    }
    if (s.bkt() != null) {
      // In a fixed order: two exports of the same pack must be the same bytes.
      Map<String, Object> bkt = new LinkedHashMap<>();
      bkt.put("prior", s.bkt().prior());
      bkt.put("learn", s.bkt().learn());
      bkt.put("guess", s.bkt().guess());
      bkt.put("slip", s.bkt().slip());
      m.put("bkt", bkt);
    }
    return m;
  }

  private static Map<String, Object> exercise(
      Exercise e, Normalization packGrading, AuthorExamples examples) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("skill", e.skills().size() == 1 ? e.skills().get(0) : e.skills());
    m.put("type", e.type().yamlName());
    if (e.difficulty() != Exercise.DEFAULT_DIFFICULTY) m.put("difficulty", e.difficulty());
    m.putAll(Kind.of(e).yaml(e.prompt(), packGrading));
    if (!e.hints().isEmpty()) m.put("hints", e.hints());
    putIf(m, "explanation", e.explanation());
    if (!e.tags().isEmpty()) m.put("tags", e.tags());
    if (!e.media().isEmpty()) m.put("media", e.media());
    if (examples != null && !examples.isEmpty()) {
      Map<String, Object> x = new LinkedHashMap<>();
      if (!examples.accept().isEmpty()) x.put("accept", exampleAnswers(examples.accept()));
      if (!examples.reject().isEmpty()) x.put("reject", exampleAnswers(examples.reject()));
      m.put("examples", x);
    }
    return m;
  }

  /** One text as a scalar, several as a list: the shapes the reader takes for every kind. */
  private static List<Object> exampleAnswers(List<List<String>> answers) {
    List<Object> out = new ArrayList<>();
    for (List<String> a : answers) out.add(a.size() == 1 ? a.get(0) : a);
    return out;
  }

  /** The keys of {@code n} that differ from {@code base}. */
  private static Map<String, Object> grading(Normalization n, Normalization base) {
    return KindYaml.grading(n, base);
  }

  private static void putIf(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isBlank()) m.put(key, value);
  }
}
