package tutor.pack;

import java.util.List;

/** An installed skill; {@code position} is its teaching order in the pack. */
public record StoredSkill(String packId, Skill skill, int position) {
  /** A skill with no lesson, for tests and tools that need only the graph. */
  public StoredSkill(
      String packId,
      String id,
      String title,
      String description,
      int position,
      List<String> requires) {
    this(packId, new Skill(id, title, description, requires), position);
  }

  public String id() {
    return skill.id();
  }

  public String title() {
    return skill.title();
  }

  public String description() {
    return skill.description();
  }

  public List<String> requires() {
    return skill.requires();
  }

  public SkillKey key() {
    return new SkillKey(packId, skill.id());
  }
}
