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
import tutor.pack.Exercise;
import tutor.pack.Normalization;
import tutor.pack.Pack;
import tutor.pack.Skill;

/**
 * Writes a {@link Pack} as pack files (the inverse of {@link PackReader}): pack.yaml and one exercise
 * file per skill, {@code exercises/<skill>.yaml}. Lessons are written inline. Reading the files back
 * gives an equal Pack. Used by the importers and to export an installed pack.
 */
public final class PackWriter {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  private PackWriter() {}

  /** File contents by path relative to the pack directory, in a stable order. */
  public static Map<String, String> files(Pack pack) {
    Normalization packGrading = commonGrading(pack);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(PackReader.MANIFEST, "# Written by tutor. Format: docs/pack-format.md\n" + yaml(manifest(pack, packGrading)));
    Map<String, List<Exercise>> byFile = new LinkedHashMap<>();
    for (Skill s : pack.skills()) byFile.put(s.id(), new ArrayList<>());
    for (Exercise e : pack.exercises()) byFile.get(e.skills().get(0)).add(e);
    byFile.forEach((skill, exercises) -> {
      if (exercises.isEmpty()) return;
      List<Object> list = new ArrayList<>();
      for (Exercise e : exercises) list.add(exercise(e, packGrading));
      files.put("exercises/" + skill + ".yaml", yaml(Map.of("exercises", list)));
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
    TypedAnswers typed = typedAnswers(body);
    return typed == null ? null : typed.normalization();
  }

  /** How a kind with typed answers compares them; null for the other kinds. */
  private record TypedAnswers(Normalization normalization, tutor.pack.CommandTable commands) {}

  private static TypedAnswers typedAnswers(Exercise.Body body) {
    return body.accept(new Exercise.Cases<TypedAnswers>() {
      public TypedAnswers flashcard(Exercise.Flashcard f) {
        return null;
      }

      public TypedAnswers choice(Exercise.Choice c) {
        return null;
      }

      public TypedAnswers text(Exercise.Text t) {
        return new TypedAnswers(t.normalization(), t.commands());
      }

      public TypedAnswers cloze(Exercise.Cloze c) {
        return new TypedAnswers(c.normalization(), c.commands());
      }

      public TypedAnswers numeric(Exercise.Numeric n) {
        return null;
      }

      public TypedAnswers order(Exercise.Order o) {
        return null;
      }
    });
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

  /** The {@code commands:} table: what the exercises that compare commands use of it. */
  private static Map<String, Object> commands(Pack pack) {
    Map<String, tutor.pack.CommandTable.Program> all = new java.util.TreeMap<>();
    for (Exercise e : pack.exercises()) {
      TypedAnswers typed = typedAnswers(e.body());
      if (typed != null && typed.commands() != null) all.putAll(typed.commands().programs());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    all.forEach((name, p) -> {
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
      m.put("bkt", Map.of("prior", s.bkt().prior(), "learn", s.bkt().learn(), "guess", s.bkt().guess(),
          "slip", s.bkt().slip()));
    }
    return m;
  }

  private static Map<String, Object> exercise(Exercise e, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("skill", e.skills().size() == 1 ? e.skills().get(0) : e.skills());
    m.put("type", e.type().yamlName());
    if (e.difficulty() != Exercise.DEFAULT_DIFFICULTY) m.put("difficulty", e.difficulty());
    e.body().accept(new Exercise.Cases<Void>() {
      public Void flashcard(Exercise.Flashcard f) {
        m.put("front", e.prompt());
        m.put("back", f.back());
        return null;
      }

      public Void choice(Exercise.Choice c) {
        putIf(m, "prompt", e.prompt());
        m.put("options", c.options());
        List<String> correct = c.correct().stream().map(c.options()::get).toList();
        m.put("correct", correct.size() == 1 ? correct.get(0) : correct);
        if (!c.shuffle()) m.put("shuffle", false);
        return null;
      }

      public Void text(Exercise.Text t) {
        putIf(m, "prompt", e.prompt());
        m.put("answers", t.answers());
        if (t.regex() != null) m.put("regex", t.regex());
        if (t.commandAnswers()) m.put("match", "command");
        m.putAll(grading(t.normalization(), packGrading));
        return null;
      }

      public Void cloze(Exercise.Cloze c) {
        putIf(m, "prompt", e.prompt());
        m.put("text", c.text());
        if (c.anyOrder()) m.put("any_order", true);
        if (c.commandAnswers()) m.put("match", "command");
        m.putAll(grading(c.normalization(), packGrading));
        return null;
      }

      public Void numeric(Exercise.Numeric n) {
        putIf(m, "prompt", e.prompt());
        m.put("answer", number(n.answer()));
        if (n.tolerance() > 0) {
          m.put("tolerance", n.relative()
              ? java.math.BigDecimal.valueOf(n.tolerance()).movePointRight(2).stripTrailingZeros().toPlainString() + "%"
              : number(n.tolerance()));
        }
        putIf(m, "unit", n.unit());
        return null;
      }

      public Void order(Exercise.Order o) {
        putIf(m, "prompt", e.prompt());
        m.put("items", o.items());
        return null;
      }
    });
    if (!e.hints().isEmpty()) m.put("hints", e.hints());
    putIf(m, "explanation", e.explanation());
    if (!e.tags().isEmpty()) m.put("tags", e.tags());
    if (!e.media().isEmpty()) m.put("media", e.media());
    return m;
  }

  /** The keys of {@code n} that differ from {@code base}. */
  private static Map<String, Object> grading(Normalization n, Normalization base) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (n.caseSensitive() != base.caseSensitive()) m.put("case_sensitive", n.caseSensitive());
    if (n.accentSensitive() != base.accentSensitive()) m.put("accent_sensitive", n.accentSensitive());
    if (n.punctuationSensitive() != base.punctuationSensitive()) m.put("punctuation_sensitive", n.punctuationSensitive());
    if (n.whitespaceSensitive() != base.whitespaceSensitive()) m.put("whitespace_sensitive", n.whitespaceSensitive());
    return m;
  }

  private static Object number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
  }

  private static void putIf(Map<String, Object> m, String key, String value) {
    if (value != null && !value.isBlank()) m.put(key, value);
  }
}
