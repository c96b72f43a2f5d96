package tutor.authoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Pack;
import tutor.pack.Skill;

/**
 * The shape of a pack: exercises per skill and type, how deep the prerequisite graph goes, and
 * roughly how long the pack takes to learn.
 *
 * @param depth the number of skills on the longest prerequisite chain (1 when nothing is required)
 */
public record PackStats(
    Pack pack,
    List<SkillStats> skills,
    Map<ExerciseType, Integer> types,
    int depth,
    Duration estimate) {

  /**
   * One skill: its exercises by type, its depth (1 for a skill that requires nothing) and the time
   * estimated to learn it.
   */
  public record SkillStats(
      Skill skill, Map<ExerciseType, Integer> types, int exercises, int depth, Duration estimate) {}

  /**
   * Seconds a learner spends on one attempt of each type: reading the prompt, answering, reading
   * the feedback. Rough figures, in line with the "fast answer" thresholds of the ratings.
   */
  public static int secondsPerAttempt(ExerciseType type) {
    return type.secondsPerAttempt();
  }

  /** Attempts until an exercise is known: the first, a learning step, and about two reviews. */
  public static final int ATTEMPTS_TO_MASTERY = 4;

  /** Reading speed for lessons, in words per minute (unhurried reading of technical prose). */
  public static final int WORDS_PER_MINUTE = Skill.WORDS_PER_MINUTE;

  /** Time to follow one worked example. */
  public static final int SECONDS_PER_WORKED_EXAMPLE = Skill.SECONDS_PER_WORKED_EXAMPLE;

  public static PackStats of(Pack pack) {
    Map<String, Skill> byId = new LinkedHashMap<>();
    for (Skill s : pack.skills()) byId.put(s.id(), s);
    Map<String, Integer> depths = new HashMap<>();
    for (Skill s : pack.skills()) depth(s.id(), byId, depths, new HashSet<>());
    Map<ExerciseType, Integer> allTypes = new EnumMap<>(ExerciseType.class);
    List<SkillStats> skills = new ArrayList<>();
    long total = 0;
    for (Exercise e : pack.exercises()) {
      allTypes.merge(e.type(), 1, Integer::sum);
      total += attemptSeconds(e);
    }
    for (Skill s : pack.skills()) {
      Map<ExerciseType, Integer> types = new EnumMap<>(ExerciseType.class);
      long seconds = lessonSeconds(s);
      int count = 0;
      for (Exercise e : pack.exercises()) {
        // An exercise counts for every skill it practises, as mastery and `pack list` count it;
        // the pack's totals count it once.
        if (!e.skills().contains(s.id())) continue;
        types.merge(e.type(), 1, Integer::sum);
        seconds += attemptSeconds(e);
        count++;
      }
      total += lessonSeconds(s);
      skills.add(new SkillStats(s, types, count, depths.get(s.id()), Duration.ofSeconds(seconds)));
    }
    int depth = depths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return new PackStats(pack, skills, allTypes, depth, Duration.ofSeconds(total));
  }

  private static long attemptSeconds(Exercise e) {
    return (long) secondsPerAttempt(e.type()) * ATTEMPTS_TO_MASTERY;
  }

  /**
   * Words of a Markdown text: runs of characters with a letter or digit ("#" and "-" are not
   * words).
   */
  static int words(String markdown) {
    int n = 0;
    for (String token : markdown.split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
    }
    return n;
  }

  static long lessonSeconds(Skill s) {
    return s.readingSeconds();
  }

  private static int depth(
      String id, Map<String, Skill> byId, Map<String, Integer> memo, Set<String> path) {
    Integer known = memo.get(id);
    if (known != null) return known;
    Skill s = byId.get(id);
    if (s == null || !path.add(id)) return 0; // unknown or cyclic: a valid pack has neither
    int d = 1;
    for (String r : s.requires()) d = Math.max(d, 1 + depth(r, byId, memo, path));
    path.remove(id);
    memo.put(id, d);
    return d;
  }

  /** Skills that require {@code id}, in teaching order. */
  public List<Skill> dependents(String id) {
    return pack.skills().stream().filter(s -> s.requires().contains(id)).toList();
  }

  /** Skills that require nothing: the roots of the prerequisite tree. */
  public List<Skill> roots() {
    return pack.skills().stream().filter(s -> s.requires().isEmpty()).toList();
  }

  /**
   * The prerequisite graph as an indented tree: each skill under the skills it requires. A skill
   * with several prerequisites is drawn in full under the first and marked "(see above)" after.
   */
  public List<String> tree(boolean boxDrawing) {
    List<String> out = new ArrayList<>();
    Set<String> drawn = new HashSet<>();
    List<Skill> roots = roots();
    for (Skill r : roots) branch(r, "", "", boxDrawing, drawn, out);
    return out;
  }

  private void branch(
      Skill s, String lead, String childLead, boolean box, Set<String> drawn, List<String> out) {
    boolean first = drawn.add(s.id());
    String also =
        s.requires().size() > 1 && first
            ? "   (also requires " + String.join(", ", s.requires().stream().skip(1).toList()) + ")"
            : "";
    out.add(lead + s.id() + (first ? also : "   (see above)"));
    if (!first) return;
    // Drawn only under its first prerequisite; under the others it appears as "(see above)".
    List<Skill> children = dependents(s.id());
    for (int i = 0; i < children.size(); i++) {
      Skill c = children.get(i);
      boolean last = i == children.size() - 1;
      boolean underFirst = c.requires().get(0).equals(s.id());
      if (!underFirst && !drawn.contains(c.id())) {
        // It will be drawn under its first prerequisite; here it is a pointer.
        out.add(childLead + (box ? (last ? "└── " : "├── ") : "- ") + c.id() + "   (see below)");
        continue;
      }
      String mark = box ? (last ? "└── " : "├── ") : "- ";
      String next = box ? (last ? "    " : "│   ") : "  ";
      branch(c, childLead + mark, childLead + next, box, drawn, out);
    }
  }

  /** "about 40 minutes" below an hour, else "about 3.5 hours" (whole hours from 10). */
  public static String about(Duration d) {
    long minutes = Math.round(d.toSeconds() / 60.0);
    if (minutes < 60)
      return "about " + Math.max(1, minutes) + (minutes == 1 ? " minute" : " minutes");
    return "about " + hours(d) + " hours";
  }

  /** Hours, rounded to a tenth below 10 and to whole hours above. */
  public static String hours(Duration d) {
    double h = d.toSeconds() / 3600.0;
    if (h < 10) return String.format(java.util.Locale.ROOT, "%.1f", h);
    return Long.toString(Math.round(h));
  }
}
