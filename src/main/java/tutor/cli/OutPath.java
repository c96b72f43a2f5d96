package tutor.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one rule for paths a learner names (--out, --db): the directory they are in must exist. tutor
 * creates at most the last part (the directory it writes into), never a chain of directories from a
 * typo; only the default database location's directories are created.
 */
final class OutPath {
  private OutPath() {}

  /** Fails with one line, exit 2, when the directory {@code path} would be in does not exist. */
  static void requireParent(String option, Path path) {
    Path parent = path.toAbsolutePath().normalize().getParent();
    if (parent == null || Files.isDirectory(parent)) return;
    Path missing = parent;
    while (missing.getParent() != null && !Files.isDirectory(missing.getParent()))
      missing = missing.getParent();
    String what =
        Files.exists(parent)
            ? parent + " is not a directory"
            : "the directory "
                + parent
                + " does not exist"
                + (missing.equals(parent) ? "" : " (nor " + missing + ")");
    throw new UserException(
        ExitCodes.BAD_INPUT,
        option
            + " "
            + path
            + ": "
            + what
            + "; create it first (mkdir -p "
            + parent
            + ") or give another path");
  }

  /**
   * A file-system failure as a reader says it: "cannot write /proc/x: no such file or directory".
   */
  static String describe(java.nio.file.FileSystemException e) {
    String reason =
        e instanceof java.nio.file.NoSuchFileException
            ? "no such file or directory"
            : e instanceof java.nio.file.AccessDeniedException
                ? "permission denied"
                : e instanceof java.nio.file.FileAlreadyExistsException
                    ? "it already exists"
                    : e instanceof java.nio.file.NotDirectoryException
                        ? "not a directory"
                        : e instanceof java.nio.file.DirectoryNotEmptyException
                            ? "the directory is not empty"
                            : e.getReason() != null
                                ? e.getReason().toLowerCase(java.util.Locale.ROOT)
                                : "it cannot be used";
    String file = e.getFile() == null ? "a file" : e.getFile();
    return "cannot use "
        + file
        + (e.getOtherFile() == null ? "" : " (with " + e.getOtherFile() + ")")
        + ": "
        + reason;
  }
}
