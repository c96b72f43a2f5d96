package tutor.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is due, counted by the store from its due-time indexes: what {@code tutor due} shows.
 *
 * @param dueNow how many cards are due now (retired exercises left out)
 * @param listed the first of them, soonest due first
 * @param next when the next card not due now falls due, if one does before the horizon
 * @param later how many cards not due now fall due in each span between consecutive bounds (the
 *     first span starts now)
 */
public record DueOutlook(
    int dueNow, List<DueItem> listed, Optional<Instant> next, List<Integer> later) {}
