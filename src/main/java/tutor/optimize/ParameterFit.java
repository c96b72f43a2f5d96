package tutor.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import tutor.schedule.FsrsParameters;

/**
 * Fits the 21 FSRS-6 weights to training items the way fsrs-rs {@code compute_parameters} does:
 * outlier filter, initial stabilities from first reviews, then Adam on the summed weighted
 * cross-entropy plus an L2 pull towards the starting weights, clipping to the optimiser bounds
 * after every step. Deterministic: the seed in the config is the only randomness.
 */
public final class ParameterFit {
  /** fsrs-rs returns the defaults below this many training items. */
  static final int MIN_TRAINING_ITEMS = 8;

  /** ... and only the initial stabilities below this many. */
  static final int MIN_GRADIENT_ITEMS = 64;

  /**
   * Spread of each weight across many learners (fsrs-rs PARAMS_STDDEV): the L2 penalty divides by
   * its square, so weights that vary a lot between people are pulled back less.
   */
  private static final double[] SPREAD = {
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
    1.03, 0.31, 0.32, 0.14, 0.27
  };

  /** How far a fit went. */
  public enum Stage {
    /** Too few items: the default weights. */
    DEFAULTS,
    /** Enough to estimate w0..w3 from first reviews, too few for gradient descent. */
    INITIAL_STABILITY,
    /** All 21 weights fitted. */
    TRAINED
  }

  /**
   * @param initializationItems items that estimated w0..w3 after the outlier filter
   * @param trainingItems items the gradient descent used
   */
  public record Fit(
      FsrsParameters parameters, Stage stage, int initializationItems, int trainingItems) {}

  private ParameterFit() {}

  public static Fit fit(List<Item> items, TrainingConfig config) {
    OutlierFilter.Result filtered = OutlierFilter.apply(items);
    List<Item> train = filtered.training();
    int init = filtered.initialization().size();
    if (train.size() < MIN_TRAINING_ITEMS)
      return new Fit(FsrsParameters.DEFAULT, Stage.DEFAULTS, init, train.size());
    double recall = train.stream().filter(Item::recalled).count() / (double) train.size();
    Optional<InitialStability> initial =
        InitialStability.estimate(filtered.initialization(), recall);
    if (initial.isEmpty())
      return new Fit(FsrsParameters.DEFAULT, Stage.DEFAULTS, init, train.size());
    double[] start = FsrsParameters.DEFAULT.toArray();
    System.arraycopy(initial.get().stabilities(), 0, start, 0, 4);
    if (train.size() == init || train.size() < MIN_GRADIENT_ITEMS) {
      return new Fit(new FsrsParameters(start), Stage.INITIAL_STABILITY, init, train.size());
    }
    // Weights follow the time order of all training items; long items are dropped afterwards.
    double[] recency = Evaluation.recencyWeights(train.size());
    List<Item> used = new ArrayList<>();
    List<Double> usedWeights = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) {
      if (train.get(i).reviews().size() <= config.maxSequenceLength()) {
        used.add(train.get(i));
        usedWeights.add(recency[i]);
      }
    }
    double[] weights = usedWeights.stream().mapToDouble(Double::doubleValue).toArray();
    double[] trained = descend(CardColumn.eachItem(used, weights), used.size(), start, config);
    Map<Integer, Double> firstStabilities = new TreeMap<>();
    for (int rating = 1; rating <= 4; rating++) firstStabilities.put(rating, trained[rating - 1]);
    double[] smoothed =
        InitialStability.smoothAndFill(firstStabilities, initial.get().countsByRating());
    System.arraycopy(smoothed, 0, trained, 0, 4);
    for (double v : trained) {
      if (!Double.isFinite(v)) throw new IllegalStateException("the fit diverged");
    }
    return new Fit(new FsrsParameters(trained), Stage.TRAINED, init, used.size());
  }

  /** Adam over batches of items, in a shuffled order each epoch. */
  private static double[] descend(
      List<CardColumn> columns, int items, double[] start, TrainingConfig config) {
    List<List<CardColumn>> batches = batches(columns, config.batchSize());
    int steps = (items / config.batchSize() + 1) * config.epochs();
    CosineAnnealing rate = new CosineAnnealing(config.learningRate(), steps);
    Adam adam = new Adam(start.length);
    SplittableRandom random = new SplittableRandom(config.seed());
    double[] w = start.clone();
    int[] order = new int[batches.size()];
    for (int epoch = 0; epoch < config.epochs(); epoch++) {
      for (int i = 0; i < order.length; i++) order[i] = i;
      shuffle(order, random);
      for (int b : order) {
        List<CardColumn> batch = batches.get(b);
        double[] gradient = new double[w.length];
        Objective.loss(w, batch, gradient);
        int predictions = batch.stream().mapToInt(CardColumn::predictions).sum();
        double strength = config.gamma() * predictions / items;
        for (int i = 0; i < w.length; i++) {
          gradient[i] += 2 * (w[i] - start[i]) / (SPREAD[i] * SPREAD[i]) * strength;
        }
        adam.step(w, gradient, rate.next());
        w = FsrsParameters.clipped(w, 1, true).toArray();
      }
    }
    return w;
  }

  /**
   * Columns sorted by their longest item (stable), packed into batches of at most {@code size}
   * predictions. With one column per item this is fsrs-rs's batching when it is not given card ids,
   * as in Anki and the reference results: items of similar length share a batch. Batching whole
   * cards instead (fsrs-rs with card ids) is faster, but on the shared real logs it ended about
   * 0.001 above the reference's log loss, where item batches reach it.
   */
  private static List<List<CardColumn>> batches(List<CardColumn> columns, int size) {
    List<CardColumn> sorted = new ArrayList<>(columns);
    sorted.sort(Comparator.comparingInt(CardColumn::longestItem));
    List<List<CardColumn>> out = new ArrayList<>();
    List<CardColumn> current = new ArrayList<>();
    int predictions = 0;
    for (CardColumn c : sorted) {
      if (!current.isEmpty() && predictions + c.predictions() > size) {
        out.add(current);
        current = new ArrayList<>();
        predictions = 0;
      }
      current.add(c);
      predictions += c.predictions();
    }
    if (!current.isEmpty()) out.add(current);
    return out;
  }

  private static void shuffle(int[] a, SplittableRandom random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
