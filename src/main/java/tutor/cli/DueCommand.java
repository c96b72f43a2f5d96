package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.json.Json;
import tutor.schedule.StudyDay;
import tutor.store.DueItem;
import tutor.store.DueOutlook;
import tutor.store.Learner;
import tutor.store.Store;

@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description = "What is due now, and how many reviews fall due on each of the coming days.",
    footerHeading = "%nExamples:%n",
    footer = {"  tutor due", "  tutor due --days 14", "  tutor due --format json"})
final class DueCommand implements Callable<Integer> {
  private static final int LISTED = 15;

  @ParentCommand TutorCommand root;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "How many days ahead to show (default 7).")
  int days = 7;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    if (days < 1 || days > 365)
      throw new UserException(ExitCodes.BAD_INPUT, "--days must be from 1 to 365");
    PrintWriter out = root.ctx.out();
    Instant now = root.clock().instant();
    try (Store store = root.openStore()) {
      Learner learner = store.currentLearner(now);
      StudyDay day = Learners.setup(store, learner).settings().day();
      Instant horizon = day.endOf(now).plus(Duration.ofDays(days));
      // A review due today is due all day (the learner's day); a learning step only at its minute.
      Instant todayEnds = day.endOf(now);
      // Counted by the store on its due-time indexes, a span per study day: no card read to count
      // it.
      LocalDate today = day.dateOf(now);
      List<Instant> bounds = new java.util.ArrayList<>();
      for (int i = 1; day.startOf(today.plusDays(i)).isBefore(horizon); i++)
        bounds.add(day.startOf(today.plusDays(i)));
      bounds.add(horizon);
      DueOutlook outlook =
          store.dueOutlook(
              learner.id(),
              now,
              todayEnds,
              bounds,
              format == OutputFormat.json ? Integer.MAX_VALUE : LISTED);
      List<DueItem> dueNow = outlook.listed();
      Map<LocalDate, Integer> perDay = new TreeMap<>();
      for (int i = 0; i <= days; i++) perDay.put(today.plusDays(i), 0);
      for (int i = 0; i < bounds.size(); i++) {
        if (outlook.later().get(i) > 0)
          perDay.merge(today.plusDays(i), outlook.later().get(i), Integer::sum);
      }
      // Today counts what is due now as well (overdue included): "8 due now" never beside "today
      // 0".
      perDay.merge(today, outlook.dueNow(), Integer::sum);
      if (format == OutputFormat.json) {
        ObjectMapper m = Json.MAPPER;
        ObjectNode o = m.createObjectNode();
        double secs = secondsPerExercise(store, learner);
        o.put("learner", learner.name())
            .put("now", now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString())
            .put("due_now", outlook.dueNow())
            .put("minutes_estimate", Math.round(outlook.dueNow() * secs / 6) / 10.0);
        var list = o.putArray("due");
        for (DueItem i : dueNow) {
          list.addObject()
              .put("pack", i.card().packId())
              .put("exercise", i.card().exerciseId())
              .put("skill", i.skillTitle())
              .put("due", i.due().toString())
              .put("phase", i.phase().name().toLowerCase(Locale.ROOT));
        }
        var forecast = o.putArray("upcoming");
        perDay.forEach((d, n) -> forecast.addObject().put("date", d.toString()).put("due", n));
        out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        return ExitCodes.OK;
      }
      List<DueItem> listed = dueNow.subList(0, Math.min(LISTED, dueNow.size()));
      double seconds = secondsPerExercise(store, learner);
      // Paged at a terminal, as forecast is: at 50x20 the list and the days scrolled "12 due now"
      // off the top.
      return Paged.print(
          root,
          width -> {
            java.io.StringWriter text = new java.io.StringWriter();
            DueText.print(
                new PrintWriter(text),
                width,
                now,
                outlook.dueNow(),
                listed,
                outlook.next(),
                perDay,
                today,
                seconds,
                i ->
                    store
                        .exercise(i.card())
                        .map(tutor.pack.Exercise::prompt)
                        .filter(p -> !p.isBlank())
                        .orElse(i.card().exerciseId()));
            return text.toString().lines().toList();
          });
    }
  }

  /** The time an exercise takes, as goal plans count it (study time, enough answers or 30 s). */
  private static double secondsPerExercise(Store store, Learner learner) {
    return store.goals().answerTimes(learner.id()).secondsPerExercise();
  }
}
