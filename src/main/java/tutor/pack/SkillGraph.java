package tutor.pack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The prerequisite graph of a pack's skills. */
public final class SkillGraph {
  private final Map<String, List<String>> requires = new LinkedHashMap<>();

  public SkillGraph(Collection<Skill> skills) {
    for (Skill s : skills) requires.put(s.id(), s.requires());
  }

  public List<String> requires(String skillId) {
    return requires.getOrDefault(skillId, List.of());
  }

  /** A skill is unlocked when every skill it requires is in {@code mastered}. */
  public boolean unlocked(String skillId, Set<String> mastered) {
    return mastered.containsAll(requires(skillId));
  }

  /**
   * A prerequisite cycle, if there is one, as the path that closes it ({@code a -> b -> a}).
   * Requirements naming unknown skills are ignored here; they are reported separately.
   */
  public Optional<List<String>> findCycle() {
    Map<String, Integer> mark = new LinkedHashMap<>(); // 1 = on the current path, 2 = done
    for (String start : requires.keySet()) {
      List<String> path = new ArrayList<>();
      Optional<List<String>> cycle = visit(start, mark, path);
      if (cycle.isPresent()) return cycle;
    }
    return Optional.empty();
  }

  private Optional<List<String>> visit(String id, Map<String, Integer> mark, List<String> path) {
    Integer m = mark.get(id);
    if (m != null && m == 2) return Optional.empty();
    if (m != null && m == 1) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      return Optional.of(cycle);
    }
    mark.put(id, 1);
    path.add(id);
    for (String next : requires(id)) {
      if (!requires.containsKey(next)) continue;
      Optional<List<String>> cycle = visit(next, mark, path);
      if (cycle.isPresent()) return cycle;
    }
    path.remove(path.size() - 1);
    mark.put(id, 2);
    return Optional.empty();
  }
}
