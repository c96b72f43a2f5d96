package tutor.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One card with the items that end at some of its reviews. A card's items are prefixes of one
 * history, so one pass along the card predicts them all; the loss and its gradient are exactly
 * those of the items taken one by one.
 *
 * @param weights per review: the weight of the item predicting it, 0 where no item ends
 * @param items per review: the index of that item in the list the column was built from, or -1
 * @param end one past the last review that ends an item
 */
record CardColumn(CardHistory card, double[] weights, int[] items, int end, int predictions) {

  /** One column per item, in the items' order: how the fit batches them (see ParameterFit). */
  static List<CardColumn> eachItem(List<Item> items, double[] weights) {
    List<CardColumn> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int n = item.last() + 1;
      double[] w = new double[n];
      int[] at = new int[n];
      Arrays.fill(at, -1);
      w[item.last()] = weights[i];
      at[item.last()] = i;
      out.add(new CardColumn(item.card(), w, at, n, 1));
    }
    return out;
  }

  /** One column per card, in the order the cards first appear: fastest for predicting. */
  static List<CardColumn> of(List<Item> items, double[] weights) {
    Map<CardHistory, Integer> index = new IdentityHashMap<>();
    List<CardHistory> cards = new ArrayList<>();
    List<double[]> weightsOf = new ArrayList<>();
    List<int[]> itemsOf = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Integer c = index.get(item.card());
      if (c == null) {
        c = cards.size();
        index.put(item.card(), c);
        cards.add(item.card());
        int n = item.card().reviews().size();
        weightsOf.add(new double[n]);
        int[] none = new int[n];
        Arrays.fill(none, -1);
        itemsOf.add(none);
      }
      weightsOf.get(c)[item.last()] = weights[i];
      itemsOf.get(c)[item.last()] = i;
    }
    List<CardColumn> out = new ArrayList<>(cards.size());
    for (int c = 0; c < cards.size(); c++) {
      int[] at = itemsOf.get(c);
      int end = 0;
      int predictions = 0;
      for (int k = 0; k < at.length; k++) {
        if (at[k] >= 0) {
          end = k + 1;
          predictions++;
        }
      }
      out.add(new CardColumn(cards.get(c), weightsOf.get(c), at, end, predictions));
    }
    return out;
  }

  /** Length of the longest item: batches hold items of similar length. */
  int longestItem() {
    return end;
  }
}
