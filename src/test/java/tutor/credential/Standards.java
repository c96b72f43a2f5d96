package tutor.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The standards data the credential tests check against: the copies under
 * src/test/resources/standards (always there), and ../shared/standards when present (the project's
 * shared data; in a worktree one level deeper, ../../shared).
 */
final class Standards {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Each context a credential of tutor's names, by URL, to the copy of its document. */
  static final Map<String, String> CONTEXTS =
      Map.of(
          "https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "context-3.0.3.json",
          "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json");

  private Standards() {}

  static byte[] copy(String name) {
    try (InputStream in = Standards.class.getResourceAsStream("/standards/" + name)) {
      if (in == null) throw new IllegalStateException("no test resource standards/" + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode copyJson(String name) {
    try {
      return JSON.readTree(copy(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ../shared/standards, if this checkout has it. */
  static Optional<Path> shared() {
    String property = System.getProperty("tutor.standards");
    if (property != null) return Optional.of(Path.of(property)).filter(Files::isDirectory);
    for (String p : new String[] {"../shared/standards", "../../shared/standards"}) {
      Path path = Path.of(p);
      if (Files.isDirectory(path.resolve("open-badges-3.0"))) return Optional.of(path);
    }
    return Optional.empty();
  }
}
