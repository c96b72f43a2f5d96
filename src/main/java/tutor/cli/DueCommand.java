package tutor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tutor.session.Durations;
import tutor.session.LearnerSettings;
import tutor.session.StudyDay;
import tutor.store.DueItem;
import tutor.store.DueOutlook;
import tutor.store.Learner;
import tutor.store.SqliteStore;

@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description = "What is due now, and how many reviews fall due on each of the coming days.",
    footerHeading = "%nExamples:%n",
    footer = {"  tutor due", "  tutor due --days 14", "  tutor due --format json"})
final class DueCommand implements Callable<Integer> {
  private static final int LISTED = 15;

  @ParentCommand TutorCommand root;

  @Option(names = "--days", paramLabel = "N", description = "How many days ahead to show (default 7).")
  int days = 7;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  OutputFormat format = OutputFormat.text;

  @Override
  public Integer call() throws Exception {
    if (days < 1 || days > 365) throw new UserException(ExitCodes.BAD_INPUT, "--days must be from 1 to 365");
    PrintWriter out = root.ctx.out();
    Instant now = root.clock().instant();
    try (SqliteStore store = root.openStore()) {
      Learner learner = store.currentLearner(now);
      StudyDay day = LearnerSettings.from(store.settings(learner.id()), ZoneId.systemDefault()).day();
      Instant horizon = day.endOf(now).plus(Duration.ofDays(days));
      // A review due today is due all day (the learner's day); a learning step only at its minute.
      Instant todayEnds = day.endOf(now);
      // Counted by the store on its due-time indexes, a span per study day: no card read to count it.
      LocalDate today = day.dateOf(now);
      List<Instant> bounds = new java.util.ArrayList<>();
      for (int i = 1; day.startOf(today.plusDays(i)).isBefore(horizon); i++) bounds.add(day.startOf(today.plusDays(i)));
      bounds.add(horizon);
      DueOutlook outlook = store.dueOutlook(learner.id(), now, todayEnds, bounds,
          format == OutputFormat.json ? Integer.MAX_VALUE : LISTED);
      List<DueItem> dueNow = outlook.listed();
      Map<LocalDate, Integer> perDay = new TreeMap<>();
      for (int i = 0; i <= days; i++) perDay.put(today.plusDays(i), 0);
      for (int i = 0; i < bounds.size(); i++) {
        if (outlook.later().get(i) > 0) perDay.merge(today.plusDays(i), outlook.later().get(i), Integer::sum);
      }
      if (format == OutputFormat.json) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("learner", learner.name()).put("now", now.toString()).put("due_now", outlook.dueNow());
        var list = o.putArray("due");
        for (DueItem i : dueNow) {
          list.addObject().put("pack", i.card().packId()).put("exercise", i.card().exerciseId())
              .put("skill", i.skillTitle()).put("due", i.due().toString())
              .put("phase", i.phase().name().toLowerCase(Locale.ROOT));
        }
        var forecast = o.putArray("upcoming");
        perDay.forEach((d, n) -> forecast.addObject().put("date", d.toString()).put("due", n));
        out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        return ExitCodes.OK;
      }
      out.println(outlook.dueNow() == 0 ? "Nothing is due now." : outlook.dueNow() + " due now:");
      for (DueItem i : dueNow.subList(0, Math.min(LISTED, dueNow.size()))) {
        out.printf("  %-12s %-28s %s%n", i.card().packId(), i.card().exerciseId(), i.skillTitle());
      }
      if (outlook.dueNow() > LISTED) out.printf("  ... and %d more%n", outlook.dueNow() - LISTED);
      outlook.next().ifPresent(next -> out.println("Next review " + Durations.in(Duration.between(now, next)) + "."));
      out.println("Coming days (reviews falling due):");
      perDay.forEach((d, n) -> out.printf("  %-10s %-10s %3d%n",
          d.equals(today) ? "today" : d.equals(today.plusDays(1)) ? "tomorrow" : "", tutor.session.EnglishDates.shortDate(d), n));
      out.println("Study with: tutor study");
    }
    return ExitCodes.OK;
  }
}
