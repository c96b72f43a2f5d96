package tutor.store;

import java.time.Instant;
import java.util.Objects;
import tutor.pack.CardKey;

/**
 * An exercise one learner keeps forgetting (docs/mastery.md, "Leeches").
 *
 * @param lapses the card's lapses when it was last flagged
 * @param action what the learner chose: suspend it, or re-teach it
 * @param suspended whether it is left out of study now
 */
public record Leech(CardKey card, int lapses, Instant flaggedAt, Action action, boolean suspended) {
  /** What is done with a leech. */
  public enum Action {
    /** Left out of study until unsuspended (Anki's default). */
    SUSPEND,
    /** Its lesson and worked example are shown again, and it stays in study. */
    RETEACH;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "suspend" or "reteach" (also "re-teach"); throws on anything else. */
    public static Action parse(String s) {
      return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
        case "suspend" -> SUSPEND;
        case "reteach", "re-teach" -> RETEACH;
        default ->
            throw new IllegalArgumentException(
                "leech-action must be suspend or reteach, not '" + s + "'");
      };
    }
  }

  public Leech {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(flaggedAt, "flaggedAt");
    Objects.requireNonNull(action, "action");
  }
}
