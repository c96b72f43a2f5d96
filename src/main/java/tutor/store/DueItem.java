package tutor.store;

import java.time.Instant;
import tutor.pack.CardKey;
import tutor.schedule.CardPhase;

/** A card with its due time, for listings. */
public record DueItem(
    CardKey card,
    String skillTitle,
    CardPhase phase,
    Instant due,
    double stability,
    Instant lastReview) {}
