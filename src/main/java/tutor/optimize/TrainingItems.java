package tutor.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training items of a review log, built as Anki builds them for fsrs-rs (rslib {@code
 * reviews_for_fsrs} in training mode):
 *
 * <ol>
 *   <li>a card's history starts at its last block of learning answers; rows before it (an earlier
 *       life of a card that was reset) are dropped, and so are cards with no learning answer;
 *   <li>rows that are not recalls (manual, reset, rescheduled, cram, rating 0) are removed;
 *   <li>each review after the first that falls on a later day than the one before ends an item.
 *       Same-day reviews stay inside histories, so the model sees them, but are never predicted;
 *   <li>items are ordered by the time of their predicted review (stable, so ties keep card order).
 * </ol>
 *
 * @param items in the time order of their predicted review
 * @param reviewCount rows kept in the histories of cards that gave at least one item
 * @param cardCount cards that gave at least one item
 */
public record TrainingItems(List<Item> items, int reviewCount, int cardCount) {

  public TrainingItems {
    items = List.copyOf(items);
  }

  private record TimedItem(Item item, long at) {}

  public static TrainingItems fromRevlog(List<RevlogEntry> log, ReviewDays days) {
    Map<String, List<RevlogEntry>> byCard = new LinkedHashMap<>();
    for (RevlogEntry e : log) byCard.computeIfAbsent(e.cardId(), k -> new ArrayList<>()).add(e);
    List<TimedItem> timed = new ArrayList<>();
    int reviews = 0;
    int cards = 0;
    for (Map.Entry<String, List<RevlogEntry>> card : byCard.entrySet()) {
      List<RevlogEntry> rows = new ArrayList<>(card.getValue());
      rows.sort(Comparator.comparingLong(RevlogEntry::reviewedAtMillis));
      List<RevlogEntry> kept = recalls(fromLastLearning(rows));
      List<TimedItem> items = items(card.getKey(), kept, days);
      if (!items.isEmpty()) {
        timed.addAll(items);
        reviews += kept.size();
        cards++;
      }
    }
    timed.sort(Comparator.comparingLong(TimedItem::at));
    return new TrainingItems(timed.stream().map(TimedItem::item).toList(), reviews, cards);
  }

  /**
   * The rows from the first of the last block of graded learning rows on, or none. Walking back
   * from the newest row, cram rows are passed over; a reset met before any learning row means the
   * card's current life has no learning start, so nothing of it can be used.
   */
  private static List<RevlogEntry> fromLastLearning(List<RevlogEntry> rows) {
    int start = -1;
    for (int i = rows.size() - 1; i >= 0; i--) {
      RevlogEntry e = rows.get(i);
      if (e.kind() == ReviewKind.CRAM) continue;
      if (e.graded() && e.kind() == ReviewKind.LEARN) {
        start = i;
      } else if (start >= 0 || e.kind() == ReviewKind.MANUAL_RESET) {
        break;
      }
    }
    return start < 0 ? List.of() : rows.subList(start, rows.size());
  }

  private static List<RevlogEntry> recalls(List<RevlogEntry> rows) {
    List<RevlogEntry> out = new ArrayList<>();
    for (RevlogEntry e : rows) {
      boolean notAnAnswer =
          switch (e.kind()) {
            case MANUAL, MANUAL_RESET, RESCHEDULED, CRAM -> true;
            default -> !e.graded();
          };
      if (!notAnAnswer) out.add(e);
    }
    return out;
  }

  private static List<TimedItem> items(String cardId, List<RevlogEntry> rows, ReviewDays days) {
    if (rows.size() < 2) return List.of();
    List<DayReview> reviews = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      // Rows are in time order, so the difference is never negative for a sane day numbering.
      long delta =
          i == 0
              ? 0
              : Math.max(
                  0,
                  days.dayOf(rows.get(i).reviewedAtMillis())
                      - days.dayOf(rows.get(i - 1).reviewedAtMillis()));
      reviews.add(new DayReview(rows.get(i).rating(), Math.toIntExact(delta)));
    }
    CardHistory history = new CardHistory(cardId, reviews);
    List<TimedItem> out = new ArrayList<>();
    for (int k = 1; k < reviews.size(); k++) {
      if (reviews.get(k).longTerm())
        out.add(new TimedItem(new Item(history, k), rows.get(k).reviewedAtMillis()));
    }
    return out;
  }
}
