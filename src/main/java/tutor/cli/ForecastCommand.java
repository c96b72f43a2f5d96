package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.schedule.CardState;
import tutor.schedule.Forecast;
import tutor.schedule.FsrsScheduler;
import tutor.session.LearnerSettings;
import tutor.store.Learner;
import tutor.store.Store;
import tutor.study.LearnerSetup;

@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Your review load for the coming days, from your own cards with the FSRS model, and how it",
      "changes with desired retention (0.80 / 0.85 / 0.90 / 0.95): choose one you can sustain",
      "(tutor settings desired-retention R). Counts assume every review is answered Good, so",
      "forgetting adds a little on top."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  tutor forecast", "  tutor forecast --days 60 --format json"})
final class ForecastCommand implements Callable<Integer> {
  static final double[] RETENTIONS = {0.80, 0.85, 0.90, 0.95};

  @ParentCommand TutorCommand root;

  @Option(names = "--days", paramLabel = "N", description = "How many days ahead (default 30).")
  int days = 30;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    if (days < 1 || days > 365)
      throw new UserException(ExitCodes.BAD_INPUT, "--days must be from 1 to 365");
    Instant now = root.clock().instant();
    PrintWriter out = root.ctx.out();
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(now);
      LearnerSetup setup = Learners.setup(store, learner);
      LearnerSettings settings = setup.settings();
      LocalDate today = settings.day().dateOf(now);
      // Suspended leeches are out of study until unsuspended: no load to plan for (as in Anki).
      java.util.Set<tutor.pack.CardKey> suspended =
          store.leeches(learner.id()).stream()
              .filter(tutor.store.Leech::suspended)
              .map(tutor.store.Leech::card)
              .collect(java.util.stream.Collectors.toSet());
      Collection<CardState> cards =
          store.studyOutline(learner.id()).cards().entrySet().stream()
              .filter(e -> !suspended.contains(e.getKey()))
              .map(java.util.Map.Entry::getValue)
              .toList();
      int[][] load = new int[RETENTIONS.length][];
      for (int i = 0; i < RETENTIONS.length; i++) {
        FsrsScheduler scheduler =
            new FsrsScheduler(
                setup.withDesiredRetention(RETENTIONS[i]).schedulerConfig().withFuzz(false));
        load[i] =
            Forecast.reviewsPerDay(
                cards,
                scheduler,
                now,
                days,
                t -> ChronoUnit.DAYS.between(today, settings.day().dateOf(t)));
      }
      if (format == OutputFormat.json) {
        ObjectMapper m = Json.MAPPER;
        ObjectNode o =
            m.createObjectNode()
                .put("learner", learner.name())
                .put("from", today.toString())
                .put("desired_retention", settings.desiredRetention());
        ArrayNode arr = o.putArray("forecast");
        for (int i = 0; i < RETENTIONS.length; i++) {
          ObjectNode r = arr.addObject().put("retention", RETENTIONS[i]).put("total", sum(load[i]));
          ArrayNode perDay = r.putArray("due");
          for (int d = 0; d < days; d++)
            perDay.addObject().put("date", today.plusDays(d).toString()).put("due", load[i][d]);
        }
        out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        return ExitCodes.OK;
      }
      if (cards.isEmpty()) {
        out.println(
            suspended.isEmpty()
                ? "No reviews yet: study first (tutor study), then see your load here."
                : "No reviews to come: your only cards are suspended leeches (see: tutor leeches).");
        return ExitCodes.OK;
      }
      // Thirty days and more do not fit a screen: paged at a terminal, as stats is, so that the
      // heading naming the columns is read before it scrolls away.
      List<String> lines = new ArrayList<>();
      String heading =
          String.format(
              Locale.ROOT,
              "Exercises due per day for %s, each once a day, if every review is done when due"
                  + " and answered Good (desired retention now %.2f; tutor due shows what is"
                  + " scheduled now, before today's reviews move it):",
              learner.name(),
              settings.desiredRetention());
      StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "day"));
      for (double r : RETENTIONS)
        head.append(String.format(Locale.ROOT, " %6s", String.format(Locale.ROOT, "%.2f", r)));
      lines.add(head.toString());
      DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
      for (int d = 0; d < days; d++) {
        StringBuilder row =
            new StringBuilder(
                String.format(
                    Locale.ROOT, "  %-12s", d == 0 ? "today" : f.format(today.plusDays(d))));
        for (int[] l : load) row.append(String.format(Locale.ROOT, " %6d", l[d]));
        lines.add(row.toString());
      }
      StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "total"));
      for (int[] l : load) total.append(String.format(Locale.ROOT, " %6d", sum(l)));
      lines.add(total.toString());
      StringBuilder perDay = new StringBuilder(String.format(Locale.ROOT, "  %-12s", "per day"));
      for (int[] l : load)
        perDay.append(String.format(Locale.ROOT, " %6.1f", sum(l) / (double) days));
      lines.add(perDay.toString());
      return Paged.print(
          root,
          width -> {
            List<String> all = new ArrayList<>(TextRows.wrap(heading, width));
            all.addAll(lines);
            all.addAll(
                TextRows.wrap(
                    "Higher retention means more reviews; change it with:"
                        + " tutor settings desired-retention R",
                    width));
            return all;
          });
    }
  }

  private static int sum(int[] a) {
    int s = 0;
    for (int v : a) s += v;
    return s;
  }
}
