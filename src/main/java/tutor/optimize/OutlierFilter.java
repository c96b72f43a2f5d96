package tutor.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * fsrs-rs's outlier filter ({@code prepare_training_data}). Items whose only long-term review is
 * their target are grouped by (first rating, days before the target). Within each first rating the
 * smallest groups are dropped until at least max(20, total / 20) items are gone, and groups under 6
 * items or over 100 days (365 for Easy) are dropped too. What survives estimates the initial
 * stabilities; every item whose (first rating, first long-term gap) group was dropped leaves the
 * training set, so rare review patterns do not distort the fit.
 */
final class OutlierFilter {
  private static final int MIN_GROUP = 6;

  /**
   * @param initialization items that estimate w0..w3
   * @param training items that train all weights, in their original order
   */
  record Result(List<Item> initialization, List<Item> training) {}

  private record Group(int rating, int days) {}

  private OutlierFilter() {}

  static Result apply(List<Item> items) {
    Map<Integer, Map<Integer, List<Item>>> byRating = new TreeMap<>();
    for (Item item : items) {
      if (item.longTermReviewCount() != 1) continue;
      byRating
          .computeIfAbsent(item.reviews().get(0).rating(), k -> new HashMap<>())
          .computeIfAbsent(item.target().deltaDays(), k -> new ArrayList<>())
          .add(item);
    }
    Set<Group> dropped = new HashSet<>();
    List<Item> initialization = new ArrayList<>();
    for (Map.Entry<Integer, Map<Integer, List<Item>>> rating : byRating.entrySet()) {
      int r = rating.getKey();
      List<Map.Entry<Integer, List<Item>>> groups = new ArrayList<>(rating.getValue().entrySet());
      // Smallest first; among equal sizes, the shorter gap first.
      groups.sort(
          Comparator.comparingInt((Map.Entry<Integer, List<Item>> g) -> g.getValue().size())
              .thenComparingInt(Map.Entry::getKey));
      int total = groups.stream().mapToInt(g -> g.getValue().size()).sum();
      int quota = Math.max(20, total / 20);
      int removed = 0;
      for (Map.Entry<Integer, List<Item>> g : groups) {
        int days = g.getKey();
        int size = g.getValue().size();
        if (removed + size >= quota) {
          if (size >= MIN_GROUP && days <= (r != 4 ? 100 : 365))
            initialization.addAll(g.getValue());
          else dropped.add(new Group(r, days));
        } else {
          removed += size;
          dropped.add(new Group(r, days));
        }
      }
    }
    List<Item> training = new ArrayList<>();
    for (Item item : items) {
      Group g = new Group(item.reviews().get(0).rating(), item.firstLongTermReview().deltaDays());
      if (!dropped.contains(g)) training.add(item);
    }
    return new Result(initialization, training);
  }
}
