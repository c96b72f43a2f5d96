package tutor.store;

import java.util.List;

public record StoredSkill(String packId, String id, String title, String description, int position,
    List<String> requires) {
  public StoredSkill {
    requires = List.copyOf(requires);
  }

  public SkillKey key() {
    return new SkillKey(packId, id);
  }
}
