package tutor.pack;

import java.util.Objects;

public record SkillKey(String packId, String skillId) {
  // By hand, as in CardKey; the hash is mixed (KeyHash): one pack's skill ids are neighbours.
  @Override
  public boolean equals(Object o) {
    return o instanceof SkillKey k
        && Objects.equals(packId, k.packId)
        && Objects.equals(skillId, k.skillId);
  }

  @Override
  public int hashCode() {
    return KeyHash.of(packId, skillId);
  }

  @Override
  public String toString() {
    return packId + "/" + skillId;
  }
}
