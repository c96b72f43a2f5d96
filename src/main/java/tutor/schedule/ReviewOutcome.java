package tutor.schedule;

/**
 * The result of rating a card once.
 *
 * @param card the card after the review
 * @param elapsedDays whole days since the previous review, as counted by the DayCounter; 0 for NEW
 * @param retrievabilityBefore R at review time (8-decimal rounded); null for a NEW card
 * @param scheduledDays whole days until due; 0 while on a (re)learning step shorter than a day
 */
public record ReviewOutcome(
    CardState card,
    Rating rating,
    long elapsedDays,
    Double retrievabilityBefore,
    int scheduledDays) {}
