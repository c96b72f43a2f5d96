package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.optimize.Metrics;
import tutor.optimize.Optimization;
import tutor.optimize.ReviewDays;
import tutor.optimize.ReviewKind;
import tutor.optimize.RevlogCsv;
import tutor.optimize.RevlogEntry;
import tutor.optimize.RevlogFormatException;
import tutor.optimize.TrainingConfig;
import tutor.optimize.TrainingItems;
import tutor.schedule.FsrsParameters;
import tutor.schedule.StudyDay;
import tutor.store.FittedParameters;
import tutor.store.Learner;
import tutor.store.LoggedReview;
import tutor.store.Store;
import tutor.study.LearnerSetup;

@Command(
    name = "optimize",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the 21 FSRS-6 memory parameters to your own reviews, so that review",
      "intervals follow how you remember rather than how an average learner does.",
      "",
      "Reviews are split by time: the fit sees the oldest 80%%, then the current and",
      "the fitted parameters both predict the newest 20%%. The fitted ones are adopted",
      "only if they predict those better (lower log loss). It takes at least "
          + Optimization.MINIMUM_ITEMS,
      "reviews made on a later day than the card's previous review; with fewer,",
      "nothing changes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor optimize                            fit on your own review history",
      "  tutor optimize --import-revlog anki.csv   fit on an exported review log",
      "  tutor optimize --dry-run --format json    what a fit would give; changes nothing",
      "",
      "CSV columns: card_id, review_time (epoch ms or 2024-03-01T09:30:00Z),",
      "rating (1-4), then optionally duration_ms and kind. A first line starting",
      "with \"card\" is a header. Days start at your day-starts-at hour (see",
      "tutor settings). Details: docs/optimize.md."
    })
final class OptimizeCommand implements Callable<Integer> {
  private static final String HISTORY = "history";

  @ParentCommand TutorCommand root;

  @Option(
      names = "--import-revlog",
      paramLabel = "FILE.csv",
      description = "Fit on this review log (CSV) instead of your history in tutor.")
  Path importRevlog;

  @Option(
      names = "--dry-run",
      description = "Fit and report, but keep the current parameters and record nothing.")
  boolean dryRun;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws IOException {
    List<String> lines = importRevlog == null ? null : readLines(importRevlog);
    Instant now = root.clock().instant();
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(now);
      LearnerSetup setup = Learners.setup(store, learner);
      StudyDay day = setup.settings().day();
      List<RevlogEntry> log =
          lines == null ? fromHistory(store.reviewLog(learner.id())) : parse(lines);
      ReviewDays days = ms -> day.dateOf(Instant.ofEpochMilli(ms)).toEpochDay();
      TrainingItems data = TrainingItems.fromRevlog(log, days);
      boolean adoptedBefore = store.adoptedParameters(learner.id()).isPresent();
      FsrsParameters current = setup.parameters();
      Optimization.Result r = Optimization.run(data.items(), current, TrainingConfig.DEFAULT);
      String source = importRevlog == null ? HISTORY : importRevlog.getFileName().toString();
      if (!dryRun && r.verdict() != Optimization.Verdict.NOT_ENOUGH_DATA) {
        boolean adopted = r.verdict() == Optimization.Verdict.ADOPTED;
        store.saveFittedParameters(
            new FittedParameters(
                learner.id(),
                now,
                source,
                data.reviewCount(),
                data.items().size(),
                adopted ? r.adopted() : r.heldOutFit().parameters(),
                r.before().logLoss(),
                r.after().logLoss(),
                r.before().rmseBins(),
                r.after().rmseBins(),
                adopted));
      }
      if (format == OutputFormat.json) {
        printJson(learner, source, log.size(), data, r);
      } else {
        printText(learner, source, data, r, adoptedBefore ? "current" : "default");
      }
    }
    return ExitCodes.OK;
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserException(ExitCodes.BAD_INPUT, file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new UserException(ExitCodes.BAD_INPUT, file + ": not UTF-8 text (is it a CSV file?)");
    } catch (IOException e) {
      throw new UserException(ExitCodes.BAD_INPUT, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private List<RevlogEntry> parse(List<String> lines) {
    try {
      return RevlogCsv.parse(importRevlog.toString(), lines);
    } catch (RevlogFormatException e) {
      throw new UserException(ExitCodes.BAD_INPUT, e.getMessage());
    }
  }

  /**
   * tutor's own answers: a card's answers while new or in learning steps are its learning start.
   */
  private static List<RevlogEntry> fromHistory(List<LoggedReview> reviews) {
    List<RevlogEntry> out = new ArrayList<>(reviews.size());
    for (LoggedReview r : reviews) {
      ReviewKind kind =
          switch (r.phaseBefore()) {
            case NEW, LEARNING -> ReviewKind.LEARN;
            case REVIEW -> ReviewKind.REVIEW;
            case RELEARNING -> ReviewKind.RELEARN;
          };
      out.add(
          new RevlogEntry(
              r.card().toString(), r.at().toEpochMilli(), r.rating(), r.responseMillis(), kind));
    }
    return out;
  }

  private void printText(
      Learner learner,
      String source,
      TrainingItems data,
      Optimization.Result r,
      String currentLabel) {
    PrintWriter out = root.ctx.out();
    String of =
        HISTORY.equals(source) ? "Your reviews in tutor (learner " + learner.name() + ")" : source;
    // Sentences fitted to the terminal (at 50 columns they ran to 92).
    int width = TerminalWidth.forProse(root.ctx); // piped: lines whole
    TextRows.print(
        out,
        String.format(
            Locale.ROOT, "%s: %,d reviews of %,d cards.", of, data.reviewCount(), data.cardCount()),
        width);
    TextRows.print(
        out,
        String.format(
            Locale.ROOT,
            "%,d of them came on a later day than the card's previous review: FSRS predicts those.",
            data.items().size()),
        width);
    if (r.verdict() == Optimization.Verdict.NOT_ENOUGH_DATA) {
      TextRows.print(
          out,
          String.format(
              Locale.ROOT,
              "That is too few to fit parameters: tutor needs at least %d. Keeping the %s"
                  + " parameters.",
              Optimization.MINIMUM_ITEMS,
              currentLabel),
          width);
      return;
    }
    out.printf(
        Locale.ROOT,
        "Fitted on the oldest %,d, then both parameter sets predicted the newest %,d:%n%n",
        r.items() - r.heldOutItems(),
        r.heldOutItems());
    out.printf("  %-10s %9s %11s   (lower is better)%n", "", "log loss", "RMSE(bins)");
    row(out, currentLabel, r.before());
    row(out, "fitted", r.after());
    out.println();
    if (r.verdict() == Optimization.Verdict.ADOPTED) {
      out.println(
          dryRun
              ? "The fitted parameters predict better, but --dry-run changes nothing. They would be:"
              : "Adopted: from now on tutor schedules your reviews with these, fitted again on all of them:");
      out.println("  w = " + format(r.adopted()));
    } else {
      out.println(
          "Kept the "
              + currentLabel
              + " parameters: the fitted ones do not predict the newest reviews better.");
    }
  }

  private static void row(PrintWriter out, String label, Metrics m) {
    out.printf(Locale.ROOT, "  %-10s %9.4f %11.4f%n", label, m.logLoss(), m.rmseBins());
  }

  private static String format(FsrsParameters p) {
    StringBuilder s = new StringBuilder("[");
    for (double v : p.toArray())
      s.append(s.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", v));
    return s.append(']').toString();
  }

  private void printJson(
      Learner learner, String source, int rows, TrainingItems data, Optimization.Result r)
      throws IOException {
    ObjectMapper m = Json.MAPPER;
    ObjectNode o = m.createObjectNode();
    o.put("learner", learner.name())
        .put("source", source)
        .put("rows", rows)
        .put("reviews", data.reviewCount())
        .put("cards", data.cardCount())
        .put("items", data.items().size())
        .put("minimum_items", Optimization.MINIMUM_ITEMS)
        .put("verdict", r.verdict().name().toLowerCase(Locale.ROOT))
        .put("dry_run", dryRun);
    if (r.verdict() != Optimization.Verdict.NOT_ENOUGH_DATA) {
      o.put("held_out_items", r.heldOutItems());
      o.putObject("before")
          .put("log_loss", r.before().logLoss())
          .put("rmse_bins", r.before().rmseBins());
      o.putObject("after")
          .put("log_loss", r.after().logLoss())
          .put("rmse_bins", r.after().rmseBins());
      var fitted = o.putArray("fitted_parameters");
      for (double v : r.heldOutFit().parameters().toArray()) fitted.add(v);
    }
    var params = o.putArray("parameters");
    for (double v : r.adopted().toArray()) params.add(v);
    root.ctx.out().println(m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
  }
}
