package tutor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tutor.credential.BadgeCredential;
import tutor.credential.CredentialCheck;
import tutor.credential.CredentialReader;
import tutor.credential.Echo;
import tutor.credential.IssuerKey;
import tutor.credential.LearningRecord;
import tutor.credential.UnitMastery;
import tutor.json.Json;
import tutor.pack.CardKey;
import tutor.pack.StoredExercise;
import tutor.pack.Unit;
import tutor.schedule.FsrsScheduler;
import tutor.session.LearnerSettings;
import tutor.session.Picker;
import tutor.store.Learner;
import tutor.store.LoggedReview;
import tutor.store.PackSummary;
import tutor.store.Store;
import tutor.store.StudyData;
import tutor.study.LearnerSetup;

@Command(
    name = "credential",
    mixinStandardHelpOptions = true,
    description = {
      "Verifiable micro-credentials for what you have mastered.",
      "",
      "A W3C Verifiable Credential shaped as an Open Badges 3.0 OpenBadgeCredential,",
      "signed (eddsa-jcs-2022, Ed25519) with a key tutor keeps for you. Anyone can",
      "check it with standard tools; the format is in docs/credentials.md."
    },
    subcommands = {CredentialCommand.Issue.class, CredentialCommand.Verify.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  tutor credential issue --pack unix-shell",
      "  tutor credential issue --pack unix-shell --unit pipelines --out ~/badges",
      "  tutor credential verify tutor-credential-unix-shell-20260412.json"
    })
final class CredentialCommand implements Callable<Integer> {
  /**
   * The learner's signing key, in app settings so that exports never carry it (erased with the
   * learner).
   */
  static final String KEY_SETTING = "credential_key:";

  @ParentCommand TutorCommand root;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // A group alone ("tutor pack"): what it offers, as for "tutor" alone.
    spec.commandLine().usage(root.ctx.out());
    return ExitCodes.OK;
  }

  @Command(
      name = "issue",
      mixinStandardHelpOptions = true,
      description = {
        "Issue a credential for a pack, or a unit of it, that you have mastered.",
        "",
        "A unit (--unit) is one the pack declares (tutor pack list shows them);",
        "--skill names skills instead. Either way, everything they require counts.",
        "Every skill must be at level mastered now, checked from your answers, not",
        "asserted: right answers to two different exercises on two different days,",
        "a predicted recall now of at least your desired retention, and nothing",
        "placement only inferred. Otherwise nothing is issued, each skill's shortfall",
        "is listed on stderr and the exit code is 1.",
        "The first credential creates your signing key (an Ed25519 key",
        "kept in the database, never shown; your issuer id is its did:key).",
        "It names you by a salted hash of your learner name (--show-name: the name),",
        "and states its evidence: answers, exercises, days, retention measured."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  tutor credential issue --pack unix-shell",
        "  tutor credential issue --pack unix-shell --unit pipelines",
        "  tutor credential issue --pack unix-shell --skill pipes,redirection",
        "  tutor credential issue --pack git --out -        (to standard output)",
        "  tutor credential issue --pack git --show-name"
      })
  static final class Issue implements Callable<Integer> {
    @ParentCommand CredentialCommand parent;

    @Option(names = "--pack", required = true, paramLabel = "ID", description = "The pack.")
    String pack;

    @Option(
        names = "--unit",
        paramLabel = "UNIT",
        description = "A unit the pack declares; default: the whole pack.")
    String unitId;

    @Option(
        names = "--skill",
        paramLabel = "SKILL",
        split = ",",
        description = "Skills instead of a unit (repeat, or separate with commas).")
    List<String> unit = new ArrayList<>();

    @Option(
        names = "--show-name",
        description =
            "Put your learner name in the credential as it is; by default it holds only a salted hash"
                + " of it, which someone who knows your name can check.")
    boolean showName;

    @Option(
        names = "--out",
        paramLabel = "PATH",
        description =
            "A directory (default: the current one), a .json file, or - for standard output.")
    String out = ".";

    @Override
    public Integer call() throws IOException {
      TutorCommand root = parent.root;
      if (!out.equals("-")) OutPath.requireParent("--out", Path.of(out)); // before any work
      Instant now = root.clock().instant();
      try (Store store = root.openStore()) {
        Learner learner = store.currentLearner(now);
        PackSummary summary =
            store.packs(learner.id()).stream()
                .filter(p -> p.id().equals(pack))
                .findFirst()
                .orElseThrow(
                    () ->
                        new UserException(
                            ExitCodes.BAD_INPUT,
                            "no installed pack '" + pack + "' (see: tutor pack list)"));
        StudyData data = store.studyData(learner.id());
        Unit declared = null;
        if (unitId != null) {
          if (!unit.isEmpty())
            throw new UserException(ExitCodes.BAD_INPUT, "give --unit or --skill, not both");
          declared = Units.declared(store, pack, unitId);
          unit = declared.skills();
        }
        for (String s : unit) {
          if (data.skills().stream().noneMatch(k -> k.packId().equals(pack) && k.id().equals(s))) {
            throw new UserException(
                ExitCodes.BAD_INPUT, "pack '" + pack + "' has no skill '" + s + "'");
          }
        }
        LearnerSetup setup = Learners.setup(store, learner);
        LearnerSettings settings = setup.settings();
        FsrsScheduler scheduler = setup.scheduler();
        Picker.Memory memory =
            new Picker(scheduler, data.skills())
                .memory(Picker.Request.of(data.exercises(), data.cards(), data.mastery(), now));
        UnitMastery mastery =
            UnitMastery.check(
                pack,
                unit,
                data.skills(),
                data.exercises(),
                data.mastery(),
                memory.levels(),
                memory.recalls(),
                store.history().answers(learner.id()),
                scheduler.days(),
                settings.desiredRetention(),
                guesses(data));
        PrintWriter err = root.ctx.err();
        LearningRecord record =
            learningRecord(data, mastery, store.history().answers(learner.id()), settings.day());
        if (record.last() != null && record.last().isAfter(now.plus(ISSUED_BEFORE_ANSWERS))) {
          // A credential dated before the answers it rests on would certify, on that date, what
          // was shown only later (--now set back, or the system clock).
          throw new UserException(
              ExitCodes.FAILURE,
              "your answers to these skills go up to "
                  + record.last().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                  + ", after the time of issue "
                  + now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                  + ": a credential cannot be dated before the answers it rests on (check --now"
                  + " or the system clock); none issued");
        }
        // P(known) is read from the mastery rows; a row changed outside tutor (raised by hand) is
        // not what the answers made of it, and a credential must certify only what they show.
        List<String> altered = new ArrayList<>();
        for (String line : store.masteryDisagreements(learner.id(), pack)) {
          for (var s : mastery.skills()) {
            if (line.contains(", " + pack + "/" + s.id() + ": ")) altered.add(line);
          }
        }
        if (!altered.isEmpty()) {
          err.println(
              "tutor: the mastery of "
                  + altered.size()
                  + (altered.size() == 1 ? " skill is" : " skills are")
                  + " not what your answers made of it (changed outside tutor); no credential"
                  + " issued");
          for (String line : altered) err.println("  " + line);
          err.println("Run tutor doctor: tutor doctor --fix writes back what your answers say.");
          return ExitCodes.FAILURE;
        }
        if (!mastery.met()) {
          // Fitted to the terminal (at 50 columns these ran to 170); piped, lines stay whole.
          int width = TerminalWidth.forProse(root.ctx);
          TextRows.print(
              err,
              "tutor: not mastered yet: "
                  + mastery.unmet().size()
                  + " of "
                  + mastery.skills().size()
                  + (mastery.skills().size() == 1 ? " skill falls short" : " skills fall short")
                  + "; no credential issued",
              width);
          for (String line : mastery.unmet()) {
            List<String> lines = TextRows.wrap(line, Math.max(24, width - 4));
            err.println("  " + lines.get(0));
            for (String more : lines.subList(1, lines.size())) err.println("    " + more);
          }
          TextRows.print(
              err,
              "A credential certifies what your answers show: right answers to two different exercises"
                  + " on two different days for every skill, remembered now (see: tutor study --pack "
                  + pack
                  + ").",
              width);
          return ExitCodes.FAILURE;
        }
        IssuerKey key = key(store, learner, err);
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        BadgeCredential.Identity identity =
            showName
                ? BadgeCredential.Identity.plain(learner.name())
                : BadgeCredential.Identity.hashed(learner.name(), HexFormat.of().formatHex(salt));
        ObjectNode unsigned =
            BadgeCredential.build(
                new BadgeCredential.Award(
                    "urn:uuid:" + UUID.randomUUID(),
                    now,
                    identity,
                    key.did(),
                    summary.title(),
                    summary.version(),
                    summary.description(),
                    declared,
                    mastery,
                    record));
        ObjectNode signed = BadgeCredential.secure(unsigned, key, now);
        CredentialCheck self = CredentialCheck.of(signed, now);
        if (!self
            .valid()) { // e.g. a pack so large that its credential passes the verifier's limits
          throw new UserException(
              ExitCodes.FAILURE,
              "the credential would not verify (" + self.failures().get(0) + "); none issued");
        }
        String json = Json.PRETTY.writeValueAsString(signed) + "\n";
        if (json.getBytes(StandardCharsets.UTF_8).length > CredentialReader.MAX_BYTES) {
          throw new UserException(
              ExitCodes.FAILURE,
              "the credential would be larger than verifiers read (1 MB);"
                  + " issue it for a unit instead");
        }
        if (out.equals("-")) {
          root.ctx.out().print(json);
          root.ctx.out().flush();
          return ExitCodes.OK;
        }
        Path target = target(now);
        if (Files.exists(target))
          throw new UserException(
              ExitCodes.BAD_INPUT, target + " already exists; give another --out");
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Files.writeString(target, json, StandardCharsets.UTF_8);
        // Fitted to the terminal; a long path breaks after a '/', never inside a name.
        int width = TerminalWidth.forProse(root.ctx);
        TextRows.print(
            root.ctx.out(), "Issued " + unsigned.get("name").asText() + " to " + target, width);
        TextRows.print(root.ctx.out(), "Check it with: tutor credential verify " + target, width);
      }
      return ExitCodes.OK;
    }

    private Path target(Instant now) {
      Path p = Path.of(out);
      if (out.endsWith(".json") && !Files.isDirectory(p)) return p;
      String what =
          unitId != null ? "-" + unitId : unit.isEmpty() ? "" : "-" + String.join("-", unit);
      String name =
          "tutor-credential-"
              + pack
              + what
              + "-"
              + now.toString().substring(0, 10).replace("-", "")
              + ".json";
      return p.resolve(name);
    }

    /**
     * How much later than the time of issue the last answer may be: a session started with --now
     * runs its clock on from there, so its answers fall seconds or minutes after the same --now.
     */
    private static final java.time.Duration ISSUED_BEFORE_ANSWERS = java.time.Duration.ofHours(1);

    /** The evidence: every answer to an exercise of the credential's skills. */
    private static LearningRecord learningRecord(
        StudyData data, UnitMastery mastery, List<LoggedReview> log, tutor.schedule.StudyDay day) {
      Set<String> skills = new HashSet<>();
      mastery.skills().forEach(s -> skills.add(s.id()));
      Set<CardKey> exercises = new HashSet<>();
      for (StoredExercise e : data.exercises()) {
        if (e.packId().equals(mastery.packId())
            && e.exercise().skills().stream().anyMatch(skills::contains)) {
          exercises.add(e.key());
        }
      }
      // The learner's days, as the mastery it certifies counts them (not UTC's).
      return LearningRecord.of(exercises, log, day);
    }

    /** The learner's key, created on first use. */
    private static IssuerKey key(Store store, Learner learner, PrintWriter err) {
      String setting = KEY_SETTING + learner.id();
      var stored = store.appSetting(setting);
      if (stored.isPresent()) {
        try {
          return IssuerKey.fromMultibase(stored.get());
        } catch (IllegalArgumentException e) {
          throw new UserException(
              ExitCodes.FAILURE,
              "the stored signing key of '"
                  + learner.name()
                  + "' is damaged ("
                  + e.getMessage()
                  + "); restore a backup of the database");
        }
      }
      IssuerKey key = IssuerKey.generate(new SecureRandom());
      store.setAppSetting(setting, key.privateMultibase());
      err.println("Created your signing key; you issue as " + key.did());
      return key;
    }
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Check a credential: valid, or each check that fails.",
        "",
        "Checks its Open Badges 3.0 shape, its validity period (validFrom, validUntil)",
        "at the current time (or --now), and its eddsa-jcs-2022 proof: the issuer's",
        "key made it, and nothing changed since. Needs no database and no network.",
        "Exit code 0 when valid, 1 when not, 2 when the file cannot be read as JSON",
        "within the limits in docs/credentials.md (1 MB, nesting 32 deep, ...)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  tutor credential verify badge.json",
        "  tutor credential verify badge.json --format json",
        "  tutor credential verify badge.json --now 2030-01-01T00:00:00Z",
        "  cat badge.json | tutor credential verify -"
      })
  static final class Verify implements Callable<Integer> {
    @ParentCommand CredentialCommand parent;

    @Parameters(
        paramLabel = "FILE",
        description = "The credential (JSON), or - for standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws IOException {
      TutorCommand root = parent.root;
      JsonNode doc;
      try {
        doc = CredentialReader.parse(read());
      } catch (CredentialReader.Unreadable e) {
        throw new UserException(ExitCodes.BAD_INPUT, Echo.clean(file, 100) + ": " + e.getMessage());
      }
      CredentialCheck check = CredentialCheck.of(doc, root.clock().instant());
      PrintWriter out = root.ctx.out();
      if (format == OutputFormat.json) {
        ObjectMapper m = Json.MAPPER;
        ObjectNode o =
            m.createObjectNode()
                .put("valid", check.valid())
                .put("name", check.name())
                .put("issuer", check.issuer())
                .put("valid_from", check.validFrom())
                .put("achievement", check.achievement());
        check.failures().forEach(o.putArray("failures")::add);
        out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
      } else if (check.valid()) {
        out.println(
            "valid: "
                + Echo.clean(check.name() == null ? "(no name)" : check.name(), 200)
                + ", issued by "
                + Echo.clean(check.issuer(), 200)
                + " on "
                + Echo.clean(check.validFrom(), 40));
      } else if (check.failures().size() == 1) {
        out.println("invalid: " + check.failures().get(0));
      } else {
        out.println("invalid: " + check.failures().size() + " checks fail");
        for (String f : check.failures()) out.println("  - " + f);
      }
      return check.valid() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /**
     * The file's bytes, at most what CredentialReader accepts (and one more, to tell it is too
     * large).
     */
    private byte[] read() throws IOException, CredentialReader.Unreadable {
      if (file.equals("-")) return CredentialReader.read(parent.root.ctx.in());
      Path path = Path.of(file);
      if (Files.isDirectory(path)) throw new CredentialReader.Unreadable("it is a directory");
      try (InputStream in = Files.newInputStream(path)) {
        return CredentialReader.read(in);
      } catch (NoSuchFileException e) {
        throw new CredentialReader.Unreadable("no such file");
      } catch (AccessDeniedException e) {
        throw new CredentialReader.Unreadable("not allowed to read it");
      }
    }
  }

  /** Each exercise's chance of a right answer by guessing, as knowledge tracing takes it. */
  private static java.util.Map<tutor.pack.CardKey, Double> guesses(StudyData data) {
    java.util.Map<tutor.pack.SkillKey, tutor.pack.StoredSkill> skills = new java.util.HashMap<>();
    for (tutor.pack.StoredSkill s : data.skills()) skills.put(s.key(), s);
    java.util.Map<tutor.pack.CardKey, Double> out = new java.util.HashMap<>();
    for (tutor.pack.StoredExercise e : data.exercises()) {
      List<String> of = e.exercise().skills();
      tutor.pack.StoredSkill s =
          of.isEmpty() ? null : skills.get(new tutor.pack.SkillKey(e.packId(), of.get(0)));
      out.put(
          e.key(),
          tutor.kind.Kind.chance(s == null ? null : s.skill().bkt(), e.exercise()).guess());
    }
    return out;
  }
}
