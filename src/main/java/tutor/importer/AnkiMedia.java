package tutor.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import tutor.json.Json;
import tutor.packfile.PackReader;
import tutor.packfile.ZipFiles;

/**
 * The media of an Anki package: the {@code media} entry maps the numbered zip entries ("0", "1",
 * ...) to the file names notes refer to ({@code <img src="dog.jpg">}, {@code [sound:dog.mp3]}).
 * Legacy packages write that map as JSON; Anki 2.1.50 and later as a zstd-compressed protobuf
 * (MediaEntries: repeated MediaEntry {name = 1, size = 2, sha1 = 3}, the entry's number being its
 * position), and compress each file with zstd too. Files referred to are copied, once, into the
 * pack's {@code media/} folder under a safe name.
 */
final class AnkiMedia {
  private static final Pattern SOUND = Pattern.compile("\\[sound:([^\\]]+)\\]");
  private static final Pattern SRC =
      Pattern.compile(
          "<(?:img|audio|source|video)\\b[^>]*?\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
          Pattern.CASE_INSENSITIVE);
  private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};

  /** All media of one import together, as a zipped pack may hold. */
  static final long MAX_TOTAL_BYTES = ZipFiles.MAX_UNPACKED_BYTES;

  private final Path apkg;
  private final Path work;
  private final Map<String, String> entryOf;
  private final Map<String, String> packPath = new HashMap<>();
  private final Set<String> takenPaths = new HashSet<>();
  private final Set<String> missing = new HashSet<>();
  private long total;

  private AnkiMedia(Path apkg, Path work, Map<String, String> entryOf) {
    this.apkg = apkg;
    this.work = work;
    this.entryOf = entryOf;
  }

  /**
   * Reads the package's media map; a package without one, or with one that cannot be read, has no
   * media.
   */
  static AnkiMedia of(Path apkg, Path work, List<String> names) {
    Map<String, String> entryOf = new HashMap<>();
    if (names.contains("media")) {
      try {
        byte[] map = ZipFiles.read(apkg, "media", 64L * 1024 * 1024);
        if (startsWith(map, ZSTD_MAGIC)) {
          Path z = work.resolve("media.zst");
          Path raw = work.resolve("media.pb");
          Files.write(z, map);
          Zstd.decompress(z, raw, 64L * 1024 * 1024);
          List<byte[]> entries = Protobuf.messages(Files.readAllBytes(raw), 1);
          for (int i = 0; i < entries.size(); i++) {
            String name = Protobuf.string(entries.get(i), 1);
            if (!name.isEmpty() && names.contains(Integer.toString(i)))
              entryOf.put(name, Integer.toString(i));
          }
        } else {
          JsonNode json = Json.MAPPER.readTree(new String(map, StandardCharsets.UTF_8));
          json.fields()
              .forEachRemaining(
                  e -> {
                    if (names.contains(e.getKey())) entryOf.put(e.getValue().asText(), e.getKey());
                  });
        }
      } catch (ZipFiles.Refused | Zstd.Refused | IOException | RuntimeException e) {
        entryOf.clear(); // an unreadable media map: the cards' media count as missing
      }
    }
    return new AnkiMedia(apkg, work, entryOf);
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if (b[i] != prefix[i]) return false;
    return true;
  }

  /** The media file names {@code html} refers to, in order, without repeats. */
  static List<String> references(String html) {
    Set<String> out = new LinkedHashSet<>();
    Matcher s = SOUND.matcher(html);
    while (s.find()) out.add(s.group(1).strip());
    Matcher m = SRC.matcher(html);
    while (m.find()) {
      String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      out.add(Parser.unescapeEntities(v, true).strip());
    }
    out.removeIf(String::isEmpty);
    return new ArrayList<>(out);
  }

  /** "image", "audio" or "video", from the extension of a path. */
  static String kind(String path) {
    return tutor.pack.Media.kind(path);
  }

  /**
   * The pack paths of the files {@code html} refers to, copying each into {@code draft} the first
   * time; a file not in the package (or too large) is counted as a loss at {@code where}.
   */
  List<String> copy(String html, PackDraft draft, String where) {
    List<String> out = new ArrayList<>();
    for (String name : references(html)) {
      String path = packPath.get(name);
      if (path == null && !missing.contains(name)) path = extract(name, draft);
      if (path != null) out.add(path);
    }
    return out;
  }

  private String extract(String name, PackDraft draft) {
    String entry = entryOf.get(name);
    if (entry == null || name.contains("://")) {
      missing.add(name);
      draft.lost(Loss.MEDIA_MISSING, name);
      return null;
    }
    try {
      byte[] bytes = ZipFiles.read(apkg, entry, PackReader.MAX_MEDIA_BYTES * 4);
      if (startsWith(bytes, ZSTD_MAGIC)) {
        Path z = work.resolve("m.zst");
        Path raw = work.resolve("m.raw");
        Files.write(z, bytes);
        Zstd.decompress(z, raw, PackReader.MAX_MEDIA_BYTES + 1);
        bytes = Files.readAllBytes(raw);
      }
      if (bytes.length > PackReader.MAX_MEDIA_BYTES || total + bytes.length > MAX_TOTAL_BYTES) {
        missing.add(name);
        draft.lost(Loss.MEDIA_TOO_LARGE, name);
        return null;
      }
      total += bytes.length;
      String path = "media/" + safeName(name);
      for (int i = 2; takenPaths.contains(path.toLowerCase(Locale.ROOT)); i++) {
        path = "media/" + withSuffix(safeName(name), "-" + i);
      }
      takenPaths.add(path.toLowerCase(Locale.ROOT));
      packPath.put(name, path);
      draft.media(path, bytes);
      return path;
    } catch (ZipFiles.Refused | Zstd.Refused | IOException e) {
      missing.add(name);
      draft.lost(Loss.MEDIA_TOO_LARGE, name);
      return null;
    }
  }

  /**
   * A file name that is safe in any pack and on any system: ASCII letters, digits, '.', '-', '_'.
   */
  static String safeName(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    String safe = base.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
    if (safe.length() > 80) safe = safe.substring(safe.length() - 80).replaceAll("^[.-]+", "");
    if (!safe.equals(base) || safe.isEmpty())
      safe = withSuffix(safe.isEmpty() ? "file" : safe, "-" + Slug.hash(name));
    return safe;
  }

  private static String withSuffix(String name, String suffix) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name + suffix : name.substring(0, dot) + suffix + name.substring(dot);
  }
}
