package tutor.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How an exercise is shown this time: {@code order.get(i)} is the index (in the pack) of the option
 * or item shown at position {@code i}. The seed comes from outside, so a given attempt can be
 * replayed exactly.
 */
public record Presentation(List<Integer> order) {
  public Presentation {
    order = List.copyOf(order);
  }

  public static Presentation identity(int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(i);
    return new Presentation(order);
  }

  /** Every item one place on: a fixed order that is not the identity. */
  public static Presentation rotated(int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add((i + 1) % n);
    return new Presentation(order);
  }

  public static Presentation shuffled(int n, long seed) {
    List<Integer> order = new ArrayList<>(identity(n).order);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Integer t = order.get(i);
      order.set(i, order.get(j));
      order.set(j, t);
    }
    return new Presentation(order);
  }

  /** The items of {@code all} in the order shown. */
  public List<String> shown(List<String> all) {
    List<String> out = new ArrayList<>();
    for (int i : order) out.add(all.get(i));
    return out;
  }

  /** The 1-based position at which the pack's item {@code packIndex} is shown. */
  public int positionOf(int packIndex) {
    return order.indexOf(packIndex) + 1;
  }
}
