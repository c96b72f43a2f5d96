package tutor.pack;

import java.util.List;

/**
 * An exercise's {@code examples:} as its author wrote them, without their places in the files: kept
 * with an installed pack so that {@code tutor pack export} gives the author's whole pack back. Each
 * answer is one text for a typed answer, or several (one per gap, the options chosen, the items in
 * order).
 */
public record AuthorExamples(List<List<String>> accept, List<List<String>> reject) {
  public AuthorExamples {
    accept = accept.stream().map(List::copyOf).toList();
    reject = reject.stream().map(List::copyOf).toList();
  }

  public boolean isEmpty() {
    return accept.isEmpty() && reject.isEmpty();
  }
}
