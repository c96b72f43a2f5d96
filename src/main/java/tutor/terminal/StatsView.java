package tutor.terminal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.mastery.Level;
import tutor.stats.DueDay;
import tutor.stats.GoalLine;
import tutor.stats.PackRow;
import tutor.stats.Period;
import tutor.stats.SkillRow;
import tutor.stats.StatsReport;
import tutor.stats.Streaks;

/**
 * {@code tutor stats} as text lines of at most {@link #WIDTH} columns: charts with symbols and
 * colour, or, in words-only mode, sentences that say the same (for screen readers and logs).
 */
public final class StatsView {
  public static final int WIDTH = 80;
  static final int HEATMAP_WEEKS = 26;
  private static final int BAR = 20;
  private static final int TIME_BAR = 14;
  private static final int TITLE = 38;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter FULL_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter FULL_MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private final StatsReport r;
  private final Style style;
  private final boolean symbols;
  private final List<String> out = new ArrayList<>();

  /** The columns the lines may take: the terminal's, at most {@link #WIDTH}. */
  private final int width;

  /**
   * A narrow screen (under 70 columns) gets shorter bars and titles, and fewer weeks of calendar.
   */
  private final boolean narrow;

  private final int bar;
  private final int timeBar;
  private final int titleWidth;
  private final int weeks;

  private StatsView(StatsReport r, Style style, int width) {
    this.r = r;
    this.style = style;
    this.symbols = style.symbols();
    this.width = Math.max(40, Math.min(WIDTH, width));
    this.narrow = this.width < 70;
    this.bar = narrow ? 10 : BAR;
    this.timeBar = narrow ? 8 : TIME_BAR;
    // The skill's row: two spaces, title, two spaces, bar, " 100%  ", level (up to 8: "mastered").
    this.titleWidth = Math.min(TITLE, this.width - 2 - 2 - bar - 7 - 8);
    // The calendar: five columns of day names, then two a week.
    this.weeks = Math.min(HEATMAP_WEEKS, (this.width - 6) / 2);
  }

  public static List<String> render(StatsReport report, Style style) {
    return render(report, style, WIDTH);
  }

  /**
   * The report in lines that fit {@code width} columns (the terminal's; at most {@link #WIDTH}).
   */
  public static List<String> render(StatsReport report, Style style, int width) {
    StatsView v = new StatsView(report, style, width);
    v.header();
    v.mastery();
    v.graph();
    v.due();
    v.calendar();
    v.retention();
    v.time();
    v.goals();
    return v.out;
  }

  private void header() {
    for (String line :
        Wrap.lines("Progress of " + r.learner() + ", " + FULL_DAY.format(r.today()), width, "")) {
      out.add(style.bold(line));
    }
  }

  private void heading(String text) {
    out.add("");
    for (String line : Wrap.lines(text, width, "")) out.add(style.bold(line));
  }

  private void para(String text, String indent) {
    out.addAll(Wrap.lines(text, width, indent));
  }

  // ---- mastery per pack and skill ----

  private void mastery() {
    if (r.packs().isEmpty()) {
      heading("Skills");
      para("No packs installed. Add one with: tutor pack add PATH", "  ");
      return;
    }
    for (PackRow p : r.packs()) {
      heading(p.title() + " (" + p.packId() + ")");
      para(counts(p) + (symbols ? "" : "."), "  ");
      for (SkillRow s : p.skills()) {
        String level = s.level().label();
        if (!symbols) {
          StringBuilder sb = new StringBuilder(s.title()).append(": ").append(level);
          if (s.level() == Level.LOCKED) sb.append(" (needs ").append(unmet(s, p)).append(')');
          sb.append(", ").append(pct(s.pKnown())).append(" known");
          if (s.level() == Level.FADING) sb.append(", recall ").append(pct(s.recall()));
          sb.append(", ")
              .append(s.seen())
              .append(" of ")
              .append(s.exercises())
              .append(" exercises seen.");
          para(sb.toString(), "  ");
          continue;
        }
        String title = Charts.pad(Charts.fit(s.title(), titleWidth, true), titleWidth);
        String bar = paint(s.level(), Charts.bar(s.pKnown(), this.bar));
        out.add(
            "  "
                + title
                + "  "
                + bar
                + String.format(" %4s  ", pct(s.pKnown()))
                + paint(s.level(), level));
      }
    }
  }

  private String counts(PackRow p) {
    Map<Level, Integer> n = new EnumMap<>(Level.class);
    int seen = 0;
    int exercises = 0;
    for (SkillRow s : p.skills()) {
      n.merge(s.level(), 1, Integer::sum);
      seen += s.seen();
      exercises += s.exercises();
    }
    List<String> parts = new ArrayList<>();
    for (Level l :
        List.of(
            Level.MASTERED,
            Level.LEARNED,
            Level.PLACED,
            Level.FADING,
            Level.LEARNING,
            Level.NEW,
            Level.LOCKED)) {
      if (n.containsKey(l)) parts.add(n.get(l) + " " + l.label());
    }
    return String.join(", ", parts) + "; " + seen + " of " + exercises + " exercises seen";
  }

  private static String unmet(SkillRow s, PackRow p) {
    Map<String, SkillRow> byId = new HashMap<>();
    for (SkillRow x : p.skills()) byId.put(x.skillId(), x);
    List<String> out = new ArrayList<>();
    for (String req : s.requires()) {
      SkillRow x = byId.get(req);
      if (x == null || !x.level().known()) out.add(x == null ? req : x.title());
    }
    return String.join(", ", out);
  }

  private String paint(Level level, String s) {
    return switch (level) {
      case MASTERED -> style.green(s);
      case LEARNED, PLACED -> style.blue(s);
      case FADING -> style.yellow(s);
      case LEARNING -> style.cyan(s);
      case NEW -> s;
      case LOCKED -> style.dim(s);
    };
  }

  // ---- the knowledge graph ----

  private void graph() {
    for (PackRow p : r.packs()) {
      if (p.skills().isEmpty()) continue;
      heading(
          "Knowledge graph of "
              + p.title()
              + (symbols ? "" : "; each skill is listed under the skill it builds on"));
      if (symbols && style.color()) {
        List<String> legend = new ArrayList<>();
        for (Level l :
            List.of(
                Level.MASTERED,
                Level.LEARNED,
                Level.PLACED,
                Level.FADING,
                Level.LEARNING,
                Level.NEW,
                Level.LOCKED)) {
          legend.add(paint(l, l.label()));
        }
        para(String.join("  ", legend), "  ");
      }
      for (String line : Charts.tree(roots(p), symbols)) {
        if (symbols) out.add("  " + line);
        else out.addAll(Wrap.lines("  " + line, width, ""));
      }
    }
  }

  /** Each skill goes under the prerequisite taught last, so it appears once; others are named. */
  private List<Charts.Node> roots(PackRow p) {
    Map<String, Integer> position = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (int i = 0; i < p.skills().size(); i++) {
      position.put(p.skills().get(i).skillId(), i);
      titles.put(p.skills().get(i).skillId(), p.skills().get(i).title());
    }
    Map<String, List<SkillRow>> children = new HashMap<>();
    List<SkillRow> roots = new ArrayList<>();
    for (SkillRow s : p.skills()) {
      String parent = parent(s, position);
      if (parent == null) roots.add(s);
      else children.computeIfAbsent(parent, k -> new ArrayList<>()).add(s);
    }
    List<Charts.Node> out = new ArrayList<>();
    for (SkillRow s : roots) out.add(node(s, children, position, titles, 1));
    return out;
  }

  private static String parent(SkillRow s, Map<String, Integer> position) {
    String parent = null;
    for (String req : s.requires()) {
      if (position.containsKey(req) && (parent == null || position.get(req) > position.get(parent)))
        parent = req;
    }
    return parent;
  }

  private Charts.Node node(
      SkillRow s,
      Map<String, List<SkillRow>> children,
      Map<String, Integer> position,
      Map<String, String> titles,
      int depth) {
    List<Charts.Node> kids = new ArrayList<>();
    for (SkillRow c : children.getOrDefault(s.skillId(), List.of())) {
      kids.add(node(c, children, position, titles, depth + 1));
    }
    return new Charts.Node(label(s, parent(s, position), titles, depth), kids);
  }

  private String label(SkillRow s, String parent, Map<String, String> titles, int depth) {
    if (!symbols) {
      List<String> needs = s.requires().stream().map(id -> titles.getOrDefault(id, id)).toList();
      return s.title()
          + ": "
          + s.level().label()
          + (needs.isEmpty() ? "" : "; builds on " + and(needs));
    }
    List<String> others =
        s.requires().stream()
            .filter(id -> !id.equals(parent))
            .map(id -> titles.getOrDefault(id, id))
            .toList();
    int room = width - 2 - 3 * depth;
    String level = "  " + s.level().label();
    String title = Charts.fit(s.title(), Math.max(10, room - level.length()), true);
    int left = room - title.length() - level.length();
    String also = "";
    if (!others.isEmpty()) {
      // In the words of the plain page ("builds on"): "(+3 more needed)" beside "learned" read as
      // if something were missing, not as the skill's other prerequisites.
      also = "  (also builds on " + String.join(", ", others) + ")";
      if (also.length() > left)
        also =
            "  (also builds on "
                + others.size()
                + (others.size() == 1 ? " other skill)" : " other skills)");
      String n = "  (+" + others.size();
      if (also.length() > left)
        also = n + (others.size() == 1 ? " prerequisite)" : " prerequisites)");
      if (also.length() > left) also = n + (others.size() == 1 ? " prereq)" : " prereqs)");
      if (also.length() > left) also = "";
    }
    return paint(s.level(), title) + style.dim(level + also);
  }

  private static String and(List<String> items) {
    if (items.size() == 1) return items.get(0);
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  // ---- reviews due per day ----

  private void due() {
    int total = r.dueTotal();
    if (total == 0) {
      heading("Reviews due in the next " + r.due().size() + " days: none");
      return;
    }
    DueDay busiest =
        r.due().stream().max((a, b) -> Integer.compare(a.due(), b.due())).orElseThrow();
    heading(
        "Reviews due in the next "
            + r.due().size()
            + " days: "
            + total
            + " (busiest day: "
            + dayName(busiest.date())
            + ", "
            + busiest.due()
            + ")");
    if (!symbols) {
      List<String> days = new ArrayList<>();
      for (DueDay d : r.due()) if (d.due() > 0) days.add(dayName(d.date()) + ": " + d.due());
      para(String.join("; ", days) + "; none on the other days.", "  ");
      return;
    }
    List<Integer> values = r.due().stream().map(DueDay::due).toList();
    List<String> rows =
        Charts.columns(values, Math.max(1, Math.min(6, busiest.due()))); // small counts: a row each
    // A column a day, with a space between where the screen has room for it.
    int step = 6 + 2 * values.size() <= width ? 2 : 1;
    for (int i = 0; i < rows.size(); i++) {
      String axis = i == 0 ? String.format("%4d ┤", busiest.due()) : "     │";
      out.add(axis + style.cyan(step == 2 ? spaced(rows.get(i)) : rows.get(i)).stripTrailing());
    }
    out.add("     └" + "─".repeat(step * values.size()));
    StringBuilder labels = new StringBuilder("      ");
    for (int i = 0; i < values.size(); i += 7) {
      while (labels.length() < 6 + step * i) labels.append(' ');
      labels.append(
          i == 0
              ? "today"
              : r.due().get(i).date().format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)));
    }
    out.add(labels.toString());
  }

  /** Each character followed by a space, so columns stand apart. */
  private static String spaced(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) sb.append(ch).append(' ');
    return sb.toString();
  }

  private String dayName(LocalDate d) {
    if (d.equals(r.today())) return "today";
    if (d.equals(r.today().plusDays(1))) return "tomorrow";
    return DAY.format(d);
  }

  // ---- study calendar and streaks ----

  private void calendar() {
    LocalDate from = r.today().minusWeeks(weeks - 1L).with(java.time.DayOfWeek.MONDAY);
    Period span = r.activity().between(from, r.today());
    Streaks s = r.streaks();
    heading("Study days in the last " + weeks + " weeks: " + span.studyDays());
    para(
        "Current streak: "
            + days(s.current())
            + ". Longest: "
            + days(s.longest())
            + (s.longest() > 0
                ? ", to "
                    + DAY.format(s.longestEnd())
                    + (s.longestEnd().getYear() == r.today().getYear()
                        ? ""
                        : " " + s.longestEnd().getYear())
                : "")
            + ".",
        "  ");
    if (!symbols) {
      for (java.time.YearMonth m = java.time.YearMonth.from(from);
          !m.isAfter(java.time.YearMonth.from(r.today()));
          m = m.plusMonths(1)) {
        LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
        Period p = r.activity().between(start, m.atEndOfMonth());
        if (p.studyDays() > 0) {
          para(
              FULL_MONTH.format(m) + ": " + days(p.studyDays()) + ", " + answers(p.answers()) + ".",
              "  ");
        }
      }
      if (span.studyDays() == 0) out.add("  No study days yet.");
      return;
    }
    Map<LocalDate, Integer> counts = new HashMap<>();
    r.activity().days().forEach((d, p) -> counts.put(d, p.answers()));
    for (String line :
        Charts.heatmap(
            counts, r.today(), weeks, (n, cell) -> n > 0 ? style.green(cell) : style.dim(cell))) {
      out.add(line);
    }
    out.add("     less " + style.dim("·") + " " + style.green("░ ▒ ▓ █") + " more answers a day");
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static String answers(int n) {
    return n + (n == 1 ? " answer" : " answers");
  }

  private static String reviews(int n) {
    return n + (n == 1 ? " review" : " reviews");
  }

  // ---- retention ----

  private void retention() {
    heading(
        "Retention: due reviews remembered per month (target "
            + pct(r.desiredRetention())
            + (symbols ? ", the │ mark)" : ")"));
    boolean any = false;
    for (Period m : r.months()) {
      if (m.reviews() == 0) {
        if (!symbols) continue;
        out.add("  " + MONTH.format(m.start()) + "  " + style.dim("no reviews"));
        continue;
      }
      any = true;
      double rate = m.retention();
      boolean below = rate < r.desiredRetention();
      if (!symbols) {
        para(
            FULL_MONTH.format(m.start())
                + ": "
                + pct(rate)
                + " of "
                + reviews(m.reviews())
                + " remembered, "
                + (below ? "below" : "at or above")
                + " the target.",
            "  ");
        continue;
      }
      String bar = Charts.bar(rate, r.desiredRetention(), this.bar);
      String shown = below ? style.yellow(bar) : style.green(bar);
      out.add(
          "  "
              + MONTH.format(m.start())
              + "  "
              + shown
              + String.format(" %4s  of %s", pct(rate), reviews(m.reviews())));
    }
    if (!any) {
      para("No reviews yet: they start once exercises come back after their learning steps.", "  ");
    }
  }

  // ---- time studied ----

  private void time() {
    heading("Time studied (time taken to answer; answers typed through a pipe are not timed)");
    if (r.activity().days().isEmpty()) {
      para("Nothing yet: start with tutor study.", "  ");
      return;
    }
    long maxDay = r.days().stream().mapToLong(Period::timedMillis).max().orElse(0);
    // Days before the first answer say nothing, as weeks do: a learner on their first day saw six
    // days of "no study" from before they began.
    java.time.LocalDate first = r.activity().days().firstKey();
    for (Period d : r.days()) {
      if (!d.start().isBefore(first)) out.addAll(timeLine(DAY.format(d.start()), d, maxDay, false));
    }
    long maxWeek = r.weeks().stream().mapToLong(Period::timedMillis).max().orElse(0);
    boolean started = false;
    for (Period w : r.weeks()) {
      started |= !r.activity().days().headMap(w.end().plusDays(1)).isEmpty();
      if (!started) continue; // weeks before the first answer say nothing
      out.addAll(
          timeLine(
              "Week of " + w.start().format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)),
              w,
              maxWeek,
              true));
    }
  }

  private List<String> timeLine(String label, Period p, long max, boolean week) {
    String days = week && p.studyDays() > 0 ? days(p.studyDays()) + ", " : "";
    String untimed = p.untimed() > 0 && !p.timeUnknown() ? ", " + p.untimed() + " untimed" : "";
    if (!symbols) {
      String time =
          p.answers() == 0
              ? "no study"
              : p.timeUnknown() ? "time unknown" : minutes(p.timedMillis(), false);
      return Wrap.lines(
          label
              + ": "
              + time
              + (p.answers() == 0 ? "" : " (" + days + answers(p.answers()) + untimed + ")")
              + ".",
          width,
          "  ");
    }
    String bar =
        p.timeUnknown()
            ? Charts.pad("unknown", timeBar)
            : style.green(Charts.bar(max == 0 ? 0 : p.timedMillis() / (double) max, timeBar));
    String time = p.answers() == 0 ? "-" : p.timeUnknown() ? "" : minutes(p.timedMillis(), true);
    String chart =
        "  " + Charts.pad(label, 14) + "  " + bar + "  " + Charts.pad(time, narrow ? 8 : 11);
    String details = p.answers() == 0 ? "" : days + answers(p.answers()) + untimed;
    if (Wrap.columns(chart + details) <= width) return List.of((chart + details).stripTrailing());
    // Too long for a narrow screen: the counts go on the line below, under the bar.
    List<String> lines = new ArrayList<>();
    lines.add(chart.stripTrailing());
    lines.addAll(Wrap.lines(details, width, " ".repeat(18)));
    return lines;
  }

  /** 45 s → "<1 min"; 14 min; 1 h 05 min (or in words: 14 minutes, 1 hour 5 minutes). */
  static String minutes(long millis, boolean compact) {
    long m = Math.round(millis / 60000.0);
    if (compact) {
      if (m < 1) return "<1 min";
      return m < 60 ? m + " min" : String.format("%d h %02d min", m / 60, m % 60);
    }
    if (m < 1) return "less than a minute";
    String mins = (m % 60) + ((m % 60) == 1 ? " minute" : " minutes");
    if (m < 60) return mins;
    String hours = (m / 60) + ((m / 60) == 1 ? " hour" : " hours");
    return m % 60 == 0 ? hours : hours + " " + mins;
  }

  // ---- goals ----

  private void goals() {
    heading("Goals");
    if (r.goals().isEmpty()) {
      para("None yet. Add one with: tutor goal add --pack ID --by DATE", "  ");
      return;
    }
    for (GoalLine g : r.goals()) {
      String status =
          switch (g.status()) {
            case "done", "ahead", "on track" -> style.green(g.status());
            case "behind", "not started" -> style.yellow(g.status());
            default -> g.status();
          };
      para("Goal " + g.id() + ", " + g.goal() + ": " + status, "  ");
      para(g.summary(), "    ");
    }
  }

  static String pct(double p) {
    return Math.round(p * 100) + "%";
  }
}
