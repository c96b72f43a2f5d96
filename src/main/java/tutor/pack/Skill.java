package tutor.pack;

import java.util.List;

/** A skill of a pack; {@code requires} lists the ids of its prerequisite skills. */
public record Skill(String id, String title, String description, List<String> requires) {
  public Skill {
    requires = List.copyOf(requires);
  }
}
