package tutor.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An adaptive placement test over a prerequisite graph. It assumes knowledge is closed downward
 * (who knows a skill knows what it requires), so a pass settles the skill and everything it
 * requires as known, and a fail settles the skill and everything that requires it as unknown. Each
 * question goes to the undecided skill that splits the undecided rest most evenly (the most
 * undecided skills on its smaller side), which on a chain of n skills is a binary search: at most
 * ⌈log2(n + 1)⌉ questions, and never more than the number of skills. Pure.
 */
public final class PlacementSearch {
  private final List<String> order;
  private final Map<String, Set<String>> ancestors = new HashMap<>();
  private final Map<String, Set<String>> descendants = new HashMap<>();
  private final Map<String, Boolean> known = new LinkedHashMap<>();
  private final Set<String> testable;
  private int asked;

  /**
   * @param order skill ids in teaching order
   * @param requires each skill's prerequisites
   * @param testable skills that have an exercise to ask; others are only ever inferred
   */
  public PlacementSearch(
      List<String> order, Map<String, List<String>> requires, Set<String> testable) {
    this.order = List.copyOf(order);
    this.testable = Set.copyOf(testable);
    for (String s : order) ancestors.put(s, closure(s, requires));
    for (String s : order) descendants.put(s, new HashSet<>());
    for (String s : order) for (String a : ancestors.get(s)) descendants.get(a).add(s);
  }

  private static Set<String> closure(String start, Map<String, List<String>> requires) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(requires.getOrDefault(start, List.of()));
    while (!todo.isEmpty()) {
      String s = todo.remove(todo.size() - 1);
      if (seen.add(s)) todo.addAll(requires.getOrDefault(s, List.of()));
    }
    return seen;
  }

  /** The skill to test next, or empty when every testable skill is decided. */
  public Optional<String> next() {
    String best = null;
    int bestScore = -1;
    for (String s : order) {
      if (known.containsKey(s) || !testable.contains(s)) continue;
      int below = 1 + (int) ancestors.get(s).stream().filter(a -> !known.containsKey(a)).count();
      int above = 1 + (int) descendants.get(s).stream().filter(d -> !known.containsKey(d)).count();
      int score = Math.min(below, above);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  public void record(String skill, boolean passed) {
    asked++;
    known.putIfAbsent(skill, passed);
    for (String s : passed ? ancestors.get(skill) : descendants.get(skill))
      known.putIfAbsent(s, passed);
  }

  public int asked() {
    return asked;
  }

  /** Every decided skill: true = known, false = to learn. Undecided skills are absent. */
  public Map<String, Boolean> conclusions() {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (String s : order) if (known.containsKey(s)) out.put(s, known.get(s));
    return out;
  }
}
