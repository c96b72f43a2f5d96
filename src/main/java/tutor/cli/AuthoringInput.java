package tutor.cli;

import java.io.PrintWriter;
import java.util.List;
import tutor.packfile.AuthoredPack;
import tutor.packfile.PackError;
import tutor.packfile.PackException;
import tutor.packfile.PackReader;

/** Reading the pack an authoring command is given, with file names as the author knows them. */
final class AuthoringInput {
  private AuthoringInput() {}

  /** Reads the pack, naming files inside a zip as {@code pack.zip!/folder/file}. */
  static AuthoredPack read(PackSource src) throws PackException {
    try {
      return PackReader.readAuthored(src.dir);
    } catch (PackException e) {
      throw new PackException(shown(src, e.errors()));
    }
  }

  static List<PackError> shown(PackSource src, List<PackError> errors) {
    return errors.stream()
        .map(x -> new PackError(src.shown(x.file()), x.line(), x.column(), x.message()))
        .toList();
  }

  /**
   * For commands that need a valid pack (lint, test, preview, stats, export): reads it, or prints
   * its errors and stops with exit code 2.
   */
  static AuthoredPack readValid(PackSource src, String path, PrintWriter err) {
    try {
      return read(src);
    } catch (PackException e) {
      e.errors().forEach(err::println);
      int n = e.errors().size();
      throw new UserException(
          ExitCodes.BAD_INPUT,
          "the pack has "
              + n
              + (n == 1 ? " error" : " errors")
              + "; fix "
              + (n == 1 ? "it" : "them")
              + " first (tutor pack validate "
              + path
              + ")");
    }
  }
}
