package tutor.store;

public record SkillKey(String packId, String skillId) {
  @Override
  public String toString() {
    return packId + "/" + skillId;
  }
}
