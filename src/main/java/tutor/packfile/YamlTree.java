package tutor.packfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads one YAML file into a {@link YNode} tree that remembers lines. */
public final class YamlTree {
  /**
   * The largest pack file we read. Jackson's default (3 MB) is too small for big generated packs;
   * 64 MB holds a 50,000-exercise file, and anything larger is refused with a clear error.
   */
  public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

  /** How deep mappings and lists may nest (docs/pack-format.md, "Limits"). */
  public static final int MAX_DEPTH = 50;

  /**
   * The longest single value (or key), in characters: 1 MB. Far above any prompt or lesson a
   * learner reads, and it keeps one value from holding the whole file's worth of memory and time.
   */
  public static final int MAX_SCALAR_CHARS = 1024 * 1024;

  private static final LinearYamlFactory FACTORY = newFactory();

  private YamlTree() {}

  private static LinearYamlFactory newFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setMaxAliasesForCollections(
        0); // packs never need anchors; refusing them stops YAML bombs
    options.setAllowDuplicateKeys(false);
    return new LinearYamlFactory(options);
  }

  public static YNode read(Path file) throws PackException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new PackException(new PackError(file, 0, "cannot read: " + e.getMessage()));
    }
    if (size > MAX_FILE_BYTES) {
      throw new PackException(
          new PackError(
              file,
              0,
              "file is "
                  + size / (1024 * 1024)
                  + " MB; the limit is "
                  + MAX_FILE_BYTES / (1024 * 1024)
                  + " MB per pack file: split it into several files (exercises: takes globs)"));
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(in, decoder);
        YAMLParser parser = FACTORY.createParser(reader)) {
      JsonToken first = parser.nextToken();
      if (first == null) return new YNode.YScalar(1, 0, "", false, true);
      YNode node = readValue(parser, file, 0);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new PackException(
            new PackError(
                file,
                at.getLineNr(),
                at.getColumnNr(),
                "a second YAML document ('---'): put everything of this file in one document"));
      }
      return node;
    } catch (CharacterCodingException e) {
      throw notUtf8(file);
    } catch (JsonProcessingException e) {
      if (causedByEncoding(e)) throw notUtf8(file);
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 0 : loc.getLineNr();
      int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
      YamlProblems.Problem problem =
          YamlProblems.explain(e.getOriginalMessage(), line, column, sourceLines(file));
      throw new PackException(
          new PackError(file, problem.line(), problem.column(), problem.message()));
    } catch (IOException e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (msg.contains("MalformedInput") || e.getCause() instanceof CharacterCodingException) {
        throw notUtf8(file);
      }
      throw new PackException(new PackError(file, 0, "cannot read: " + firstLine(msg)));
    } catch (RuntimeException e) {
      if (causedByEncoding(e)) throw notUtf8(file);
      // SnakeYAML reports some limits (aliases, size) as unchecked exceptions.
      throw new PackException(
          new PackError(
              file, 0, "not a usable YAML file: " + firstLine(String.valueOf(e.getMessage()))));
    }
  }

  /**
   * The error for a file that is not UTF-8, on the line of its first bad byte (read again: errors
   * only).
   */
  private static PackException notUtf8(Path file) {
    int line = 0;
    try {
      Utf8.decode(Files.readAllBytes(file));
    } catch (Utf8.InvalidException e) {
      line = e.line();
    } catch (IOException e) {
      line = 0;
    }
    return new PackException(
        new PackError(file, line, "not valid UTF-8 text (save the file as UTF-8 and try again)"));
  }

  private static PackException tooLong(Path file, int line, int column, String what, int chars) {
    return new PackException(
        new PackError(
            file,
            line,
            column,
            what
                + " is "
                + chars
                + " characters long; the limit is "
                + MAX_SCALAR_CHARS
                + " (1 MB) per value"));
  }

  /** The file's lines, read again for an error's explanation; empty when it cannot be read. */
  private static List<String> sourceLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static boolean causedByEncoding(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) return true;
    }
    return false;
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static YNode readValue(YAMLParser p, Path file, int depth)
      throws IOException, PackException {
    int line = p.currentTokenLocation().getLineNr();
    int column = Math.max(0, p.currentTokenLocation().getColumnNr());
    if (depth > MAX_DEPTH) {
      throw new PackException(
          new PackError(file, line, column, "nesting deeper than " + MAX_DEPTH + " levels"));
    }
    if (p.getObjectId() != null || p.isCurrentAlias()) {
      throw new PackException(
          new PackError(
              file, line, column, "YAML anchors and aliases (&, *) are not allowed in packs"));
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, YNode> entries = new LinkedHashMap<>();
          Map<String, Integer> keyLines = new LinkedHashMap<>();
          Map<String, Integer> keyColumns = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyLine = p.currentTokenLocation().getLineNr();
            int keyColumn = Math.max(0, p.currentTokenLocation().getColumnNr());
            if (key.length() > MAX_SCALAR_CHARS)
              throw tooLong(file, keyLine, keyColumn, "a key", key.length());
            if (entries.containsKey(key)) {
              throw new PackException(
                  new PackError(file, keyLine, keyColumn, "duplicate key '" + key + "'"));
            }
            p.nextToken();
            entries.put(key, readValue(p, file, depth + 1));
            keyLines.put(key, keyLine);
            keyColumns.put(key, keyColumn);
          }
          return new YNode.YMap(line, column, entries, keyLines, keyColumns);
        }
      case START_ARRAY:
        {
          List<YNode> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) items.add(readValue(p, file, depth + 1));
          return new YNode.YList(line, column, items);
        }
      case VALUE_STRING:
        {
          String text = p.getText();
          if (text.length() > MAX_SCALAR_CHARS)
            throw tooLong(file, line, column, "this value", text.length());
          return new YNode.YScalar(line, column, text, true, false);
        }
      case VALUE_NULL:
        return new YNode.YScalar(line, column, "", false, true);
      default:
        {
          String text = p.getText();
          if (text.length() > MAX_SCALAR_CHARS)
            throw tooLong(file, line, column, "this value", text.length());
          return new YNode.YScalar(line, column, text, false, false);
        }
    }
  }
}
