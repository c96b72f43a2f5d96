package tutor.authoring;

import tutor.packfile.Location;

/**
 * The outcome of one example answer of {@code tutor pack test}.
 *
 * @param mustAccept true for an {@code accept:} example, false for a {@code reject:} one
 * @param answer the example as the author wrote it, for the report
 * @param problem why it failed; empty when it passed
 */
public record ExampleResult(
    String exerciseId,
    boolean mustAccept,
    String answer,
    Location at,
    boolean passed,
    String problem) {
  public String kind() {
    return mustAccept ? "accept" : "reject";
  }

  /** A test name for reports: {@code accept 'ls -a'}. */
  public String name() {
    return kind() + " " + answer;
  }
}
