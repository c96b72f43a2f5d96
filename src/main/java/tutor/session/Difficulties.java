package tutor.session;

import java.util.Map;
import tutor.pack.CardKey;
import tutor.pack.StoredExercise;

/**
 * The difficulty the picker aims new material by: the pack's, refined by first attempts where there
 * are some. A function rather than a table, so that a session asks only about the exercises it
 * weighs (a handful per skill at the frontier), not about every exercise it could.
 */
@FunctionalInterface
public interface Difficulties {
  /** The pack's difficulty of each exercise, unrefined. */
  Difficulties PACK = e -> e.exercise().difficulty();

  double of(StoredExercise e);

  /** Refined difficulties where {@code refined} has one, else the pack's. */
  static Difficulties from(Map<CardKey, Double> refined) {
    return e -> refined.getOrDefault(e.key(), (double) e.exercise().difficulty());
  }
}
