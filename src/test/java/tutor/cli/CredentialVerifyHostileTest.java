package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * `tutor credential verify` on hostile files: each gets one clean line and its documented exit code
 * (1 does not verify, 2 cannot be read), never a stack trace or "unexpected error". That each is
 * answered quickly rests on the bounds tested in tutor.credential.CredentialReaderTest (bytes read,
 * nesting, lengths, base58 length); scripts/bench times the worst of them.
 */
class CredentialVerifyHostileTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  private static Cli cli;
  private static String issued;

  /** A real credential: the demo pack's unit, answered over three days. */
  @BeforeAll
  static void issue() throws Exception {
    cli = new Cli(dir.resolve("tutor.db"));
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    for (String day : List.of("2026-03-02", "2026-03-04", "2026-03-09", "2026-03-20")) {
      cli.input(
          "Paris\n5\n1\n100\nCelsius\n",
          "study",
          "--limit",
          "4",
          "--seed",
          "7",
          "--now=" + day + "T09:00:00Z");
    }
    // the two answered wrong on the 20th (the answers above are not in the order asked: 'sum' got
    // 100, 'capital' Celsius), answered right again in the order they fall due: a credential asks
    // the last answer to every exercise to be right
    cli.input(
        "5\nParis\n", "study", "--skill", "basics", "--limit", "2", "--now=2026-03-20T09:30:00Z");
    Cli.Result r = cli.issueFirstSteps("-", "--now=2026-03-20T10:00:00Z");
    assertEquals(0, r.code(), r.toString());
    issued = r.out();
  }

  private record Case(String name, byte[] content, int exit) {}

  private static Case text(String name, String content, int exit) {
    return new Case(name, content.getBytes(StandardCharsets.UTF_8), exit);
  }

  private static Case edited(String name, Function<ObjectNode, Object> edit, int exit)
      throws Exception {
    ObjectNode vc = (ObjectNode) JSON.readTree(issued);
    edit.apply(vc);
    return new Case(name, JSON.writeValueAsBytes(vc), exit);
  }

  private static ObjectNode proof(ObjectNode vc) {
    return (ObjectNode) vc.get("proof").get(0);
  }

  private static List<Case> cases() throws Exception {
    List<Case> c = new ArrayList<>();
    c.add(text("deep nesting", "[".repeat(100_000) + "]".repeat(100_000), 2));
    c.add(
        text(
            "deep nesting inside a credential",
            issued.replaceFirst(
                "\"name\"", "\"x\":" + "[".repeat(40) + "]".repeat(40) + ",\"name\""),
            2));
    c.add(text("a huge number", "{\"a\":" + "9".repeat(100_000) + "}", 2));
    c.add(text("a huge exponent", "{\"a\":1e999999999}", 1));
    c.add(
        text(
            "a number that is infinite as a double",
            issued.replaceFirst("\"name\"", "\"x\":1e400,\"name\""),
            1));
    c.add(text("text after the JSON", issued + "{}", 2));
    c.add(text("a second credential after the first", issued + issued, 2));
    c.add(new Case("NUL bytes", new byte[] {'{', '"', 'a', '"', ':', '"', 0, '"', '}'}, 2));
    c.add(new Case("only NUL bytes", new byte[4096], 2));
    c.add(
        new Case(
            "not UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, '(', '"', '}'}, 2));
    c.add(new Case("UTF-16", issued.getBytes(StandardCharsets.UTF_16), 2));
    c.add(text("empty", "", 2));
    c.add(text("a bare string", "\"a credential\"", 1));
    c.add(text("null", "null", 1));
    c.add(text("an empty object", "{}", 1));
    c.add(text("a string over the limit", "{\"a\":\"" + "x".repeat(300_000) + "\"}", 2));
    c.add(text("more than 1 MB", "{\"a\":\"" + "x".repeat(1_100_000) + "\"}", 2));
    c.add(
        edited(
            "a 1 MB proofValue",
            vc -> proof(vc).put("proofValue", "z" + "2".repeat(1_000_000)),
            2));
    c.add(
        edited(
            "a 190 KB proofValue",
            vc -> proof(vc).put("proofValue", "z" + "2".repeat(190_000)),
            1));
    c.add(
        edited(
            "a 190 KB did:key",
            vc -> proof(vc).put("verificationMethod", "did:key:z" + "6".repeat(190_000)),
            1));
    c.add(edited("proofValue not base58", vc -> proof(vc).put("proofValue", "z0OIl"), 1));
    c.add(edited("proofValue a number", vc -> proof(vc).put("proofValue", 12345), 1));
    c.add(edited("proof a string", vc -> vc.put("proof", "signed"), 1));
    c.add(edited("proof an empty list", vc -> vc.putArray("proof"), 1));
    c.add(edited("proof missing", vc -> vc.remove("proof"), 1));
    c.add(
        edited(
            "a proof without verificationMethod", vc -> proof(vc).remove("verificationMethod"), 1));
    c.add(edited("type a number", vc -> vc.put("type", 7), 1));
    c.add(edited("issuer a list", vc -> vc.putArray("issuer").add("did:key:z6Mk"), 1));
    c.add(edited("issuer without an id", vc -> ((ObjectNode) vc.get("issuer")).remove("id"), 1));
    c.add(edited("@context an object", vc -> vc.putObject("@context"), 1));
    c.add(edited("credentialSubject null", vc -> vc.putNull("credentialSubject"), 1));
    c.add(edited("validFrom a number", vc -> vc.put("validFrom", 20260320), 1));
    c.add(edited("validFrom without a zone", vc -> vc.put("validFrom", "2026-03-20T10:00:00"), 1));
    c.add(edited("a lone surrogate", vc -> vc.put("name", "\uD800"), 1));
    c.add(
        edited(
            "the identity point as key",
            vc -> {
              String did = "did:key:z6MkeTG3bFFSLYVU7VqhgZxqr6YzpaGrQtFMh1uvqGy1vDnP";
              ((ObjectNode) vc.get("issuer")).put("id", did);
              return proof(vc).put("verificationMethod", did + "#" + did.substring(8));
            },
            1));
    c.add(
        edited(
            "a changed result",
            vc ->
                ((ObjectNode) vc.get("credentialSubject").get("result").get(0)).put("value", "100"),
            1));
    c.add(
        edited(
            "escape sequences in a value",
            vc -> proof(vc).put("cryptosuite", "\u001b]0;pwned\u0007\u001b[2J"),
            1));
    return c;
  }

  @Test
  void everyHostileFileGetsOneCleanLineAndItsExitCode() throws Exception {
    for (Case c : cases()) {
      Path file = dir.resolve("hostile.json");
      Files.write(file, c.content());
      Cli.Result r = cli.run("credential", "verify", file.toString(), "--now=2026-06-01T00:00:00Z");
      String all = r.out() + r.err();
      assertEquals(c.exit(), r.code(), c.name() + "\n" + r);
      assertEquals(1, all.lines().count(), c.name() + ": one line\n" + r);
      assertTrue(all.endsWith("\n"), c.name());
      assertTrue(all.length() < 400, c.name() + ": a short line\n" + all.length());
      assertFalse(
          all.contains("unexpected error") || all.contains("Exception"), c.name() + "\n" + r);
      assertTrue(
          all.chars().noneMatch(ch -> ch < 0x20 && ch != '\n'),
          c.name() + ": no control characters\n" + r);
      assertTrue(
          c.exit() == 2
              ? r.err().startsWith("tutor: ") && r.out().isEmpty()
              : r.out().startsWith("invalid: ") && r.err().isEmpty(),
          c.name() + "\n" + r);
    }
  }

  @Test
  void theRealCredentialVerifiesAndSaysSo() throws Exception {
    Path file = dir.resolve("issued.json");
    Files.writeString(file, issued);
    Cli.Result r = cli.run("credential", "verify", file.toString(), "--now=2026-06-01T00:00:00Z");
    assertEquals(0, r.code(), r.toString());
    assertEquals(1, r.out().lines().count());
    assertTrue(
        r.out().startsWith("valid: Demo pack, unit First steps: mastered, issued by did:key:z6Mk"),
        r.out());
    Cli.Result before =
        cli.run("credential", "verify", file.toString(), "--now=2026-03-19T00:00:00Z");
    assertEquals(1, before.code());
    assertEquals("invalid: it is not valid yet: validFrom is 2026-03-20T10:00:00Z\n", before.out());
  }

  @Test
  void theIssuedFileMeetsTheStandardsAndAnIndependentVerifier() throws Exception {
    com.fasterxml.jackson.databind.JsonNode vc = JSON.readTree(issued);
    assertEquals(
        null, independent.SpecVerifier.problem(vc), "the verifier written from the specifications");
    com.networknt.schema.Schema schema =
        com.networknt.schema.SchemaRegistry.withDefaultDialect(
                com.networknt.schema.SpecificationVersion.DRAFT_2019_09,
                b ->
                    b.schemaRegistryConfig(
                        com.networknt.schema.SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()))
            .getSchema(
                JSON.readTree(
                    getClass().getResourceAsStream("/standards/achievementcredential.json")));
    assertEquals(List.of(), schema.validate(vc));
    // The learner's name only as OB's salted hash: sha256(name + salt).
    String name =
        cli.run("learner", "list")
            .out()
            .lines()
            .filter(l -> l.startsWith("*"))
            .findFirst()
            .orElseThrow()
            .substring(1)
            .strip()
            .split("\\s{2,}")[0];
    com.fasterxml.jackson.databind.JsonNode id =
        vc.get("credentialSubject").get("identifier").get(0);
    assertTrue(id.get("hashed").asBoolean());
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest((name + id.get("salt").asText()).getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "sha256$" + java.util.HexFormat.of().formatHex(digest), id.get("identityHash").asText());
    assertFalse(issued.contains(name), "the name '" + name + "' appears nowhere");
    String narrative = vc.get("evidence").get(0).get("narrative").asText();
    // How many answers the scheduler asked for is its business; the span and the wording are the
    // record's.
    assertTrue(
        narrative.matches(
            "\\d+ answers to \\d different exercises on [2-4] days, from 2026-03-02 to"
                + " 2026-03-20 \\(18 days apart\\)\\. Retention measured: \\d+ of \\d+ answers given a day or more after"
                + " the previous answer to the same exercise were right \\(\\d+%\\)\\. Mastery per skill: .*"),
        narrative);
  }

  @Test
  void devZeroIsOneLineNotOutOfMemory() {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")), "no /dev/zero on this system");
    Cli.Result r = cli.run("credential", "verify", "/dev/zero");
    assertEquals(2, r.code());
    assertEquals(
        "tutor: /dev/zero: it is larger than 1 MB; a credential is a few kilobytes\n", r.err());
  }

  @Test
  void standardInputIsBoundedToo() {
    Cli.Result r =
        cli.input("{\"a\":\"" + "x".repeat(1_100_000) + "\"}", "credential", "verify", "-");
    assertEquals(2, r.code());
    assertEquals("tutor: -: it is larger than 1 MB; a credential is a few kilobytes\n", r.err());
    assertEquals(
        0, cli.input(issued, "credential", "verify", "-", "--now=2026-06-01T00:00:00Z").code());
  }
}
