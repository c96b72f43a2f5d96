package tutor.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.packfile.PackReader;

class PlacementSearchTest {
  /** Runs a placement for a learner who knows exactly {@code knows}; returns the search. */
  private static PlacementSearch place(
      List<String> order, Map<String, List<String>> requires, Set<String> knows) {
    PlacementSearch search = new PlacementSearch(order, requires, new HashSet<>(order));
    for (Optional<String> s = search.next(); s.isPresent(); s = search.next()) {
      search.record(s.get(), knows.contains(s.get()));
    }
    return search;
  }

  @Test
  void onAChainOfSevenEveryPlacementIsRightInAtMostThreeQuestions() {
    List<String> chain = List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7");
    Map<String, List<String>> requires = new HashMap<>();
    for (int i = 1; i < chain.size(); i++) requires.put(chain.get(i), List.of(chain.get(i - 1)));
    for (int k = 0; k <= chain.size(); k++) {
      Set<String> knows = new HashSet<>(chain.subList(0, k));
      PlacementSearch search = place(chain, requires, knows);
      assertTrue(search.asked() <= 3, "knows " + k + ": asked " + search.asked());
      for (String s : chain)
        assertEquals(knows.contains(s), search.conclusions().get(s), "knows " + k + ", " + s);
    }
  }

  @Test
  void aPassSettlesThePrerequisitesAndAFailSettlesWhatDependsOnIt() {
    Map<String, List<String>> requires = Map.of("b", List.of("a"), "c", List.of("b"));
    PlacementSearch search =
        new PlacementSearch(List.of("a", "b", "c"), requires, Set.of("a", "b", "c"));
    search.record("b", true);
    assertEquals(Map.of("a", true, "b", true), search.conclusions());
    search.record("c", false);
    assertEquals(Map.of("a", true, "b", true, "c", false), search.conclusions());
    assertEquals(Optional.empty(), search.next());
  }

  @Test
  void onTheShippedPacksEveryDownwardClosedLearnerIsPlacedRightWithFewerQuestionsThanSkills()
      throws Exception {
    for (String packDir : List.of("content/unix-shell", "content/git")) {
      Pack pack = PackReader.read(Path.of(packDir));
      List<String> order = pack.skills().stream().map(Skill::id).toList();
      Map<String, List<String>> requires = new HashMap<>();
      pack.skills().forEach(s -> requires.put(s.id(), s.requires()));
      int total = 0;
      int learners = 0;
      // Learners who know the first k skills of the teaching order plus their prerequisites.
      for (int k = 0; k <= order.size(); k++) {
        Set<String> knows = new HashSet<>();
        for (String s : order.subList(0, k)) {
          knows.add(s);
          knows.addAll(ancestorsOf(s, requires));
        }
        PlacementSearch search = place(order, requires, knows);
        for (String s : order)
          assertEquals(
              knows.contains(s), search.conclusions().get(s), packDir + " k=" + k + " " + s);
        assertTrue(search.asked() <= order.size());
        total += search.asked();
        learners++;
      }
      double mean = total / (double) learners;
      assertTrue(
          mean < order.size() * 0.75,
          packDir + ": mean questions " + mean + " of " + order.size() + " skills");
    }
  }

  private static Set<String> ancestorsOf(String s, Map<String, List<String>> requires) {
    Set<String> out = new HashSet<>();
    List<String> todo = new ArrayList<>(requires.getOrDefault(s, List.of()));
    while (!todo.isEmpty()) {
      String x = todo.remove(todo.size() - 1);
      if (out.add(x)) todo.addAll(requires.getOrDefault(x, List.of()));
    }
    return out;
  }

  @Test
  void skillsWithoutATestableExerciseAreOnlyInferred() {
    Map<String, List<String>> requires = Map.of("b", List.of("a"));
    PlacementSearch search = new PlacementSearch(List.of("a", "b"), requires, Set.of("b"));
    assertEquals(Optional.of("b"), search.next());
    search.record("b", true);
    assertEquals(Map.of("a", true, "b", true), search.conclusions());
  }
}
