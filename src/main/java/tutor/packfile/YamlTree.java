package tutor.packfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

  private static final int MAX_DEPTH = 50;

  private static final YAMLFactory FACTORY = newFactory();

  private YamlTree() {}

  private static YAMLFactory newFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_FILE_BYTES);
    options.setMaxAliasesForCollections(0); // packs never need anchors; refusing them stops YAML bombs
    options.setAllowDuplicateKeys(false);
    return YAMLFactory.builder().loaderOptions(options).build();
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
          new PackError(file, 0, "file is " + size / (1024 * 1024) + " MB; the limit is "
              + MAX_FILE_BYTES / (1024 * 1024) + " MB per pack file"));
    }
    var decoder = StandardCharsets.UTF_8.newDecoder()
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
        throw new PackException(new PackError(file, at.getLineNr(), at.getColumnNr(),
            "a second YAML document ('---'): put everything of this file in one document"));
      }
      return node;
    } catch (CharacterCodingException e) {
      throw new PackException(new PackError(file, 0, "not valid UTF-8 text"));
    } catch (JsonProcessingException e) {
      if (causedByEncoding(e)) throw new PackException(new PackError(file, 0, "not valid UTF-8 text"));
      JsonLocation loc = e.getLocation();
      int line = loc == null ? 0 : loc.getLineNr();
      int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
      int[] tab = YamlProblems.tabPlace(e.getOriginalMessage());
      if (tab != null) {
        line = tab[0];
        column = tab[1];
      }
      throw new PackException(new PackError(file, line, column, "not valid YAML: " + YamlProblems.describe(e.getOriginalMessage())));
    } catch (IOException e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (msg.contains("MalformedInput") || e.getCause() instanceof CharacterCodingException) {
        msg = "not valid UTF-8 text";
      }
      throw new PackException(new PackError(file, 0, "cannot read: " + firstLine(msg)));
    } catch (RuntimeException e) {
      if (causedByEncoding(e)) throw new PackException(new PackError(file, 0, "not valid UTF-8 text"));
      // SnakeYAML reports some limits (aliases, size) as unchecked exceptions.
      throw new PackException(new PackError(file, 0, "not a usable YAML file: " + firstLine(String.valueOf(e.getMessage()))));
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

  private static YNode readValue(YAMLParser p, Path file, int depth) throws IOException, PackException {
    int line = p.currentTokenLocation().getLineNr();
    int column = Math.max(0, p.currentTokenLocation().getColumnNr());
    if (depth > MAX_DEPTH) {
      throw new PackException(new PackError(file, line, column, "nesting deeper than " + MAX_DEPTH + " levels"));
    }
    if (p.getObjectId() != null || p.isCurrentAlias()) {
      throw new PackException(new PackError(file, line, column, "YAML anchors and aliases (&, *) are not allowed in packs"));
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, YNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        Map<String, Integer> keyColumns = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          int keyLine = p.currentTokenLocation().getLineNr();
          int keyColumn = Math.max(0, p.currentTokenLocation().getColumnNr());
          if (entries.containsKey(key)) {
            throw new PackException(new PackError(file, keyLine, keyColumn, "duplicate key '" + key + "'"));
          }
          p.nextToken();
          entries.put(key, readValue(p, file, depth + 1));
          keyLines.put(key, keyLine);
          keyColumns.put(key, keyColumn);
        }
        return new YNode.YMap(line, column, entries, keyLines, keyColumns);
      }
      case START_ARRAY: {
        List<YNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) items.add(readValue(p, file, depth + 1));
        return new YNode.YList(line, column, items);
      }
      case VALUE_STRING:
        return new YNode.YScalar(line, column, p.getText(), true, false);
      case VALUE_NULL:
        return new YNode.YScalar(line, column, "", false, true);
      default:
        return new YNode.YScalar(line, column, p.getText(), false, false);
    }
  }
}
