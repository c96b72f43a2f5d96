package tutor.packfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tutor.pack.AuthorExamples;

/**
 * Where each part of a pack was written, and the examples its author gave: what authoring tools
 * (lint, test, preview) need beyond the {@link tutor.pack.Pack} itself.
 *
 * @param skills where each skill's {@code id} is, by skill id
 * @param exercises where each exercise's {@code id} is, by exercise id
 * @param lessonFiles the Markdown file of each skill that has a {@code lesson_file} (line 1)
 * @param inlineLessons where the {@code lesson:} field is, for skills with the lesson inline
 * @param examples the examples of each exercise that has any, by exercise id
 * @param exercisePatterns the manifest's {@code exercises:} patterns (or the default one)
 * @param exerciseFiles the exercise files the patterns matched, each read
 */
public record SourceMap(
    Path manifest,
    Map<String, Location> skills,
    Map<String, Location> exercises,
    Map<String, Location> lessonFiles,
    Map<String, Location> inlineLessons,
    Map<String, Examples> examples,
    List<String> exercisePatterns,
    List<Path> exerciseFiles) {
  public SourceMap {
    exercisePatterns = List.copyOf(exercisePatterns);
    exerciseFiles = List.copyOf(exerciseFiles);
    skills = Map.copyOf(skills);
    exercises = Map.copyOf(exercises);
    lessonFiles = Map.copyOf(lessonFiles);
    inlineLessons = Map.copyOf(inlineLessons);
    examples = Map.copyOf(examples);
  }

  public Location skill(String id) {
    return skills.getOrDefault(id, new Location(manifest, 0, 0));
  }

  public Location exercise(String id) {
    return exercises.getOrDefault(id, new Location(manifest, 0, 0));
  }

  public Examples examplesOf(String exerciseId) {
    return examples.getOrDefault(exerciseId, Examples.NONE);
  }

  /** The examples of every exercise that has some, without their places: what an install keeps. */
  public Map<String, AuthorExamples> authorExamples() {
    Map<String, AuthorExamples> out = new java.util.HashMap<>();
    examples.forEach(
        (id, x) -> {
          if (!x.isEmpty()) {
            out.put(
                id,
                new AuthorExamples(
                    x.accept().stream().map(Examples.Example::answer).toList(),
                    x.reject().stream().map(Examples.Example::answer).toList()));
          }
        });
    return out;
  }
}
