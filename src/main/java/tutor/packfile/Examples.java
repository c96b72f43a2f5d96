package tutor.packfile;

import java.util.List;

/**
 * Answers an author declares under {@code examples:} on an exercise: those the grader must accept
 * and those it must reject. They are for {@code tutor pack test}; learners never see them.
 */
public record Examples(List<Example> accept, List<Example> reject) {
  public Examples {
    accept = List.copyOf(accept);
    reject = List.copyOf(reject);
  }

  public static final Examples NONE = new Examples(List.of(), List.of());

  public boolean isEmpty() {
    return accept.isEmpty() && reject.isEmpty();
  }

  /**
   * One example answer, as the author wrote it: one entry for text and numeric answers, one per gap
   * for a cloze, the option texts chosen for a choice, the item texts in order for an order.
   */
  public record Example(List<String> answer, Location at) {
    public Example {
      answer = List.copyOf(answer);
    }
  }
}
