package tutor.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import tutor.grade.ResultTable;

/**
 * The verdict on a learner's SQL: run on a fresh copy of the fixture and compared with the
 * reference solution's result. A statement SQLite refuses, one that runs too long or returns too
 * many rows is a wrong answer with the reason in words, never an error. Fixtures and reference
 * results are computed once and kept (they depend only on the exercise).
 */
public final class SqlGrading {
  /** Rows of the learner's and the expected result shown with a wrong answer. */
  static final int FIRST_ROWS = 3;

  /** Missing or extra rows listed with a wrong answer. */
  static final int LISTED_ROWS = 5;

  /**
   * Fixture images and reference results kept, most recently used first: enough for the exercise
   * being graded, its variants and a few more. Not more: installing a pack checks every reference
   * on every variant, and 64 of each (an image of the fixture and the fixture's text as a key per
   * variant) were 2 MB that a study session kept to its end.
   */
  private static final int CACHED = 16;

  /**
   * One SQL exercise as the engine needs it.
   *
   * @param fixtureSql the fixture's script (CREATE TABLE and INSERT statements)
   * @param change the statement changes data (graded by what it leaves); false: a query
   * @param check for a change, the query whose result is compared; null: every table and index
   * @param variants scripts run on a copy of the fixture first; the answer is compared there too
   */
  public record Task(
      String fixtureName,
      String fixtureSql,
      String solution,
      boolean change,
      String check,
      ResultComparison.Options options,
      List<String> variants) {
    public Task {
      variants = List.copyOf(variants);
    }

    /** Graded on the fixture alone. */
    public Task(
        String fixtureName,
        String fixtureSql,
        String solution,
        boolean change,
        String check,
        ResultComparison.Options options) {
      this(fixtureName, fixtureSql, solution, change, check, options, List.of());
    }

    /** The same exercise on the fixture changed by {@code variant} (a fixture of its own). */
    Task on(String variant) {
      return new Task(
          fixtureName,
          fixtureSql.stripTrailing() + "\n;\n" + variant,
          solution,
          change,
          check,
          options,
          List.of());
    }
  }

  /** The verdict, what to say, and the rows to show (empty when right). */
  public record Verdict(boolean correct, String detail, List<ResultTable> tables) {
    public Verdict {
      tables = List.copyOf(tables);
    }
  }

  private final Limits limits;
  private final Supplier<Deadline> deadlines;
  private final Map<String, SqlSandbox.Fixture> fixtures = lru();
  private final Map<List<Object>, SqlSandbox.Run> references = lru();

  /**
   * @param deadlines a new deadline for each run (the time a statement may take starts there)
   */
  public SqlGrading(Limits limits, Supplier<Deadline> deadlines) {
    this.limits = limits;
    this.deadlines = deadlines;
  }

  /** The grading the tutor uses: {@link Limits#LEARNER}, on the system's monotonic clock. */
  public static final SqlGrading STANDARD =
      new SqlGrading(Limits.LEARNER, () -> Deadline.after(Limits.LEARNER.time(), System::nanoTime));

  /** The fixture loaded; an author's error says the line of its script. */
  public SqlSandbox.Fixture fixture(String name, String script) throws SqlSandbox.FixtureException {
    synchronized (fixtures) {
      SqlSandbox.Fixture f = fixtures.get(script);
      if (f != null) return f;
    }
    Limits l = Limits.FIXTURE;
    SqlSandbox.Fixture f =
        SqlSandbox.load(name, script, l, () -> Deadline.after(l.time(), System::nanoTime));
    synchronized (fixtures) {
      fixtures.put(script, f);
    }
    return f;
  }

  /** What the reference solution gives, or why it fails (for pack validate). */
  public SqlSandbox.Run reference(Task t) throws SqlSandbox.FixtureException {
    List<Object> key = List.of(t.fixtureSql(), t.solution(), t.change(), String.valueOf(t.check()));
    synchronized (references) {
      SqlSandbox.Run r = references.get(key);
      if (r != null) return r;
    }
    // The reference gets the fixture's time: it is the author's, run once, and must not fail on a
    // slow machine.
    Limits l = Limits.FIXTURE;
    SqlSandbox.Run r =
        SqlSandbox.run(
            fixture(t.fixtureName(), t.fixtureSql()),
            t.solution(),
            after(t),
            new Limits(l.time(), limits.rows()),
            Deadline.after(l.time(), System::nanoTime));
    if (r instanceof SqlSandbox.Run.Ran) {
      synchronized (references) {
        references.put(key, r);
      }
    }
    return r;
  }

  /**
   * The verdict on the fixture, then on each variant of it: a statement that happens to leave the
   * one fixture right (an UPDATE without its guard, a value copied off the data) is caught where
   * the data differ, and told which change to the data showed it.
   */
  public Verdict grade(Task t, String typed) {
    Verdict v = gradeOnce(t, typed);
    for (String variant : t.variants()) {
      if (!v.correct()) return v;
      Verdict on = gradeOnce(t.on(variant), typed);
      if (!on.correct()) {
        return new Verdict(
            false,
            "Right on the data as given, but not on the same data changed first by "
                + oneLine(variant)
                + ". "
                + on.detail(),
            on.tables());
      }
    }
    return v;
  }

  private static String oneLine(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ");
    return s.endsWith(";") ? s.substring(0, s.length() - 1) : s;
  }

  private Verdict gradeOnce(Task t, String typed) {
    SqlSandbox.Run expected;
    SqlSandbox.Fixture fixture;
    try {
      fixture = fixture(t.fixtureName(), t.fixtureSql());
      expected = reference(t);
    } catch (SqlSandbox.FixtureException e) {
      return new Verdict(
          false,
          "This exercise's fixture does not load (line "
              + e.line()
              + ": "
              + e.getMessage()
              + "); tell the pack's author.",
          List.of());
    }
    if (!(expected instanceof SqlSandbox.Run.Ran want)) {
      return new Verdict(
          false,
          "This exercise's reference solution fails ("
              + ((SqlSandbox.Run.Failed) expected).message()
              + "); tell the pack's author.",
          List.of());
    }
    SqlSandbox.Run got = SqlSandbox.run(fixture, typed, after(t), limits, deadlines.get());
    if (got instanceof SqlSandbox.Run.Failed failed) {
      String detail =
          switch (failed.why()) {
            case SQL -> "SQLite says: " + failed.message();
            case REFUSED, TIME -> failed.message();
            case ROWS ->
                failed.message()
                    + " The expected result has "
                    + ResultComparison.plural(want.relations().get(0).rows().size(), "row")
                    + ".";
          };
      return new Verdict(false, detail, List.of());
    }
    return compare(want.relations(), ((SqlSandbox.Run.Ran) got).relations(), t);
  }

  private static SqlSandbox.After after(Task t) {
    if (!t.change()) return null;
    return t.check() == null || t.check().isBlank()
        ? new SqlSandbox.After.Tables()
        : new SqlSandbox.After.Check(t.check());
  }

  /** Compares what the statements gave: one result, or (after a change) tables then indexes. */
  static Verdict compare(List<Relation> want, List<Relation> got, Task t) {
    if (!t.change() || (t.check() != null && !t.check().isBlank())) {
      return verdict(
          want.get(0),
          got.get(0),
          t.options(),
          t.change() ? "after your statement, the check query" : "");
    }
    Set<String> wantNames = names(want);
    Set<String> gotNames = names(got);
    if (!wantNames.equals(gotNames)) {
      Set<String> missing = new TreeSet<>(wantNames);
      missing.removeAll(gotNames);
      Set<String> extra = new TreeSet<>(gotNames);
      extra.removeAll(wantNames);
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty())
        parts.add("expected table " + String.join(", ", missing) + " is not there");
      if (!extra.isEmpty()) parts.add("table " + String.join(", ", extra) + " should not be there");
      return new Verdict(
          false, "After your statement, " + String.join("; ", parts) + ".", List.of());
    }
    for (Relation w : want) {
      Relation g =
          got.stream().filter(r -> r.name().equalsIgnoreCase(w.name())).findFirst().orElseThrow();
      if (w.name().equals(SqlSandbox.INDEXES) && w == want.get(want.size() - 1)) {
        Optional<ResultComparison.Difference> d =
            ResultComparison.compare(w, g, new ResultComparison.Options(false, true, 0));
        if (d.isPresent()) {
          return new Verdict(
              false,
              "After your statement, the indexes differ (by table, columns, uniqueness or a WHERE).",
              tables(w, g, d.get(), "Indexes after your statement", "Expected indexes"));
        }
        continue;
      }
      Relation aligned = byName(w, g);
      if (aligned == null) {
        return new Verdict(
            false,
            "After your statement, table "
                + w.name()
                + " has columns ("
                + String.join(", ", g.columns())
                + "); expected ("
                + String.join(", ", w.columns())
                + ").",
            List.of());
      }
      ResultComparison.Options o =
          new ResultComparison.Options(false, true, t.options().tolerance());
      Verdict v = verdict(w, aligned, o, "after your statement, table " + w.name());
      if (!v.correct()) return v;
    }
    return new Verdict(true, "", List.of());
  }

  /** Names of the relations compared after a change (tables, then "indexes"). */
  private static Set<String> names(List<Relation> rs) {
    Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Relation r : rs) s.add(r.name());
    return s;
  }

  /** {@code got}'s columns in {@code want}'s order by name, or null when the names differ. */
  private static Relation byName(Relation want, Relation got) {
    int n = want.columns().size();
    if (got.columns().size() != n) return null;
    int[] map = new int[n];
    for (int i = 0; i < n; i++) {
      map[i] = -1;
      for (int j = 0; j < n; j++)
        if (got.columns().get(j).equalsIgnoreCase(want.columns().get(i))) map[i] = j;
      if (map[i] < 0) return null;
    }
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> r : got.rows()) {
      List<Object> p = new ArrayList<>(n);
      for (int i = 0; i < n; i++) p.add(r.get(map[i]));
      rows.add(p);
    }
    return new Relation(got.name(), want.columns(), rows);
  }

  private static Verdict verdict(
      Relation want, Relation got, ResultComparison.Options o, String where) {
    Optional<ResultComparison.Difference> d =
        ResultComparison.compare(unnamed(want), unnamed(got), o);
    if (d.isEmpty()) return new Verdict(true, "", List.of());
    String summary = d.get().summary();
    if (!where.isEmpty()) summary = capital(where) + ": " + lowerFirst(summary);
    boolean table = !want.name().isEmpty();
    return new Verdict(
        false,
        summary,
        tables(
            want,
            got,
            d.get(),
            table ? "Table " + want.name() + " after your statement" : "Your result",
            table ? "Expected" : "Expected result"));
  }

  private static Relation unnamed(Relation r) {
    return new Relation("", r.columns(), r.rows());
  }

  /**
   * The first rows of both, then the rows missing and those not expected, unless that would only
   * repeat a table above: when no expected row is in yours, the missing rows are the expected
   * result (then listed as far as missing rows are), and when no row of yours is expected, the rows
   * not expected are yours.
   */
  private static List<ResultTable> tables(
      Relation want, Relation got, ResultComparison.Difference d, String yours, String expected) {
    boolean missingIsExpected = !want.rows().isEmpty() && d.missing().size() == want.rows().size();
    boolean extraIsYours = !got.rows().isEmpty() && d.extra().size() == got.rows().size();
    List<ResultTable> out = new ArrayList<>();
    out.add(
        first(
            ResultTable.Role.YOURS,
            yours,
            got.columns(),
            got.rows(),
            extraIsYours ? LISTED_ROWS : FIRST_ROWS));
    out.add(
        first(
            ResultTable.Role.EXPECTED,
            expected,
            want.columns(),
            want.rows(),
            missingIsExpected ? LISTED_ROWS : FIRST_ROWS));
    if (!d.missing().isEmpty() && !missingIsExpected) {
      out.add(
          first(
              ResultTable.Role.MISSING,
              "Missing (expected, not in yours)",
              d.columns(),
              d.missing(),
              LISTED_ROWS));
    }
    if (!d.extra().isEmpty() && !extraIsYours) {
      out.add(
          first(
              ResultTable.Role.EXTRA,
              "Not expected (in yours)",
              d.columns(),
              d.extra(),
              LISTED_ROWS));
    }
    return out;
  }

  private static ResultTable first(
      ResultTable.Role role, String title, List<String> columns, List<List<Object>> rows, int max) {
    List<List<String>> shown = new ArrayList<>();
    for (List<Object> r : rows.subList(0, Math.min(max, rows.size()))) {
      List<String> cells = new ArrayList<>();
      for (Object v : r) cells.add(Relation.show(v));
      shown.add(cells);
    }
    String count =
        rows.size() <= max
            ? " (" + ResultComparison.plural(rows.size(), "row") + ")"
            : " (first " + max + " of " + rows.size() + " rows)";
    return new ResultTable(role, title + count + ":", columns, shown, rows.size());
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String lowerFirst(String s) {
    return s.startsWith("Your ") || s.startsWith("The ")
        ? Character.toLowerCase(s.charAt(0)) + s.substring(1)
        : s;
  }

  private static <K, V> Map<K, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > CACHED;
      }
    };
  }
}
