package tutor.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The one Jackson setup for JSON: command output, exports, the JSON-lines protocol, values stored
 * in the database and files read from other programs all go through {@link #MAPPER}, so they agree
 * on the details and Jackson introspects each type once per run instead of once per mapper.
 *
 * <p>The mapper is shared, so nobody configures it after this class made it. A place that needs
 * more derives its own from it: {@code MAPPER.copy()} (the exercise codec's mix-ins), {@code
 * MAPPER.copyWith(factory)} (a credential's size limits), or a reader or writer with a feature
 * ({@code MAPPER.reader().with(...)}), which costs nothing.
 */
public final class Json {
  // A plain ObjectMapper (not a JsonMapper, whose copyWith Jackson 2 does not support).
  public static final ObjectMapper MAPPER = new ObjectMapper();

  /** Indented output, as every {@code --format json} prints it. */
  public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private Json() {}
}
