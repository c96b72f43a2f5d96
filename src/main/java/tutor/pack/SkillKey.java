package tutor.pack;

import java.util.Objects;

public record SkillKey(String packId, String skillId) {
  // By hand, as in CardKey (and with the same hash as the generated one).
  @Override
  public boolean equals(Object o) {
    return o instanceof SkillKey k
        && Objects.equals(packId, k.packId)
        && Objects.equals(skillId, k.skillId);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(packId) + Objects.hashCode(skillId);
  }

  @Override
  public String toString() {
    return packId + "/" + skillId;
  }
}
