package tutor.pack;

import java.util.List;

/**
 * A part of a pack that learners aim at and earn credentials for ("unit 2: pipes and redirection"):
 * the skills it names, with everything they require.
 *
 * @param skills the skills it names (ids in the pack); what they require belongs to it too
 */
public record Unit(String id, String title, String description, List<String> skills) {
  public Unit {
    skills = List.copyOf(skills);
  }
}
