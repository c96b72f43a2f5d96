package tutor.run;

import java.time.Duration;
import java.util.function.LongSupplier;

/** When running an answer must stop. Tests pass their own; the tutor uses {@link #after}. */
@FunctionalInterface
public interface Deadline {
  boolean passed();

  /** A deadline {@code budget} from now on the given monotonic nanosecond clock. */
  static Deadline after(Duration budget, LongSupplier nanoTime) {
    long end = nanoTime.getAsLong() + budget.toNanos();
    return () -> nanoTime.getAsLong() - end > 0;
  }

  /** A deadline that never passes: only for code that bounds time another way. */
  Deadline NEVER = () -> false;
}
