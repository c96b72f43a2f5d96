package tutor.packfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tutor.kind.Kind;
import tutor.pack.Exercise;

/**
 * Reads {@code examples:} on an exercise ({@code accept:} and {@code reject:} lists), checking that
 * each example has the shape its kind needs ({@code Kind.exampleProblems}: one answer, one per gap,
 * real options or items), so that a typo is reported here rather than as a puzzling test failure.
 */
final class ExampleReader {
  private static final List<String> FIELDS = List.of("accept", "reject");

  private final Fields exercise;
  private final Path file;

  private ExampleReader(Fields exercise, Path file) {
    this.exercise = exercise;
    this.file = file;
  }

  /** The examples of the exercise read by {@code f}; reports problems through {@code f}. */
  static Examples read(Fields f, Path file, Exercise.Body body) {
    if (!f.has("examples")) return Examples.NONE;
    if (!Kind.of(body).graded()) {
      // A kind the learner rates (a flashcard) has nothing to test: it says why.
      Kind.of(body).exampleProblems(List.of(), false).forEach(p -> f.error("examples", p));
      return Examples.NONE;
    }
    Optional<YNode.YMap> map = f.mapping("examples");
    if (map.isEmpty()) return Examples.NONE;
    Fields ef = f.withMap(map.get(), f.context() + "examples: ");
    ef.rejectUnknown(FIELDS);
    ExampleReader reader = new ExampleReader(ef, file);
    return new Examples(reader.list(ef, "accept", body), reader.list(ef, "reject", body));
  }

  private List<Examples.Example> list(Fields ef, String key, Exercise.Body body) {
    List<Examples.Example> out = new ArrayList<>();
    YNode node = ef.map().entries().get(key);
    if (node == null || (node instanceof YNode.YScalar s && s.isNull())) return out;
    List<YNode> entries = node instanceof YNode.YList l ? l.items() : List.of(node);
    for (YNode entry : entries) {
      answer(entry, body, key)
          .ifPresent(
              a ->
                  out.add(
                      new Examples.Example(a, new Location(file, entry.line(), entry.column()))));
    }
    return out;
  }

  private Optional<List<String>> answer(YNode entry, Exercise.Body body, String key) {
    String what = key + ": ";
    List<String> texts = texts(entry);
    if (texts == null) {
      exercise.errorAt(
          entry, what + "each example should be text or a list of text, not " + entry.kind());
      return Optional.empty();
    }
    List<String> problems = Kind.of(body).exampleProblems(texts, !(entry instanceof YNode.YScalar));
    for (String p : problems) exercise.errorAt(entry, what + p);
    return problems.isEmpty() ? Optional.of(texts) : Optional.empty();
  }

  /** The text of a scalar, or of each scalar in a list; null for anything else. */
  private static List<String> texts(YNode node) {
    if (node instanceof YNode.YScalar s) return s.isNull() ? null : List.of(s.text());
    if (node instanceof YNode.YList l && !l.items().isEmpty()) {
      List<String> out = new ArrayList<>();
      for (YNode item : l.items()) {
        if (!(item instanceof YNode.YScalar s) || s.isNull()) return null;
        out.add(s.text());
      }
      return out;
    }
    return null;
  }
}
