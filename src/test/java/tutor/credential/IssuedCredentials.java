package tutor.credential;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import tutor.mastery.Level;
import tutor.pack.Unit;

/**
 * Credentials as tutor issues them, made without a database: fixed answers, a fixed key (the W3C
 * test vectors' key pair) and fixed times, so that every test sees the same file.
 */
final class IssuedCredentials {
  static final Instant ISSUED = Instant.parse("2026-04-12T18:30:00Z");
  static final IssuerKey KEY =
      IssuerKey.fromMultibase("z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq");

  private IssuedCredentials() {}

  static LearningRecord record() {
    return new LearningRecord(
        212,
        40,
        9,
        Instant.parse("2026-03-02T18:30:00Z"),
        Instant.parse("2026-04-12T18:10:00Z"),
        96,
        87);
  }

  static UnitMastery mastery() {
    return new UnitMastery(
        "unix-shell",
        List.of("pipes"),
        List.of(
            new UnitMastery.SkillResult("redirection", "Redirection", Level.MASTERED, 0.97, 30, 28),
            new UnitMastery.SkillResult("pipes", "Pipes", Level.MASTERED, 0.96, 25, 23)),
        List.of(),
        new UnitMastery.Evidence(
            212,
            96,
            87,
            Instant.parse("2026-03-02T18:30:00Z"),
            Instant.parse("2026-04-12T18:10:00Z")));
  }

  static BadgeCredential.Award award(BadgeCredential.Identity who) {
    return new BadgeCredential.Award(
        "urn:uuid:0c6f1e2a-8d4b-4c3e-9f0a-1b2c3d4e5f60",
        ISSUED,
        who,
        KEY.did(),
        "The Unix Shell",
        "1.2.0",
        "Work in the shell.",
        new Unit("pipelines", "Pipelines", "Chain commands with pipes.", List.of("pipes")),
        mastery(),
        record());
  }

  /** The unsigned credential, the learner's name hashed with a fixed salt. */
  static ObjectNode unsigned() {
    return BadgeCredential.build(
        award(BadgeCredential.Identity.hashed("Sam Example", "5f1c0a9e2b7d4c36")));
  }

  /** The signed credential, as `credential issue` writes it. */
  static ObjectNode signed() {
    return BadgeCredential.secure(unsigned(), KEY, ISSUED);
  }
}
