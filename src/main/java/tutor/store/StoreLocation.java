package tutor.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a store lives, as written on the command line ({@code --db}): a database file's path, or a
 * URI that names a server ({@code postgresql://host/tutor}, {@code jdbc:postgresql://...}). Each
 * adapter says which it keeps ({@link StoreAdapter#accepts}); {@link Stores} opens a location with
 * the adapter that does.
 */
public record StoreLocation(String text) {
  /**
   * A URI's scheme and its colon. Two characters at least, so that a Windows drive ({@code C:\})
   * stays a path; a file whose name has a colon before any slash is written {@code ./a:b.db}.
   */
  private static final Pattern SCHEME =
      Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):.*", Pattern.DOTALL);

  public StoreLocation {
    if (text == null || text.isEmpty()) throw new IllegalArgumentException("no store location");
  }

  /** A database file's location. */
  public static StoreLocation of(Path file) {
    return new StoreLocation(file.toString());
  }

  /** The URI's scheme in lower case ({@code postgresql}, {@code jdbc}); empty for a path. */
  public Optional<String> scheme() {
    Matcher m = SCHEME.matcher(text);
    return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /** Whether this is a path (no URI scheme). */
  public boolean isPath() {
    return scheme().isEmpty();
  }

  /**
   * The file this location names.
   *
   * @throws IllegalStateException for a URI, which names no file
   * @throws java.nio.file.InvalidPathException for text that is no path here
   */
  public Path path() {
    if (!isPath()) throw new IllegalStateException(text + " is a URI, not a path");
    return Path.of(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
