package tutor.authoring;

import tutor.packfile.Location;

/**
 * Something in a pack that is valid but probably not what its author wants.
 *
 * @param rule a short stable name for the kind of warning ({@code no-explanation}), for scripts
 */
public record LintWarning(String rule, Location at, String message) {
  /** {@code file:line:column: warning: message [rule]}, the way compilers print warnings. */
  @Override
  public String toString() {
    return at + ": warning: " + message + " [" + rule + "]";
  }
}
