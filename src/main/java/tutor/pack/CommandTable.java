package tutor.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pack declares about the programs its command answers use ({@code commands:} in pack.yaml):
 * for each program (one word, {@code head}, or two, {@code git log}), which option spellings mean
 * the same ({@code [-n, --lines]}) and which options take a value. Data, not code: the command
 * matcher (tutor.grade) reads it.
 */
public record CommandTable(Map<String, Program> programs) {
  /** No program declared: options are still split and sorted, but no synonym is known. */
  public static final CommandTable EMPTY = new CommandTable(Map.of());

  public CommandTable {
    // Sorted, so that the JSON an exercise is stored as (and the hash of its key) never varies.
    programs = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(programs));
  }

  /**
   * One program's options. {@code synonyms}: groups of spellings of one option; an entry may carry
   * a value ({@code "-s TERM"}, {@code "--signal=TERM"}) to say that this option with this value is
   * the same as the others. {@code takesValue}: options followed by a value ({@code -n 5}). {@code
   * ordered}: the order of its options matters (find's {@code -name x -delete}).
   */
  public record Program(List<List<String>> synonyms, List<String> takesValue, boolean ordered) {
    public Program {
      synonyms = synonyms.stream().map(List::copyOf).toList();
      takesValue = List.copyOf(takesValue);
    }

    public Program(List<List<String>> synonyms, List<String> takesValue) {
      this(synonyms, takesValue, false);
    }
  }

  /** Whether {@code name} (one or two words) is declared. */
  public boolean declares(String name) {
    return programs.containsKey(name);
  }

  public Optional<Program> program(String name) {
    return Optional.ofNullable(programs.get(name));
  }

  /** Whether some two-word program starts with {@code word} ({@code git} for {@code git log}). */
  public boolean hasSubcommands(String word) {
    String prefix = word + " ";
    return programs.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  /**
   * The part of the table that concerns the programs named: {@code git log} keeps {@code git log}
   * and {@code git}. An exercise keeps only what its answers use, so that changing the table for
   * another program does not change its key.
   */
  public CommandTable only(java.util.Collection<String> names) {
    Map<String, Program> out = new LinkedHashMap<>();
    for (String n : names) {
      if (programs.containsKey(n)) out.put(n, programs.get(n));
      int space = n.indexOf(' ');
      if (space > 0 && programs.containsKey(n.substring(0, space))) {
        out.put(n.substring(0, space), programs.get(n.substring(0, space)));
      }
    }
    return new CommandTable(out);
  }
}
