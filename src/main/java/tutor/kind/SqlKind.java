package tutor.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tutor.grade.AnswerRunner;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Fixture;
import tutor.pack.Normalization;

/**
 * SQL run on a fresh in-memory copy of the exercise's fixture and graded by its result (the {@link
 * AnswerRunner} does the running). Many queries are right, so the verdict shows the reference as
 * "one correct query", and there are no near misses: a query one character off is another query.
 */
public record SqlKind(Exercise.Sql body) implements Kind {
  static final List<String> MODES = List.of("query", "change");

  public static final Format FORMAT =
      new Format() {
        public List<String> fields() {
          return List.of(
              "fixture",
              "solution",
              "mode",
              "check",
              "ordered",
              "columns",
              "tolerance",
              "variants");
        }

        public Read read(KindFields f) {
          return new Read(f.string("prompt", true).orElse(""), readSql(f));
        }

        public Exercise.Body outline(int options, int correct) {
          return new Exercise.Sql(new Fixture("", "", ""), "", false, null, false, false, 0);
        }
      };

  public boolean graded() {
    return true;
  }

  public Presentation present(long seed) {
    return new Presentation(List.of());
  }

  public List<String> items() {
    return List.of();
  }

  public boolean multiLine() {
    return true;
  }

  /**
   * A change is a statement, not a query: "One correct query: CREATE UNIQUE INDEX ..." misnamed it.
   */
  public String answerLabel() {
    return body.change() ? "One correct statement" : "One correct query";
  }

  public int responses() {
    return 1;
  }

  /** The fixture's tables and columns: what the learner writes the query against. */
  public String text() {
    if (body.fixture().sql().isEmpty()) return "";
    return "Tables: " + String.join("; ", AnswerRunner.installed().tables(body.fixture()));
  }

  public String instructions() {
    return body.change()
        ? "Type one SQL statement that changes the data; end it with ; or an empty line."
        : "Type one SQL query; end it with ; or an empty line.";
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    String typed = responses.isEmpty() ? "" : String.join("\n", responses);
    // Named as the instructions name it ("Type one SQL query"): not a statement where a query is
    // asked.
    if (typed.isBlank())
      return new Outcome.Invalid(
          body.change() ? "Type an SQL statement, or :skip." : "Type an SQL query, or :skip.");
    AnswerRunner.Verdict v = AnswerRunner.installed().sql(body, typed);
    if (v.correct() && unsortedForAnOrder(typed)) {
      // SQLite may hand rows back sorted when it reads an index (products by name): right here,
      // but no database promises it, and the order is what the exercise asks for.
      return new Outcome.Graded(
          false,
          body.solution(),
          "The rows came back in the right order here, but only by chance: without ORDER BY, SQL"
              + " promises no order (SQLite happened to read them in an index's order). Add ORDER"
              + " BY.",
          v.tables());
    }
    return new Outcome.Graded(v.correct(), body.solution(), v.detail(), v.tables());
  }

  public String expected(Presentation shown) {
    return body.solution();
  }

  public String key() {
    return body.solution();
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return Optional.empty(); // a query a letter off is another query: it is run, never forgiven
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fixture", body.fixture().name());
    m.put("mode", body.change() ? "change" : "query");
    m.put(
        "tables",
        body.fixture().sql().isEmpty()
            ? List.of()
            : AnswerRunner.installed().tables(body.fixture()));
    m.put("ordered", body.ordered());
    m.put("columns", body.columns());
    return m;
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.TEXT;
  }

  /** Hardly ever guessed; the default slip. */
  public BktParameters chance(BktParameters skill) {
    return TypedGuess.chance(skill, BktParameters.DEFAULT.slip());
  }

  /**
   * A learner's right query stays right unless what it is compared with changes: the data, the
   * reference, what is compared, or a rule made stricter.
   */
  public Optional<String> resetReason(Exercise.Body after) {
    Exercise.Sql b = (Exercise.Sql) after;
    if (!b.fixture().sql().equals(body.fixture().sql()))
      return Optional.of("fixture " + b.fixture().name() + " changed");
    if (!b.solution().strip().equals(body.solution().strip()))
      return Optional.of("reference solution changed");
    if (b.change() != body.change()
        || !String.valueOf(b.check()).equals(String.valueOf(body.check()))) {
      return Optional.of("what is compared changed");
    }
    if ((b.ordered() && !body.ordered()) || (b.columns() && !body.columns())) {
      return Optional.of(
          b.ordered() && !body.ordered() ? "row order now matters" : "column names now matter");
    }
    if (b.tolerance() < body.tolerance()) return Optional.of("tolerance narrowed");
    // A variant added is a stricter test (a right answer may have been right by coincidence); one
    // removed only forgives more.
    if (!body.variants().containsAll(b.variants()))
      return Optional.of("graded on more variants of the data");
    return Optional.empty();
  }

  public Map<String, Object> yaml(String prompt, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    KindYaml.putIf(m, "prompt", prompt);
    m.put("fixture", body.fixture().name());
    m.put("solution", body.solution());
    if (body.change()) m.put("mode", "change");
    KindYaml.putIf(m, "check", body.check());
    if (body.ordered()) m.put("ordered", true);
    if (body.columns()) m.put("columns", true);
    if (body.tolerance() > 0) m.put("tolerance", KindYaml.number(body.tolerance()));
    if (!body.variants().isEmpty()) m.put("variants", body.variants());
    return m;
  }

  public Normalization typedGrading() {
    return null;
  }

  public tutor.pack.Fixture fixture() {
    return body.fixture();
  }

  public CommandTable commands() {
    return null;
  }

  public List<String> exampleProblems(List<String> answer, boolean list) {
    return list
        ? List.of("each example is one SQL statement, as a learner would type it, not a list")
        : List.of();
  }

  public List<Lint> lint(String what) {
    List<Lint> out = new ArrayList<>();
    String outer = outermost(body.solution()).toUpperCase(Locale.ROOT);
    boolean sorts = ORDER_BY.matcher(outer).find();
    boolean limits = LIMIT.matcher(outer).find();
    if (body.ordered() && !body.change() && !sorts) {
      out.add(
          new Lint(
              "sql-order",
              what
                  + ": ordered is true but the solution has no ORDER BY, so its row order"
                  + " is whatever SQLite picks"));
    }
    if (!body.ordered() && !body.change() && sorts && !limits) {
      out.add(
          new Lint(
              "sql-order",
              what
                  + ": the solution sorts its rows but ordered is false, so any order is"
                  + " accepted; set ordered: true if the prompt asks for an order"));
    }
    return out;
  }

  private static final Pattern ORDER_BY = Pattern.compile("\\bORDER\\s+BY\\b");

  /**
   * An exercise that asks for an order, answered by a query with no ORDER BY anywhere. A sorted
   * subquery under a LIMIT is let through, as SQLite keeps its order.
   */
  private boolean unsortedForAnOrder(String typed) {
    return body.ordered()
        && !body.change()
        && !ORDER_BY.matcher(typed.toUpperCase(Locale.ROOT)).find();
  }

  private static final Pattern LIMIT = Pattern.compile("\\bLIMIT\\b");

  /**
   * The statement without what stands inside parentheses, quotes or comments: the clauses of the
   * outermost query only, so that the ORDER BY of a window ({@code OVER (ORDER BY ...)}), a
   * subquery or a CTE is not taken for sorting the result.
   */
  static String outermost(String sql) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    int n = sql.length();
    for (int i = 0; i < n; i++) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i + 1 < n && sql.charAt(i + 1) != '\n') i++;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 1;
      } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        int end = sql.indexOf(c == '[' ? ']' : c, i + 1);
        i = end < 0 ? n : end;
        out.append(' ');
      } else if (c == '(') {
        depth++;
        out.append(' ');
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  public int[] outlineCounts() {
    return new int[2];
  }

  private static Exercise.Body readSql(KindFields f) {
    Optional<String> fixtureName = f.string("fixture", true);
    Optional<String> solution = f.string("solution", true);
    String mode = f.string("mode", "query");
    if (!MODES.contains(mode)) {
      f.error(
          "mode",
          "mode should be 'query' or 'change', not '"
              + mode
              + "'"
              + Examples.didYouMean(mode, MODES));
    }
    boolean change = mode.equals("change");
    Optional<String> check = f.string("check", false);
    if (check.isPresent() && !change) f.error("check", "a check query is for mode: change only");
    double tolerance = f.number("tolerance").orElse(0.0);
    if (tolerance < 0) f.error("tolerance", "tolerance must be 0 or more");
    List<String> variants = f.strings("variants", false);
    for (String v : variants)
      if (v.isBlank()) f.error("variants", "a variant is an SQL script, not an empty text");
    if (fixtureName.isEmpty() || solution.isEmpty()) return null;
    Map<String, Fixture> fixtures = f.fixtures();
    Fixture fixture = fixtures.get(fixtureName.get());
    if (fixture == null) {
      f.error(
          "fixture",
          fixtures.isEmpty()
              ? "unknown fixture '"
                  + fixtureName.get()
                  + "': declare it in pack.yaml under fixtures: ("
                  + fixtureName.get()
                  + ": fixtures/"
                  + fixtureName.get()
                  + ".sql)"
              : "unknown fixture '"
                  + fixtureName.get()
                  + "' (pack.yaml declares "
                  + String.join(", ", fixtures.keySet())
                  + ")"
                  + Examples.didYouMean(fixtureName.get(), fixtures.keySet()));
      return null;
    }
    if (!MODES.contains(mode)) return null;
    Exercise.Sql sql =
        new Exercise.Sql(
            fixture,
            solution.get(),
            change,
            check.orElse(null),
            f.bool("ordered").orElse(false),
            f.bool("columns").orElse(false),
            Math.max(0, tolerance),
            variants.stream().filter(v -> !v.isBlank()).toList());
    // pack validate runs every reference: one that fails would mark every learner wrong.
    Optional<String> problem = AnswerRunner.installed().problem(sql);
    if (problem.isPresent()) {
      String field =
          problem.get().startsWith("check")
              ? "check"
              : problem.get().startsWith("variants") ? "variants" : "solution";
      f.error(field, problem.get());
      return null;
    }
    return sql;
  }
}
