package tutor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.packfile.PackReader;

/** The real packs in content/, as an installed store would hand them to the picker. */
record Curriculum(List<StoredSkill> skills, List<StoredExercise> exercises) {

  static Curriculum load(Path contentDir) throws Exception {
    List<StoredSkill> skills = new ArrayList<>();
    List<StoredExercise> exercises = new ArrayList<>();
    List<Path> packs;
    try (Stream<Path> dirs = Files.list(contentDir)) {
      packs = dirs.filter(d -> Files.exists(d.resolve(PackReader.MANIFEST))).sorted().toList();
    }
    for (Path dir : packs) {
      Pack pack = PackReader.read(dir);
      int position = 0;
      for (Skill s : pack.skills()) skills.add(new StoredSkill(pack.id(), s, position++));
      position = 0;
      for (Exercise e : pack.exercises())
        exercises.add(new StoredExercise(pack.id(), e, position++));
    }
    return new Curriculum(List.copyOf(skills), List.copyOf(exercises));
  }

  Map<SkillKey, StoredSkill> skillsByKey() {
    Map<SkillKey, StoredSkill> out = new HashMap<>();
    for (StoredSkill s : skills) out.put(s.key(), s);
    return out;
  }

  /** The skill an exercise practises first (the one the picker files it under). */
  static SkillKey skillOf(StoredExercise e) {
    return new SkillKey(e.packId(), e.exercise().skills().get(0));
  }
}
