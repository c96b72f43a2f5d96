package tutor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tutor.credential.BadgeCredential;
import tutor.credential.CredentialCheck;
import tutor.credential.CredentialReader;
import tutor.credential.IssuerKey;
import tutor.credential.LearningRecord;
import tutor.credential.UnitMastery;
import tutor.mastery.Level;

/**
 * How long `credential verify` takes on the worst inputs its limits let through (target: under a
 * second each, on top of the JVM's start), against verifying a real credential. Reading and
 * checking only: what a verifier does with a file it was handed.
 */
final class VerifyBench implements Bench.Benchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @Override
  public void run(Path out) throws Exception {
    ObjectNode credential = credential(200);
    Map<String, byte[]> inputs = new java.util.LinkedHashMap<>();
    inputs.put("a real credential (200 skills)", JSON.writeValueAsBytes(credential));
    inputs.put("1 MB of zeros", new byte[CredentialReader.MAX_BYTES + 1]);
    inputs.put(
        "nesting 500,000 deep",
        ("[".repeat(500_000) + "]".repeat(500_000)).getBytes(StandardCharsets.UTF_8));
    inputs.put(
        "a 999 KB string",
        ("{\"a\":\"" + "x".repeat(999_000) + "\"}").getBytes(StandardCharsets.UTF_8));
    ObjectNode longValue = credential.deepCopy();
    ((ObjectNode) longValue.get("proof").get(0))
        .put("proofValue", "z" + "2".repeat(CredentialReader.MAX_STRING - 1));
    inputs.put("a 200 KB proofValue", JSON.writeValueAsBytes(longValue));
    ObjectNode numbers = credential.deepCopy();
    ArrayNode many = numbers.putArray("x");
    for (int i = 0; many.size() < CredentialReader.MAX_NUMBERS; i++) {
      many.add(0.1234567890123 + i * 1e-9);
    }
    byte[] numbersBytes = JSON.writeValueAsBytes(numbers);
    inputs.put("1,000 fractional numbers (the most read)", numbersBytes);
    many.add(1);
    inputs.put("1,001 numbers", JSON.writeValueAsBytes(numbers));
    ObjectNode padded = credential.deepCopy();
    padded.put("padding", "x".repeat(CredentialReader.MAX_STRING - 1));
    ArrayNode proofs = padded.putArray("proof");
    for (int i = 0; i < 8; i++)
      proofs.add(credential.get("proof").get(0)); // each is checked in full
    for (int i = 0; i < 3; i++)
      ((ObjectNode) padded.get("credentialSubject")).put("padding" + i, "y".repeat(190_000));
    inputs.put("8 proofs on a 900 KB credential", JSON.writeValueAsBytes(padded));
    Table t = new Table("input", "bytes", "ms", "x real credential", "exit");
    double base = 0;
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      String result = verify(e.getValue()); // warm up
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        long start = System.nanoTime();
        verify(e.getValue());
        best = Math.min(best, System.nanoTime() - start);
      }
      double ms = best / 1e6;
      if (base == 0) base = ms;
      t.row(
          e.getKey(),
          e.getValue().length,
          String.format(Locale.ROOT, "%.1f", ms),
          String.format(Locale.ROOT, "%.1f", ms / base),
          result);
    }
    t.print();
    t.writeCsv(out.resolve("verify.csv"));
    System.out.println(
        "Target: each under 1000 ms (the JVM's start comes on top: scripts/bench startup).");
  }

  /** "0 valid", "1 invalid" or "2 unreadable", as the command's exit code would be. */
  private static String verify(byte[] bytes) {
    try {
      return CredentialCheck.of(CredentialReader.parse(bytes), NOW).valid() ? "0" : "1";
    } catch (CredentialReader.Unreadable e) {
      return "2";
    }
  }

  private static ObjectNode credential(int skills) {
    List<UnitMastery.SkillResult> results = new ArrayList<>();
    for (int i = 0; i < skills; i++) {
      results.add(
          new UnitMastery.SkillResult(
              "skill-" + i, "Skill number " + i, Level.MASTERED, 0.97, 20, 19));
    }
    UnitMastery m =
        new UnitMastery(
            "big",
            List.of(),
            results,
            List.of(),
            new UnitMastery.Evidence(
                4000, 2000, 1800, NOW.minusSeconds(86_400 * 60), NOW.minusSeconds(3600)));
    IssuerKey key = IssuerKey.fromSeed(new byte[32]);
    LearningRecord record =
        new LearningRecord(
            4000, 800, 40, NOW.minusSeconds(86_400 * 60), NOW.minusSeconds(3600), 2000, 1800);
    ObjectNode unsigned =
        BadgeCredential.build(
            new BadgeCredential.Award(
                "urn:uuid:0",
                NOW.minusSeconds(60),
                BadgeCredential.Identity.hashed("Sam", "00"),
                key.did(),
                "Big pack",
                "1.0.0",
                "",
                null,
                m,
                record));
    return BadgeCredential.secure(unsigned, key, NOW.minusSeconds(60));
  }
}
