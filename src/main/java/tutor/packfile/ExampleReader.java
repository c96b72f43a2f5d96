package tutor.packfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;

/**
 * Reads {@code examples:} on an exercise ({@code accept:} and {@code reject:} lists), checking that
 * each example has the shape the exercise type needs and names real options or items, so that a
 * typo is reported here rather than as a puzzling test failure.
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
    if (body.type() == ExerciseType.FLASHCARD) {
      f.error("examples", "a flashcard is rated by the learner, so it cannot have examples");
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
      answer(entry, body, key).ifPresent(a ->
          out.add(new Examples.Example(a, new Location(file, entry.line(), entry.column()))));
    }
    return out;
  }

  private Optional<List<String>> answer(YNode entry, Exercise.Body body, String key) {
    String what = key + ": ";
    List<String> texts = texts(entry);
    if (texts == null) {
      exercise.errorAt(entry, what + "each example should be text or a list of text, not " + entry.kind());
      return Optional.empty();
    }
    boolean scalar = entry instanceof YNode.YScalar;
    boolean fits = body.accept(new Exercise.Cases<Boolean>() {
      public Boolean flashcard(Exercise.Flashcard f) {
        return false; // refused above
      }

      public Boolean choice(Exercise.Choice c) {
        return known(entry, what, texts, c.options(), "options");
      }

      public Boolean text(Exercise.Text t) {
        return oneAnswer(entry, what, scalar);
      }

      public Boolean cloze(Exercise.Cloze c) {
        int gaps = c.gaps().size();
        if (texts.size() == gaps) return true;
        exercise.errorAt(entry, what + "the text has " + gaps + (gaps == 1 ? " gap" : " gaps")
            + " but this example gives " + texts.size() + (texts.size() == 1 ? " answer" : " answers")
            + (gaps > 1 ? " (give a list with one answer per gap)" : ""));
        return false;
      }

      public Boolean numeric(Exercise.Numeric n) {
        return oneAnswer(entry, what, scalar);
      }

      public Boolean order(Exercise.Order o) {
        if (!known(entry, what, texts, o.items(), "items")) return false;
        if (texts.size() == o.items().size() && new HashSet<>(texts).size() == texts.size()) return true;
        exercise.errorAt(entry, what + "an order example lists all " + o.items().size()
            + " items, each once, in the order the learner would put them");
        return false;
      }
    });
    return fits ? Optional.of(texts) : Optional.empty();
  }

  private boolean oneAnswer(YNode entry, String what, boolean scalar) {
    if (scalar) return true;
    exercise.errorAt(entry, what + "each example is one answer, as a learner would type it, not a list");
    return false;
  }

  /** Each text must be one of {@code allowed}: examples name options and items by their text. */
  private boolean known(YNode entry, String what, List<String> texts, List<String> allowed, String field) {
    boolean ok = true;
    for (String t : texts) {
      if (!allowed.contains(t)) {
        exercise.errorAt(entry, what + "'" + t + "' is not one of the " + field + Fields.didYouMean(t, allowed));
        ok = false;
      }
    }
    return ok;
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
