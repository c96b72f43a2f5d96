/**
 * Answers graded by running them: a learner's SQL against a fixture database, a learner's regular
 * expression against strings. Nothing here touches a file or the network.
 *
 * <ul>
 *   <li>{@link tutor.run.SqlSandbox} runs one statement on a fresh in-memory copy of a fixture: no
 *       ATTACH (the attached-database limit is 0, which also stops {@code VACUUM INTO}), no
 *       extension loading, temporary storage in memory, a deadline checked by SQLite's progress
 *       handler, a row limit, exactly one statement ({@link tutor.run.SqlText} splits statements).
 *   <li>{@link tutor.run.ResultComparison} compares two results: rows as a multiset unless order
 *       matters, columns matched by their values unless names matter, numbers within a tolerance,
 *       NULL equal to NULL.
 *   <li>{@link tutor.run.SqlGrading} and {@link tutor.run.RegexGrading} give the verdict and the
 *       feedback that teaches (rows missing and extra, strings wrongly matched or missed).
 *   <li>Time comes in through {@link tutor.run.Deadline}: the comparison and the feedback are pure;
 *       only the default deadline reads {@code System.nanoTime}.
 * </ul>
 */
package tutor.run;
