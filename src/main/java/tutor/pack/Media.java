package tutor.pack;

import java.util.Locale;
import java.util.Set;

/** What kind of media a file of an exercise's {@code media} list is, by its extension. */
public final class Media {
  private static final Set<String> AUDIO =
      Set.of("mp3", "wav", "ogg", "oga", "m4a", "aac", "flac", "opus", "spx");
  private static final Set<String> VIDEO = Set.of("mp4", "webm", "mov", "mkv", "avi", "ogv");

  private Media() {}

  /** "audio", "video" or "image". */
  public static String kind(String path) {
    int dot = path.lastIndexOf('.');
    String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    return AUDIO.contains(ext) ? "audio" : VIDEO.contains(ext) ? "video" : "image";
  }

  /** How a terminal shows it: {@code [image: media/x.png]}. */
  public static String label(String path) {
    return "[" + kind(path) + ": " + path + "]";
  }
}
