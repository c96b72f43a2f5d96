package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** tutor profile, tutor credential and tutor report through the real command line. */
class ProfileCredentialReportTest {
  private static final String DAY0 = "--now=2026-03-01T09:00:00Z";
  private static final String DAY1 = "--now=2026-03-02T09:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path db;
  private Path pack;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    pack = TestPacks.demo(dir);
    ok(cli.run("pack", "add", pack.toString()));
  }

  private static Cli.Result ok(Cli.Result r) {
    assertEquals(0, r.code(), r.toString());
    return r;
  }

  /**
   * The skill basics of the demo pack mastered: its four exercises right on one day, and again the
   * next (mastered needs right answers to two exercises on two days, docs/mastery.md).
   */
  private void masterBasics() {
    masterBasics(cli);
  }

  /** The same for another test's learner: basics mastered on 2026-03-01 and 2026-03-02. */
  static void masterBasics(Cli cli) {
    ok(
        cli.input(
            "Paris\n5\n100\nCelsius\n1\n",
            "study",
            "--skill",
            "basics",
            "--limit",
            "4",
            "--seed",
            "7",
            DAY0));
    // The next day's learning steps come in the order they fell due, which is the order of the
    // first
    // day's answers or, when answers share a millisecond, the pack's: these answers fit both.
    ok(
        cli.input(
            "Paris\n5\n100\nCelsius\n1\n100\nCelsius\n",
            "study",
            "--skill",
            "basics",
            "--limit",
            "4",
            "--seed",
            "7",
            DAY1));
  }

  // ---- profile ----

  @Test
  void profileSetValidatesAndStoresEveryKindOfKey() throws Exception {
    assertEquals("confidence = on\n", ok(cli.run("profile", "set", "confidence", "on")).out());
    ok(cli.run("profile", "set", "preferred-types", "cloze,text"));
    ok(cli.run("profile", "set", "new-per-day", "7"));
    JsonNode prefs =
        JSON.readTree(ok(cli.run("profile", "--format", "json", DAY1)).out()).get("preferences");
    assertEquals("on", prefs.get("confidence").asText());
    assertEquals("text,cloze", prefs.get("preferred-types").asText());
    assertEquals("7", prefs.get("new-per-day").asText());
    assertEquals("0.9", prefs.get("desired-retention").asText(), "a default is shown as its value");
    assertEquals(
        "7",
        Rows.query(db, "SELECT value FROM learner_settings WHERE key = 'new-per-day'")
            .get(0)
            .get(0),
        "the same row tutor settings uses");
  }

  @Test
  void aBadProfileValueIsOneLineAndExitCodeTwo() {
    Cli.Result r = cli.run("profile", "set", "confidence", "maybe");
    assertEquals(2, r.code());
    assertEquals("tutor: confidence must be on or off, not 'maybe'\n", r.err());
    Cli.Result unknown = cli.run("profile", "set", "font", "big");
    assertEquals(2, unknown.code());
    // The same words as tutor settings: one way to set a setting.
    assertEquals("tutor: unknown setting 'font' (tutor settings lists them)\n", unknown.err());
    assertEquals(1, unknown.err().lines().count());
  }

  @Test
  void theProfileDescribesTheLearnerFromTheirAnswers() throws Exception {
    masterBasics();
    String text = ok(cli.run("profile", DAY1)).out();
    assertTrue(text.contains("Strengths\n  The basics: mastered"), text);
    assertTrue(text.contains("Calibration\n  no confidence ratings yet"), text);
    assertTrue(text.contains("  2 sessions, typically under a minute and 4 answers long"), text);
    JsonNode json = JSON.readTree(ok(cli.run("profile", "--format", "json", DAY1)).out());
    assertEquals("basics", json.get("strengths").get(0).get("skill").asText());
    assertEquals("mastered", json.get("strengths").get(0).get("level").asText());
    assertEquals(4, json.get("exercise_types").size());
    assertEquals(0, json.get("calibration").get("answers").asInt());
    assertTrue(json.get("calibration").get("brier").isNull());
  }

  @Test
  void calibrationShowsOnceAnswersCarryConfidence() throws Exception {
    masterBasics();
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE reviews SET confidence = 3"); // what the session stores with confidence on
      s.executeUpdate(
          "UPDATE reviews SET confidence = 3, correct = 0, rating = 1, answer = 'Lyon'"
              + " WHERE exercise_id = 'capital'");
    }
    JsonNode json = JSON.readTree(ok(cli.run("profile", "--format", "json", DAY1)).out());
    assertEquals(8, json.get("calibration").get("answers").asInt());
    assertEquals(
        2,
        json.get("calibration").get("confident_errors").asInt(),
        "capital, answered on both days");
    assertEquals(0.25, json.get("calibration").get("brier").asDouble(), 1e-12);
    assertEquals("overconfident", json.get("calibration").get("verdict").asText());
    assertEquals("capital", json.get("confident_errors_to_review").get(0).get("exercise").asText());
    String text = ok(cli.run("profile", DAY1)).out();
    assertTrue(text.contains("sure          75% right of 8 (stands for 100%)"), text);
    assertTrue(text.contains("demo/capital (you answered 'Lyon'"), text);
  }

  // ---- credentials ----

  private Path issue(String... more) {
    List<String> options = new ArrayList<>(List.of(DAY1));
    options.addAll(List.of(more));
    ok(cli.issueDemo(dir.toString(), options.toArray(String[]::new)));
    try (var files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("tutor-credential-"))
          .findFirst()
          .orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aMasteredUnitGivesACredentialThatVerifies() throws Exception {
    masterBasics();
    Path file = issue("--unit", "first-steps");
    assertEquals("tutor-credential-demo-first-steps-20260302.json", file.getFileName().toString());
    Cli.Result r = ok(cli.run("credential", "verify", file.toString()));
    assertTrue(
        r.out().startsWith("valid: Demo pack, unit First steps: mastered, issued by did:key:z6Mk"),
        r.out());
    JsonNode vc = JSON.readTree(Files.readString(file));
    assertEquals("OpenBadgeCredential", vc.get("type").get(1).asText());
    assertEquals("https://www.w3.org/ns/credentials/v2", vc.get("@context").get(0).asText());
    assertEquals(1, vc.get("proof").size(), "one proof, in an array as OB's JSON form has it");
    assertEquals("eddsa-jcs-2022", vc.get("proof").get(0).get("cryptosuite").asText());
    assertEquals(
        vc.get("issuer").get("id").asText()
            + "#"
            + vc.get("issuer").get("id").asText().substring(8),
        vc.get("proof").get(0).get("verificationMethod").asText());
    JsonNode achievement = vc.get("credentialSubject").get("achievement");
    assertEquals("urn:tutor:pack:demo:1.0.0:unit:first-steps", achievement.get("id").asText());
    assertEquals("Demo pack, unit First steps", achievement.get("name").asText());
    assertEquals("Capitals, sums and colours.", achievement.get("description").asText());
    assertEquals("[\"basics\"]", achievement.get("tag").toString());
    assertEquals("MicroCredential", achievement.get("achievementType").asText());
    assertEquals(
        "8", vc.get("credentialSubject").get("result").get(1).get("value").asText(), "answers");
    assertTrue(
        vc.get("evidence")
            .get(0)
            .get("narrative")
            .asText()
            .startsWith(
                "8 answers to 4 different exercises on" + " 2 days, from 2026-03-01 to 2026-03-02"),
        vc.get("evidence").toString());
    JsonNode check =
        JSON.readTree(
            ok(cli.run("credential", "verify", file.toString(), "--format", "json")).out());
    assertTrue(check.get("valid").asBoolean());
    assertEquals(0, check.get("failures").size());
  }

  @Test
  void changingAnyFieldOfASignedCredentialMakesItFail() throws Exception {
    masterBasics();
    Path file = issue("--unit", "first-steps");
    JsonNode original = JSON.readTree(Files.readString(file));
    List<String> paths = new ArrayList<>();
    leaves(original, "", paths);
    assertTrue(paths.size() > 40, "every value is tried: " + paths.size());
    Path tampered = dir.resolve("tampered.json");
    for (String p : paths) {
      JsonNode copy = original.deepCopy();
      change(copy, p);
      Files.writeString(tampered, JSON.writeValueAsString(copy));
      Cli.Result r = cli.run("credential", "verify", tampered.toString());
      assertEquals(1, r.code(), "changing " + p + " must fail verification\n" + r);
      assertTrue(r.out().startsWith("invalid: "), r.out());
    }
  }

  @Test
  void verifyNamesWhatFails() throws Exception {
    masterBasics();
    Path file = issue("--unit", "first-steps");
    ObjectNode vc = (ObjectNode) JSON.readTree(Files.readString(file));
    ((ObjectNode) vc.get("credentialSubject").get("result").get(0)).put("value", "100");
    Files.writeString(file, JSON.writeValueAsString(vc));
    Cli.Result r = cli.run("credential", "verify", file.toString());
    assertEquals(
        "invalid: the signature does not match: the credential or its proof was changed"
            + " after it was signed (or signed by another key than "
            + vc.get("issuer").get("id").asText()
            + ")\n",
        r.out());
    ((ObjectNode) vc.get("proof").get(0)).put("cryptosuite", "eddsa-rdfc-2022");
    ((ObjectNode) vc.get("issuer"))
        .put("id", "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
    Files.writeString(file, JSON.writeValueAsString(vc));
    String out = cli.run("credential", "verify", file.toString()).out();
    assertTrue(
        out.contains("proof.cryptosuite is 'eddsa-rdfc-2022', expected 'eddsa-jcs-2022'"), out);
    assertTrue(out.contains("not of the issuer 'did:key:z6MkrJVna"), out);
    Files.writeString(file, "{not json");
    Cli.Result broken = cli.run("credential", "verify", file.toString());
    assertEquals(2, broken.code(), "not JSON: the file cannot be read as a credential");
    assertTrue(broken.err().contains("not valid JSON at line 1"), broken.err());
    assertEquals(2, cli.run("credential", "verify", dir.resolve("missing.json").toString()).code());
  }

  @Test
  void noCredentialUntilEverySkillIsMasteredAndTheReasonIsGiven() {
    masterBasics();
    Cli.Result r = cli.issueDemo(dir.toString(), DAY1);
    assertEquals(1, r.code(), r.toString());
    assertTrue(
        r.err()
            .startsWith(
                "tutor: not mastered yet: 1 of 2 skills fall short; no credential issued\n"
                    + "  Building on the basics (more): not practised yet"),
        r.err());
    assertEquals(2, cli.run("credential", "issue", "--pack", "nope", DAY1).code());
    Cli.Result noUnit = cli.run("credential", "issue", "--pack", "demo", "--unit", "nope", DAY1);
    assertEquals(2, noUnit.code());
    assertEquals(
        "tutor: pack 'demo' declares no unit 'nope' (its units: first-steps; for skills, use --skill)\n",
        noUnit.err());
    assertEquals(
        2, cli.run("credential", "issue", "--pack", "demo", "--skill", "nope", DAY1).code());
    assertEquals(
        2,
        cli.run(
                "credential",
                "issue",
                "--pack",
                "demo",
                "--unit",
                "first-steps",
                "--skill",
                "basics",
                DAY1)
            .code());
  }

  @Test
  void skillsThePackDoesNotNameAsAUnitGetACredentialOfTheirOwn() throws Exception {
    masterBasics();
    Path file = issue("--skill", "basics");
    assertEquals("tutor-credential-demo-basics-20260302.json", file.getFileName().toString());
    ok(cli.run("credential", "verify", file.toString()));
    JsonNode achievement =
        JSON.readTree(Files.readString(file)).get("credentialSubject").get("achievement");
    assertEquals("urn:tutor:pack:demo:1.0.0:skills:basics", achievement.get("id").asText());
    assertEquals("Demo pack, skills basics", achievement.get("name").asText());
  }

  @Test
  void theSigningKeyIsKeptOncePerLearnerAndNeverPrintedOrExported() throws Exception {
    masterBasics();
    Cli.Result first = ok(cli.issueFirstSteps("-", DAY1));
    assertTrue(
        first.err().startsWith("Created your signing key; you issue as did:key:z6Mk"), first.err());
    Cli.Result second = ok(cli.issueFirstSteps("-", DAY1));
    assertEquals("", second.err());
    String did = JSON.readTree(first.out()).get("issuer").get("id").asText();
    assertEquals(did, JSON.readTree(second.out()).get("issuer").get("id").asText());
    String key =
        Rows.query(db, "SELECT value FROM app_settings WHERE key LIKE 'credential_key:%'")
            .get(0)
            .get(0)
            .toString();
    String export = ok(cli.run("export", "--out", "-")).out();
    for (String shown : List.of(first.out(), second.out(), first.err(), export))
      assertFalse(shown.contains(key));
  }

  /** Every value of a JSON tree, as a path of names and indices. */
  private static void leaves(JsonNode node, String path, List<String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        leaves(e.getValue(), path + "/" + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) leaves(node.get(i), path + "/" + i, out);
    } else {
      out.add(path);
    }
  }

  /** Changes the value at {@code path}: text gets an "x", a number one more, a boolean flips. */
  private static void change(JsonNode root, String path) {
    String[] parts = path.substring(1).split("/");
    JsonNode parent = root;
    for (int i = 0; i < parts.length - 1; i++) {
      parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
    }
    String last = parts[parts.length - 1];
    JsonNode old = parent.isArray() ? parent.get(Integer.parseInt(last)) : parent.get(last);
    JsonNode changed =
        old.isTextual()
            ? new TextNode(old.asText() + "x")
            : old.isBoolean()
                ? JSON.getNodeFactory().booleanNode(!old.asBoolean())
                : old.isNumber()
                    ? JSON.getNodeFactory().numberNode(old.asLong() + 1)
                    : new TextNode("x");
    if (parent.isArray()) ((ArrayNode) parent).set(Integer.parseInt(last), changed);
    else ((ObjectNode) parent).set(last, changed);
  }

  // ---- reports ----

  @Test
  void reportsReadExportsOfSeveralLearners() throws Exception {
    masterBasics();
    ok(cli.run("learner", "add", "sam"));
    ok(cli.run("learner", "use", "sam"));
    ok(cli.input("London\n4\n2\n", "study", "--limit", "3", "--seed", "7", DAY1));
    Path exports = dir.resolve("exports");
    ok(cli.run("export", "--out", exports.toString(), "--now=2026-03-20T09:00:00Z"));
    ok(cli.run("learner", "use", "default"));
    ok(
        cli.run(
            "export",
            "--out",
            exports.toString(),
            "--format",
            "csv",
            "--now=2026-03-20T09:00:00Z"));
    Cli.Result learners = ok(cli.run("report", "learners", exports.toString(), "--format", "json"));
    JsonNode rows = JSON.readTree(learners.out()).get("rows");
    assertEquals(2, rows.size());
    assertEquals(
        List.of("default", "sam"),
        List.of(rows.get(0).get("learner").asText(), rows.get(1).get("learner").asText()));
    assertTrue(
        rows.get(0)
            .get("reasons")
            .get(0)
            .asText()
            .equals("study stopped: last answer on 2026-03-02, 17 days before the export"),
        learners.out());
    String text = ok(cli.run("report", "learners", exports.toString())).out();
    assertTrue(text.startsWith("2 learners, 2 at risk"), text);
    Cli.Result items =
        ok(
            cli.run(
                "report",
                "items",
                exports.toString(),
                "--pack",
                pack.toString(),
                "--format",
                "csv"));
    List<String> lines = items.out().lines().toList();
    assertEquals(
        "pack,exercise,skill,type,key,attempts,learners,correct,success_rate,mean_response_seconds,"
            + "discrimination,hints_used,top_wrong_answer,top_wrong_count,flags,answers_shown,disputed,disputed_answers,leeches",
        lines.get(0));
    assertTrue(
        lines.contains("demo,capital,basics,text,Paris,3,2,2,0.6667,,,0,London,1,,0,0,,0"),
        items.out());
    String table =
        ok(cli.run("report", "items", exports.toString(), "--pack", pack.toString())).out();
    assertTrue(table.startsWith("Item analysis of demo 1.0.0: 2 learners, 11 answers"), table);
  }

  @Test
  void theMentorsReportShowsTheSamePaceAsGoalStatus() throws Exception {
    // Answers on two days, cramming (which is no study: left out of the pace) and a read lesson.
    ok(cli.input("5\n100\n", "study", "--limit", "2", "--seed", "7", DAY0));
    ok(cli.input("Paris\n5\n", "study", "--limit", "2", "--seed", "7", DAY1));
    ok(cli.input("Paris\n5\n100\n", "cram", "--pack", "demo", "--limit", "3", DAY1));
    String later = "--now=2026-03-05T09:00:00Z";
    ok(cli.run("goal", "add", "--pack", "demo", "--by", "2026-03-09", later));
    ok(cli.run("goal", "add", "--pack", "demo", "--minutes", "1", later));
    Path exports = dir.resolve("exports");
    ok(cli.run("export", "--out", exports.toString(), later));
    String status = ok(cli.run("goal", "status", later)).out();
    JsonNode goals =
        JSON.readTree(
                ok(cli.run(
                        "report",
                        "learners",
                        exports.toString(),
                        "--pack",
                        pack.toString(),
                        "--format",
                        "json"))
                    .out())
            .get("rows")
            .get(0)
            .get("goals");
    assertEquals(2, goals.size(), goals.toString());
    for (JsonNode g : goals) {
      String summary = g.get("summary").asText();
      // a pace: the learner's, the one needed, or (a minute a day, 30 s an exercise until 30
      // answers are timed) the estimate
      assertTrue(
          summary.contains("pace") || summary.contains("need") || summary.contains("estimate"),
          summary);
      assertTrue(
          status.contains("  " + summary + "\n"), "report: " + summary + "\nstatus:\n" + status);
    }
  }

  @Test
  void anUnreadableExportIsNamedAndTheOthersStillCount() throws Exception {
    masterBasics();
    Path exports = dir.resolve("exports");
    ok(cli.run("export", "--out", exports.toString()));
    Files.writeString(exports.resolve("broken.json"), "{\"hello\": 1}");
    Cli.Result r = cli.run("report", "learners", exports.toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().startsWith("1 learner, "), r.out());
    assertTrue(
        r.err().contains("skipped " + exports.resolve("broken.json") + ": not a tutor export"),
        r.err());
    assertEquals(
        2,
        cli.run("report", "items", exports.toString(), "--pack", dir.resolve("nope").toString())
            .code());
  }
}
