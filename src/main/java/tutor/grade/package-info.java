/**
 * Verdicts on answers: pure code, no I/O, no clock, no randomness (a presentation's seed comes from
 * outside).
 *
 * <ul>
 *   <li>{@link tutor.grade.AnswerKeys}: what the kinds share when they grade (tutor.kind, where
 *       each kind's grading lives) and keeps the matching the kinds share; {@link
 *       tutor.grade.Outcome} is its verdict, or a request to answer again.
 *   <li>Text answers: {@link tutor.grade.TextMatch} (normalised text, regex).
 *   <li>Command answers ({@code match: command}): {@link tutor.grade.ShellWords} splits a line as a
 *       POSIX shell does, {@link tutor.grade.CommandForm} puts it in a normal form with the pack's
 *       {@link tutor.pack.CommandTable}, {@link tutor.grade.CommandMatch} compares two lines and
 *       finds the one slip worth forgiving. What is equal is listed in docs/pack-format.md
 *       ("Command answers"); CommandMatchTest holds a table of both sides.
 *   <li>Choices typed as text: {@link tutor.grade.ChoiceText}.
 *   <li>{@link tutor.grade.EditDistance}: Levenshtein, and Damerau for near misses
 *       (tutor.grade.NearMiss decides when a wrong answer is offered as "almost").
 * </ul>
 */
package tutor.grade;
