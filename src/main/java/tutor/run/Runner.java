package tutor.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tutor.grade.AnswerRunner;
import tutor.pack.Exercise;
import tutor.pack.Fixture;

/**
 * The tutor's {@link AnswerRunner} (registered in META-INF/services): SQL in the sandbox and
 * patterns with a deadline, each run limited to {@link Limits#LEARNER}.
 */
public final class Runner implements AnswerRunner {
  private final SqlGrading sql;
  private final RegexGrading regex;

  /** The standard limits on the system's monotonic clock (what the service loader makes). */
  public Runner() {
    this(SqlGrading.STANDARD, RegexGrading.STANDARD);
  }

  public Runner(SqlGrading sql, RegexGrading regex) {
    this.sql = sql;
    this.regex = regex;
  }

  static SqlGrading.Task task(Exercise.Sql e) {
    return new SqlGrading.Task(
        e.fixture().name(),
        e.fixture().sql(),
        e.solution(),
        e.change(),
        e.check(),
        new ResultComparison.Options(e.ordered(), e.columns(), e.tolerance()),
        e.variants());
  }

  static RegexGrading.Task task(Exercise.Regex e) {
    return new RegexGrading.Task(
        e.whole(), e.ignoreCase(), e.match(), e.reject(), e.hiddenMatch(), e.hiddenReject());
  }

  @Override
  public Verdict sql(Exercise.Sql exercise, String typed) {
    SqlGrading.Verdict v = sql.grade(task(exercise), typed);
    return new Verdict(v.correct(), v.detail(), v.tables());
  }

  @Override
  public Verdict regex(Exercise.Regex exercise, String typed) {
    RegexGrading.Verdict v = regex.grade(task(exercise), typed);
    return new Verdict(v.correct(), v.detail(), List.of());
  }

  @Override
  public Optional<String> problem(Exercise.Regex e) {
    // The author's pattern gets ten seconds: a slow solution is a problem to fix, not a timeout to
    // hit.
    String wrong =
        RegexGrading.firstWrong(
            e.solution(), task(e), Deadline.after(Duration.ofSeconds(10), System::nanoTime));
    return wrong == null ? Optional.empty() : Optional.of("the solution " + wrong);
  }

  @Override
  public Optional<String> problem(Exercise.Sql e) {
    SqlGrading.Task t = task(e);
    List<SqlText.Statement> statements = SqlText.split(e.solution());
    if (statements.size() != 1)
      return Optional.of("the solution should be one SQL statement, not " + statements.size());
    String k = statements.get(0).keyword();
    if (!e.change() && SqlSandbox.CHANGES.contains(k)) {
      return Optional.of(
          "the solution starts with " + k + ": set mode: change for a statement that changes data");
    }
    try {
      SqlSandbox.Run r = sql.reference(t);
      if (r instanceof SqlSandbox.Run.Failed f) {
        String where =
            e.check() != null
                    && !e.check().isBlank()
                    && f.why() == SqlSandbox.Why.SQL
                    && SqlSandbox.run(
                            sql.fixture(t.fixtureName(), t.fixtureSql()),
                            e.solution(),
                            new SqlSandbox.After.Tables(),
                            Limits.FIXTURE,
                            Deadline.after(Limits.FIXTURE.time(), System::nanoTime))
                        instanceof SqlSandbox.Run.Ran
                ? "check query"
                : "solution";
        return Optional.of(
            (where.equals("check query") ? "check: the check query" : "the solution")
                + " fails on"
                + " fixture "
                + e.fixture().name()
                + ": "
                + f.message());
      }
    } catch (SqlSandbox.FixtureException ex) {
      return Optional.of(
          "fixture "
              + e.fixture().name()
              + " does not load (line "
              + ex.line()
              + "): "
              + ex.getMessage());
    }
    for (int i = 0; i < t.variants().size(); i++) {
      String which = "variants: variant " + (i + 1) + " of " + t.variants().size();
      try {
        if (sql.reference(t.on(t.variants().get(i))) instanceof SqlSandbox.Run.Failed f)
          return Optional.of(which + ": the solution fails after it: " + f.message());
      } catch (SqlSandbox.FixtureException ex) {
        return Optional.of(
            which + " does not run on fixture " + e.fixture().name() + ": " + ex.getMessage());
      }
    }
    return Optional.empty();
  }

  @Override
  public List<String> tables(Fixture fixture) {
    try {
      SqlSandbox.Fixture f = sql.fixture(fixture.name(), fixture.sql());
      SqlSandbox.Run r =
          SqlSandbox.run(
              f,
              "SELECT m.name, group_concat(c.name, ', ') FROM sqlite_schema m,"
                  + " pragma_table_info(m.name) c WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' GROUP BY m.name"
                  + " ORDER BY min(m.rowid)",
              null,
              Limits.FIXTURE,
              Deadline.after(Limits.FIXTURE.time(), System::nanoTime));
      List<String> out = new ArrayList<>();
      if (r instanceof SqlSandbox.Run.Ran ran) {
        for (List<Object> row : ran.relations().get(0).rows())
          out.add(row.get(0) + " (" + row.get(1) + ")");
      }
      return out;
    } catch (SqlSandbox.FixtureException e) {
      return List.of();
    }
  }
}
