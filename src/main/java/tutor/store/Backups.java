package tutor.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Copies of a database and putting one back, done where the database lives without opening it as a
 * {@link Store}: what {@code tutor backup}, {@code tutor restore} and the automatic backups ({@link
 * AutoBackups}) ask of an adapter.
 */
public interface Backups {
  /**
   * Copies {@code db} to {@code target}, which must not exist yet, as a consistent snapshot even
   * while a session writes; returns the copy's size in bytes.
   */
  long copy(Path db, Path target);

  /**
   * What is wrong with {@code file} as a tutor database to restore from: not a database of this
   * adapter, another program's, from a newer tutor, damaged, or without tutor's tables. Empty when
   * it is sound.
   */
  List<String> problems(Path file);

  /**
   * Replaces {@code db} by a checked copy of {@code backup}, safely even after a crash; the
   * database replaced is kept aside under a name with {@code stamp}. A backup whose mastery is not
   * what its answers made of it (changed by hand) is refused ({@link Refused}, naming the skill),
   * unless {@code mend}: then the copy's mastery is written back from its answer log before it is
   * put in place (the backup file itself is left as it was), and the result names what was mended.
   */
  Restored restore(Path backup, Path db, String stamp, boolean mend);

  /**
   * A backup {@link #restore} refused once its copy was checked in full (brought up to this tutor's
   * schema, then its shape, references and derived counts): bad input, and nothing was changed.
   */
  final class Refused extends RuntimeException {
    public Refused(String message) {
      super(message);
    }
  }

  /**
   * The app settings of the database at {@code db} whose key starts with {@code prefix}, read
   * without opening it as a store; empty when there is none or it cannot be read.
   */
  Map<String, String> appSettings(Path db, String prefix);

  /**
   * Takes the learner named {@code learner} out of the backup file {@code backup}, keeping every
   * other learner's data as it was; a backup that cannot be rewritten so is left as it was, and the
   * result says why.
   */
  Erased eraseLearner(Path backup, String learner);

  /** Whether the backup {@code backup} holds the learner {@code learner} (true if unreadable). */
  boolean holdsLearner(Path backup, String learner);

  /** What became of one backup when a learner was taken out of it. */
  record Erased(Path backup, Outcome outcome, String why) {
    public enum Outcome {
      REWRITTEN,
      NOT_IN_IT,
      FAILED
    }

    public static Erased rewritten(Path backup) {
      return new Erased(backup, Outcome.REWRITTEN, "");
    }

    public static Erased notIn(Path backup) {
      return new Erased(backup, Outcome.NOT_IN_IT, "");
    }

    public static Erased failed(Path backup, String why) {
      return new Erased(backup, Outcome.FAILED, why);
    }
  }

  /**
   * @param aside where the database that was replaced now is (with its log beside it), or null if
   *     there was no database
   * @param mended the skills whose mastery was written back from the answers (restore with mend),
   *     one line each; empty when none was
   */
  record Restored(Path aside, long size, List<String> mended) {
    public Restored {
      mended = List.copyOf(mended);
    }
  }
}
