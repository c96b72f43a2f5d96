package tutor.stats;

import java.util.List;

/** A pack and its skills in teaching order. */
public record PackRow(String packId, String title, List<SkillRow> skills) {}
