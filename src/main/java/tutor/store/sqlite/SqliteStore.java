package tutor.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tutor.json.Json;
import tutor.kind.Kind;
import tutor.mastery.Evidence;
import tutor.mastery.SkillMastery;
import tutor.pack.AuthorExamples;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.store.AnswerRecord;
import tutor.store.CardRow;
import tutor.store.DueItem;
import tutor.store.DueOutlook;
import tutor.store.FittedParameters;
import tutor.store.Goals;
import tutor.store.History;
import tutor.store.InstallReport;
import tutor.store.Learner;
import tutor.store.Leech;
import tutor.store.LoggedReview;
import tutor.store.Media;
import tutor.store.PackSummary;
import tutor.store.Portability;
import tutor.store.SkillTally;
import tutor.store.Store;
import tutor.store.StoreException;
import tutor.store.StudyData;
import tutor.store.UndoneAnswer;

/** The {@link Store} in an SQLite file. */
public final class SqliteStore implements Store {
  private static final Sql SQL = Sql.of(SqliteStore.class);

  public static final String DEFAULT_LEARNER = "default";
  static final String CURRENT_LEARNER = "current_learner";

  /** Jackson's streaming writer, which gets going quickly: for what every answer writes. */
  private static final class PlainJson {
    static final com.fasterxml.jackson.core.JsonFactory FACTORY =
        new com.fasterxml.jackson.core.JsonFactory();
  }

  private final Connection c;
  private final Path file;

  /** Opened for reading only: the database lives where tutor cannot write. */
  private final boolean readOnly;

  /**
   * What a write does while another program writes: a command waits a while, a session for ever.
   */
  private Transactions.Waiting waiting = Transactions.Waiting.COMMAND;

  /**
   * Installed skills and exercises in outline, read ahead ({@link #preloadOutline}); null: not
   * read.
   */
  private List<StoredSkill> skillsRead;

  private List<StoredExercise> outlinesRead;

  private SqliteStore(Connection c, Path file, boolean readOnly) {
    this.c = c;
    this.file = file;
    this.readOnly = readOnly;
  }

  /**
   * Opens and closes an in-memory database on the calling thread: Main runs it on another thread at
   * launch, so that opening the real one finds SQLite's native library, the driver and what it sets
   * up for each connection (date formats, with the JDK's locale data) ready. Problems are left to
   * the real opening to report.
   */
  public static void warmUp() {
    try (Connection memory = Driver.connect("jdbc:sqlite::memory:", null)) {
      memory.getAutoCommit();
    } catch (Exception | LinkageError e) {
      // the real work will meet it, and report it
    }
  }

  /**
   * Opens the database at {@code file}, creating it if there is none; where tutor cannot write, it
   * is opened for reading only ({@link #readOnly}).
   */
  public static SqliteStore open(Path file) {
    Database.Opened opened = Database.openFor(file);
    return new SqliteStore(opened.connection(), file, opened.readOnly());
  }

  /** The database file. */
  @Override
  public Path file() {
    return file;
  }

  /** Whether the database could only be opened for reading (read-only directory, mount or file). */
  @Override
  public boolean readOnly() {
    return readOnly;
  }

  /**
   * Fails with a one-line reason if the database cannot be written here; for commands that write,
   * to say so before they start rather than at their first write.
   */
  @Override
  public void requireWritable() {
    if (readOnly) throw new StoreException(Transactions.readOnlyMessage(file));
  }

  /**
   * From now on, a write that finds another program writing waits for as long as it takes (a
   * session must not lose an answer), and calls {@code tell} once, the first time it waits long.
   */
  @Override
  public void waitForOthers(Runnable tell) {
    waiting = Transactions.Waiting.forever(tell);
  }

  @Override
  public Goals goals() {
    return new GoalStore(this);
  }

  @Override
  public History history() {
    return new SqliteHistory(this);
  }

  @Override
  public Portability portability() {
    return new SqlitePortability(this);
  }

  @Override
  public Media media() {
    return new PackMedia(this);
  }

  /**
   * The connection, for other classes of this package that own a concern of their own (export,
   * parameters, goals) so that this class does not grow without end.
   */
  Connection connection() {
    return c;
  }

  /** Runs {@code work} in one transaction: all of it is written, or none. */
  <T> T transaction(Transactions.SqlWork<T> work) {
    return Transactions.write(c, work, waiting);
  }

  private <T> T query(Transactions.SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
  }

  // ---- learners and settings ----

  @Override
  public Learner currentLearner(Instant now) {
    Optional<Learner> current = appSetting(CURRENT_LEARNER).flatMap(this::learner);
    if (current.isPresent()) return current.get();
    List<Learner> all = learners();
    if (all.isEmpty()) requireWritable();
    Learner l = all.isEmpty() ? addLearner(DEFAULT_LEARNER, now) : all.get(0);
    if (!readOnly) useLearner(l); // where nothing can be written, the first learner is simply used
    return l;
  }

  @Override
  public Optional<Learner> learner(String name) {
    return query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("learner-by-name"))) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(learnerOf(rs)) : Optional.empty();
            }
          }
        });
  }

  private static Learner learnerOf(ResultSet rs) throws SQLException {
    return new Learner(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)));
  }

  @Override
  public Learner addLearner(String name, Instant now) {
    return transaction(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(SQL.get("add-learner"), PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setLong(2, now.toEpochMilli());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return new Learner(keys.getLong(1), name, now);
            }
          }
        });
  }

  @Override
  public List<Learner> learners() {
    return query(
        () -> {
          List<Learner> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("learners"));
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(learnerOf(rs));
          }
          return out;
        });
  }

  @Override
  public void useLearner(Learner learner) {
    setAppSetting(CURRENT_LEARNER, learner.name());
  }

  @Override
  public Map<String, String> settings(long learnerId) {
    return query(
        () -> {
          Map<String, String> out = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("settings"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
          }
          return out;
        });
  }

  @Override
  public void setSetting(long learnerId, String key, String value) {
    transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("set-setting"))) {
            ps.setLong(1, learnerId);
            ps.setString(2, key);
            ps.setString(3, value);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<String> appSetting(String key) {
    return query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("app-setting"))) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void setAppSetting(String key, String value) {
    transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("set-app-setting"))) {
            ps.setString(1, key);
            ps.setString(2, value);
            return ps.executeUpdate();
          }
        });
  }

  // ---- packs ----

  @Override
  public Optional<String> installedVersion(String packId) {
    return query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("installed-version"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Whether the installed pack's content differs from {@code contentHash} (false if it is not
   * installed).
   */
  @Override
  public boolean packChanged(String packId, String contentHash) {
    return query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-changed"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() && !rs.getString(1).equals(contentHash);
            }
          }
        });
  }

  @Override
  public InstallReport installPack(
      Pack pack,
      Map<String, AuthorExamples> examples,
      String source,
      String contentHash,
      Instant now) {
    String previous = installedVersion(pack.id()).orElse(null);
    skillsRead = null;
    outlinesRead = null;
    return transaction(
        () -> {
          upsertPack(pack, source, contentHash, now);
          upsertSkills(pack);
          replaceUnits(pack);
          InstallReport report = upsertExercises(pack, previous);
          storeExamples(pack, examples);
          exec(OUTLINE, pack.id());
          return report;
        });
  }

  private void storeExamples(Pack pack, Map<String, AuthorExamples> examples) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("store-examples"))) {
      for (Exercise e : pack.exercises()) {
        AuthorExamples x = examples.get(e.id());
        ps.setString(
            1,
            x == null || x.isEmpty()
                ? null
                : json(Map.of("accept", x.accept(), "reject", x.reject())));
        ps.setString(2, pack.id());
        ps.setString(3, e.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public Map<String, AuthorExamples> examples(String packId) {
    return query(
        () -> {
          Map<String, AuthorExamples> out = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("examples"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                try {
                  StoredExamples x = Json.MAPPER.readValue(rs.getString(2), StoredExamples.class);
                  out.put(rs.getString(1), new AuthorExamples(x.accept(), x.reject()));
                } catch (JsonProcessingException e) {
                  // Examples are for authors only: an unreadable entry is left out of the export,
                  // never fatal.
                }
              }
            }
          }
          return out;
        });
  }

  private record StoredExamples(List<List<String>> accept, List<List<String>> reject) {}

  /** Each pack's exercise outlines in one text (migration 008 says why and how). */
  private static final String OUTLINE = SQL.get("store-pack-outline");

  private void upsertPack(Pack p, String source, String hash, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SQL.get("upsert-pack"))) {
      ps.setString(1, p.id());
      ps.setString(2, p.title());
      ps.setString(3, p.version());
      ps.setString(4, p.description());
      ps.setString(5, json(p.authors()));
      ps.setString(6, p.license());
      ps.setString(7, p.language());
      ps.setInt(8, p.format());
      ps.setString(9, source);
      ps.setString(10, hash);
      ps.setLong(11, now.toEpochMilli());
      ps.setLong(12, now.toEpochMilli());
      ps.executeUpdate();
    }
  }

  private void upsertSkills(Pack p) throws SQLException {
    exec(SQL.get("retire-skills"), p.id());
    exec(SQL.get("delete-skill-requires"), p.id());
    try (PreparedStatement skill = c.prepareStatement(SQL.get("upsert-skill"));
        PreparedStatement req = c.prepareStatement(SQL.get("insert-skill-requires"))) {
      int position = 0;
      for (Skill s : p.skills()) {
        skill.setString(1, p.id());
        skill.setString(2, s.id());
        skill.setString(3, s.title());
        skill.setString(4, s.description());
        skill.setInt(5, position++);
        skill.setString(6, ExerciseCodec.skillToJson(s));
        skill.executeUpdate();
        for (String r : s.requires()) {
          req.setString(1, p.id());
          req.setString(2, s.id());
          req.setString(3, r);
          req.executeUpdate();
        }
      }
    }
  }

  private void replaceUnits(Pack p) throws SQLException {
    exec(SQL.get("delete-units"), p.id());
    try (PreparedStatement ps = c.prepareStatement(SQL.get("replace-units"))) {
      int position = 0;
      for (tutor.pack.Unit u : p.units()) {
        ps.setString(1, p.id());
        ps.setString(2, u.id());
        ps.setInt(3, position++);
        ps.setString(4, u.title());
        ps.setString(5, u.description());
        ps.setString(6, String.join(" ", u.skills()));
        ps.executeUpdate();
      }
    }
  }

  @Override
  public List<tutor.pack.Unit> units(String packId) {
    return query(
        () -> {
          List<tutor.pack.Unit> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("units"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new tutor.pack.Unit(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        List.of(rs.getString(4).split(" "))));
              }
            }
          }
          return out;
        });
  }

  /**
   * What installing {@code pack} would change, and nothing written: {@code pack add --dry-run}.
   * Read in one snapshot, so that what it says holds together.
   */
  @Override
  public InstallReport previewInstall(Pack pack) {
    String previous = installedVersion(pack.id()).orElse(null);
    return Transactions.snapshot(c, () -> planExercises(pack, previous).report());
  }

  /** The exercises of a pack as they will be stored, and what storing them changes. */
  private record ExercisePlan(List<String[]> encoded, InstallReport report) {}

  private ExercisePlan planExercises(Pack p, String previous) throws SQLException {
    Map<String, String> oldBodies = new HashMap<>();
    Map<String, String> oldKeyHashes = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("plan-exercises"))) {
      ps.setString(1, p.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          oldBodies.put(rs.getString(1), rs.getString(3));
          oldKeyHashes.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    // JSON and key hashes on every core: for a pack of 50,000 exercises this is a good part of the
    // install.
    List<String[]> encoded =
        p.exercises().parallelStream()
            .map(e -> new String[] {ExerciseCodec.toJson(e), ExerciseCodec.keyHash(e)})
            .toList();
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    Map<String, String> reasons = new LinkedHashMap<>();
    for (int i = 0; i < encoded.size(); i++) {
      Exercise e = p.exercises().get(i);
      String body = encoded.get(i)[0];
      String old = oldBodies.remove(e.id());
      if (old == null) {
        added++;
        continue;
      }
      if (old.equals(body)) unchanged++;
      else changed++;
      // Equal key hashes: nothing that grades changed. Different ones are looked at closely: a new
      // wording of an option, a new order or an added alternative changes the hash, not the answer.
      if (!encoded.get(i)[1].equals(oldKeyHashes.get(e.id()))) {
        Kind.resetReason(ExerciseCodec.fromJson(old).body(), e.body())
            .ifPresent(why -> reasons.put(e.id(), why));
      }
    }
    List<String> reset = List.copyOf(reasons.keySet());
    InstallReport report =
        new InstallReport(
            p.id(),
            previous,
            p.version(),
            added,
            changed,
            oldBodies.size(),
            unchanged,
            reset,
            reasons,
            learnersWithCards(p.id(), reset));
    return new ExercisePlan(encoded, report);
  }

  /** The names of the learners with a card of any of {@code exerciseIds}. */
  private List<String> learnersWithCards(String packId, List<String> exerciseIds)
      throws SQLException {
    if (exerciseIds.isEmpty()) return List.of();
    Set<String> ids = new HashSet<>(exerciseIds);
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("learners-with-cards"))) {
      ps.setString(1, packId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) if (ids.contains(rs.getString(2))) names.add(rs.getString(1));
      }
    }
    return List.copyOf(names);
  }

  private InstallReport upsertExercises(Pack p, String previous) throws SQLException {
    ExercisePlan plan = planExercises(p, previous);
    exec(SQL.get("retire-exercises"), p.id());
    exec(SQL.get("delete-exercise-skills"), p.id());
    try (PreparedStatement ex = c.prepareStatement(SQL.get("upsert-exercise"));
        PreparedStatement sk = c.prepareStatement(SQL.get("insert-exercise-skill"))) {
      int position = 0;
      List<String[]> encoded = plan.encoded();
      for (int i = 0; i < encoded.size(); i++) {
        Exercise e = p.exercises().get(i);
        ex.setString(1, p.id());
        ex.setString(2, e.id());
        ex.setString(3, e.type().yamlName());
        ex.setInt(4, e.difficulty());
        ex.setInt(5, position++);
        ex.setString(6, encoded.get(i)[0]);
        ex.setString(7, encoded.get(i)[1]);
        ex.setString(8, String.join(" ", e.skills()));
        int[] outline = ExerciseCodec.outlineCounts(e.body());
        ex.setInt(9, outline[0]);
        ex.setInt(10, outline[1]);
        ex.addBatch();
        for (String s : e.skills()) {
          sk.setString(1, p.id());
          sk.setString(2, e.id());
          sk.setString(3, s);
          sk.addBatch();
        }
      }
      ex.executeBatch();
      sk.executeBatch();
    }
    // A changed answer or type makes past answers say nothing about the new exercise: its cards
    // start again (for every learner); rewording, reordering and added alternatives keep them.
    try (PreparedStatement del = c.prepareStatement(SQL.get("reset-card"))) {
      for (String id : plan.report().reset()) {
        del.setString(1, p.id());
        del.setString(2, id);
        del.addBatch();
      }
      del.executeBatch();
    }
    return plan.report();
  }

  @Override
  public List<PackSummary> packs(long learnerId) {
    return query(
        () -> {
          List<PackSummary> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-summaries"))) {
            ps.setLong(1, learnerId);
            ps.setLong(2, learnerId);
            ps.setDouble(3, SkillMastery.MASTERED);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new PackSummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12),
                        rs.getInt(13),
                        rs.getString(5),
                        Instant.ofEpochMilli(rs.getLong(6)),
                        stringList(rs.getString(7)),
                        rs.getString(8),
                        rs.getString(9)));
              }
            }
          }
          return out;
        });
  }

  @Override
  public Map<String, String> packTitles() {
    return query(
        () -> {
          Map<String, String> out = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-titles"));
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
          }
          return out;
        });
  }

  // ---- study ----

  @Override
  public StudyData studyData(long learnerId) {
    return query(
        () -> new StudyData(readSkills(), exercises(), cards(learnerId), readMastery(learnerId)));
  }

  /**
   * What a study session needs, with exercises in outline ({@link ExerciseCodec#outline}): read
   * from one index, without parsing any exercise. The session loads an exercise in full to show it.
   */
  @Override
  public tutor.store.StudyCandidates candidates() {
    return new SqliteCandidates(this);
  }

  @Override
  public StudyData studyOutline(long learnerId) {
    return query(
        () -> {
          List<StoredExercise> exercises = outlinesRead != null ? outlinesRead : outlines();
          List<StoredSkill> skills = skillsRead != null ? skillsRead : readSkills();
          return new StudyData(
              skills, exercises, cards(learnerId, exercises), readMastery(learnerId));
        });
  }

  /**
   * Reads what {@link #studyOutline} needs of the installed packs (not of a learner) ahead, so that
   * it can be done on another thread while the command line is read. Installing a pack forgets it.
   */
  @Override
  public void preloadOutline() {
    query(
        () -> {
          skillsRead = java.util.Collections.unmodifiableList(readSkills());
          outlinesRead = java.util.Collections.unmodifiableList(outlines());
          return null;
        });
  }

  @Override
  public Optional<Exercise> exercise(CardKey key) {
    return query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("exercise"))) {
            ps.setString(1, key.packId());
            ps.setString(2, key.exerciseId());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(ExerciseCodec.fromJson(rs.getString(1)))
                  : Optional.empty();
            }
          }
        });
  }

  private List<StoredSkill> readSkills() throws SQLException {
    List<StoredSkill> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("read-skills"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new StoredSkill(
                rs.getString(1), ExerciseCodec.skillFromJson(rs.getString(2)), rs.getInt(3)));
      }
    }
    return out;
  }

  private List<StoredExercise> exercises() throws SQLException {
    List<StoredExercise> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("installed-exercises"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new StoredExercise(
                rs.getString(1), ExerciseCodec.fromJson(rs.getString(2)), rs.getInt(3)));
      }
    }
    return out;
  }

  /** Whether {@code text} from {@code from} to {@code to} is {@code s}. */
  private static boolean same(String text, int from, int to, String s) {
    return s != null && s.length() == to - from && text.startsWith(s, from);
  }

  /**
   * The installed exercises in outline, by pack and in teaching order: one text per pack to read.
   */
  private List<StoredExercise> outlines() throws SQLException {
    List<StoredExercise> out = new ArrayList<>();
    Map<String, List<String>> skillLists =
        new HashMap<>(); // one list for each combination of skills
    Map<String, Exercise.Body> bodies = new HashMap<>(); // one body for each shape
    int[] tab = new int[6];
    String shape = null;
    String skillIds = null;
    Exercise.Body body = null;
    List<String> skills = null;
    try (PreparedStatement ps = c.prepareStatement(SQL.get("pack-outlines"));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String pack = rs.getString(1);
        String text = rs.getString(2);
        int at = 0;
        while (text != null && at < text.length()) {
          // id, position, difficulty, then the shape (type, options, correct_options), skill_ids
          int end = text.indexOf('\n', at);
          if (end < 0) end = text.length();
          for (int i = 0, from = at; i < 6; i++) from = (tab[i] = text.indexOf('\t', from)) + 1;
          // Neighbours mostly share their shape and skills: compare in place before making text of
          // them.
          if (!same(text, tab[2] + 1, tab[5], shape)) {
            shape = text.substring(tab[2] + 1, tab[5]);
            body =
                bodies.computeIfAbsent(
                    shape,
                    x -> {
                      String[] f = x.split("\t");
                      return ExerciseCodec.outlineBody(
                          f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                    });
          }
          if (!same(text, tab[5] + 1, end, skillIds)) {
            skillIds = text.substring(tab[5] + 1, end);
            skills = skillLists.computeIfAbsent(skillIds, ids -> List.of(ids.split(" ")));
          }
          out.add(
              new StoredExercise(
                  pack,
                  ExerciseCodec.outline(
                      text.substring(at, tab[0]),
                      skills,
                      Integer.parseInt(text, tab[1] + 1, tab[2], 10),
                      body),
                  Integer.parseInt(text, tab[0] + 1, tab[1], 10)));
          at = end + 1;
        }
      }
    }
    return out;
  }

  private Map<CardKey, CardState> cards(long learnerId) throws SQLException {
    return cards(learnerId, List.of());
  }

  /**
   * The learner's cards, read as one text per pack and parsed here: reading 100,000 rows column by
   * column costs a second (a native call per value); this, a tenth of that. The text keeps every
   * digit of the doubles (printf %!.17g gives them back exactly). Cards of {@code exercises} share
   * their keys, so that a session holds one key per exercise.
   */
  private Map<CardKey, CardState> cards(long learnerId, List<StoredExercise> exercises)
      throws SQLException {
    Map<String, Map<String, CardKey>> keys = new HashMap<>();
    for (StoredExercise e : exercises)
      keys.computeIfAbsent(e.packId(), p -> new HashMap<>()).put(e.key().exerciseId(), e.key());
    Map<CardKey, CardState> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("cards-by-pack"))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String pack = rs.getString(1);
          Map<String, CardKey> known = keys.getOrDefault(pack, Map.of());
          String text = rs.getString(2);
          int at = 0;
          int[] tab = new int[8];
          while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            for (int i = 0, from = at; i < 8; i++) from = (tab[i] = text.indexOf('\t', from)) + 1;
            String id = text.substring(at, tab[0]);
            CardKey key = known.get(id);
            out.put(
                key != null ? key : new CardKey(pack, id),
                CardRow.state(
                    text.substring(tab[0] + 1, tab[1]),
                    Integer.parseInt(text, tab[1] + 1, tab[2], 10),
                    real(text.substring(tab[2] + 1, tab[3])),
                    real(text.substring(tab[3] + 1, tab[4])),
                    Long.parseLong(text, tab[4] + 1, tab[5], 10),
                    tab[6] == tab[5] + 1 ? null : Long.parseLong(text, tab[5] + 1, tab[6], 10),
                    Integer.parseInt(text, tab[6] + 1, tab[7], 10),
                    Integer.parseInt(text, tab[7] + 1, end, 10)));
            at = end + 1;
          }
        }
      }
    }
    return out;
  }

  /** A REAL as printf('%!.17g') writes it: every digit, and "Inf" or "-Inf" for the infinities. */
  private static double real(String text) {
    return switch (text) {
      case "Inf" -> Double.POSITIVE_INFINITY;
      case "-Inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  private Map<SkillKey, SkillMastery> readMastery(long learnerId) throws SQLException {
    Map<SkillKey, SkillMastery> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(SQL.get("read-mastery"))) {
      ps.setLong(1, learnerId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long firstAt = rs.getLong(7);
          Instant first = rs.wasNull() ? null : Instant.ofEpochMilli(firstAt);
          String firstExercise = rs.getString(6);
          Evidence evidence =
              new Evidence(
                  first == null ? null : firstExercise,
                  firstExercise == null ? null : first,
                  rs.getInt(8) != 0,
                  rs.getInt(9) != 0,
                  rs.getInt(10) != 0);
          out.put(
              new SkillKey(rs.getString(1), rs.getString(2)),
              new SkillMastery(rs.getDouble(3), rs.getInt(4), rs.getInt(5), evidence));
        }
      }
    }
    return out;
  }

  @Override
  public void recordAnswer(AnswerRecord a) {
    transaction(
        () -> {
          writeAnswer(a);
          return null;
        });
  }

  @Override
  public boolean disputeLast(AnswerRecord disputed, LeechBefore unflag) {
    return transaction(
        () -> {
          // Only the learner's last answer, and only a rejected one, may be disputed.
          try (PreparedStatement ps = c.prepareStatement(SQL.get("last-answer"))) {
            ps.setLong(1, disputed.learnerId());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()
                  || !rs.getString(1).equals(disputed.card().packId())
                  || !rs.getString(2).equals(disputed.card().exerciseId())
                  || rs.getInt(3) != 0
                  || rs.getInt(4) != 0) {
                return false;
              }
            }
          }
          // Taken back and written again as the learner's call: its "before" values are the
          // rejected
          // answer's, so an undo afterwards still restores everything as it was before the answer.
          new Undo(this).lastInTransaction(disputed.learnerId());
          writeAnswer(disputed);
          if (unflag != null) {
            // The answer that made it a leech was right after all: the flag is as it was before.
            if (unflag.was() != null) writeLeech(disputed.learnerId(), unflag.was());
            else {
              try (PreparedStatement ps = c.prepareStatement(SQL.get("unflag-leech"))) {
                ps.setLong(1, disputed.learnerId());
                ps.setString(2, unflag.card().packId());
                ps.setString(3, unflag.card().exerciseId());
                ps.executeUpdate();
              }
            }
          }
          return true;
        });
  }

  /** The review row, the card and the mastery of one answer; the caller holds the transaction. */
  private void writeAnswer(AnswerRecord a) throws SQLException {
    {
      CardState after = a.outcome().card();
      try (PreparedStatement ps = c.prepareStatement(SQL.get("insert-review"))) {
        ps.setLong(1, a.learnerId());
        ps.setString(2, a.card().packId());
        ps.setString(3, a.card().exerciseId());
        ps.setLong(4, a.at().toEpochMilli());
        ps.setString(5, a.kind());
        ps.setInt(6, a.outcome().rating().value());
        ps.setInt(7, a.correct() ? 1 : 0);
        if (a.responseMillis() == null) ps.setNull(8, Types.INTEGER);
        else ps.setLong(8, a.responseMillis());
        ps.setInt(9, a.hintsUsed());
        ps.setString(10, a.answer());
        ps.setString(11, phaseName(a.before() == null ? CardPhase.NEW : a.before().phase()));
        ps.setLong(12, a.outcome().elapsedDays());
        ps.setInt(13, a.outcome().scheduledDays());
        ps.setDouble(14, after.stability());
        ps.setDouble(15, after.difficulty());
        ps.setString(16, a.before() == null ? null : plainJson(cardMap(a.before())));
        ps.setString(17, plainJson(masteryMap(a.masteryBefore())));
        if (a.confidence() == null) ps.setNull(18, Types.INTEGER);
        else ps.setInt(18, a.confidence());
        ps.setString(19, a.nearMiss());
        ps.setInt(20, a.shown() ? 1 : 0);
        ps.setInt(21, a.disputed() ? 1 : 0);
        ps.executeUpdate();
      }
      if (a.kind().equals("cram")) return; // practice only: no card or mastery moves
      try (PreparedStatement ps = c.prepareStatement(SQL.get("upsert-card"))) {
        ps.setLong(1, a.learnerId());
        ps.setString(2, a.card().packId());
        ps.setString(3, a.card().exerciseId());
        ps.setString(4, phaseName(after.phase()));
        ps.setInt(5, after.step());
        ps.setDouble(6, after.stability());
        ps.setDouble(7, after.difficulty());
        ps.setLong(8, after.due().toEpochMilli());
        if (after.lastReview() == null) ps.setNull(9, Types.INTEGER);
        else ps.setLong(9, after.lastReview().toEpochMilli());
        ps.setInt(10, after.reps());
        ps.setInt(11, after.lapses());
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement(MASTERY_UPSERT)) {
        for (Map.Entry<SkillKey, SkillMastery> e : a.masteryAfter().entrySet()) {
          ps.setLong(1, a.learnerId());
          ps.setString(2, e.getKey().packId());
          ps.setString(3, e.getKey().skillId());
          ps.setDouble(4, e.getValue().pKnown());
          ps.setInt(5, e.getValue().attempts());
          ps.setInt(6, e.getValue().correct());
          ps.setLong(7, a.at().toEpochMilli());
          bindEvidence(ps, 8, e.getValue().evidence());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  @Override
  public int introducedSince(long learnerId, Instant since) {
    return count(SQL.get("introduced-since"), learnerId, since);
  }

  @Override
  public int reviewedSince(long learnerId, Instant since) {
    return count(SQL.get("reviewed-since"), learnerId, since);
  }

  private int count(String sql, long learnerId, Instant since) {
    return query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, learnerId);
            ps.setLong(2, since.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getInt(1) : 0;
            }
          }
        });
  }

  @Override
  public List<DueItem> dueBefore(long learnerId, Instant until, int limit) {
    return query(
        () -> {
          List<DueItem> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("due-before"))) {
            ps.setLong(1, learnerId);
            ps.setLong(2, until.toEpochMilli());
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                long last = rs.getLong(6);
                Instant lastReview = rs.wasNull() ? null : Instant.ofEpochMilli(last);
                out.add(
                    new DueItem(
                        new CardKey(rs.getString(1), rs.getString(2)),
                        rs.getString(7),
                        CardRow.phase(rs.getString(3)),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        rs.getDouble(5),
                        lastReview));
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<StoredSkill> skills() {
    return query(() -> skillsRead != null ? skillsRead : readSkills());
  }

  @Override
  public Map<SkillKey, SkillMastery> mastery(long learnerId) {
    return query(() -> readMastery(learnerId));
  }

  @Override
  public DueOutlook dueOutlook(
      long learnerId, Instant now, Instant reviewsDueBefore, List<Instant> bounds, int listed) {
    return query(
        () -> {
          DueCounts due = new DueCounts(c, learnerId);
          long at = now.toEpochMilli();
          long reviews = reviewsDueBefore.toEpochMilli();
          List<Integer> later = new ArrayList<>();
          long from = at + 1;
          for (Instant b : bounds) {
            later.add(due.later(at, reviews, from, b.toEpochMilli()));
            from = Math.max(from, b.toEpochMilli());
          }
          long until = bounds.isEmpty() ? at + 1 : bounds.get(bounds.size() - 1).toEpochMilli();
          return new DueOutlook(
              due.dueNow(at, reviews),
              due.listDueNow(at, reviews, listed),
              due.next(at, reviews, until),
              later);
        });
  }

  @Override
  public List<Integer> dueCounts(long learnerId, String packId, List<Instant> bounds) {
    return query(
        () -> {
          DueCounts due = new DueCounts(c, learnerId);
          List<Integer> out = new ArrayList<>();
          long from = Long.MIN_VALUE;
          for (Instant b : bounds) {
            out.add(due.count(null, packId, from, b.toEpochMilli()));
            from = Math.max(from, b.toEpochMilli());
          }
          return out;
        });
  }

  @Override
  public Map<SkillKey, SkillTally> skillTallies(
      long learnerId, java.util.function.ToDoubleFunction<CardState> recall) {
    return query(
        () -> {
          Map<SkillKey, int[]> exercises = new HashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("exercises-per-skill"));
              ResultSet rs = ps.executeQuery()) {
            while (rs.next())
              exercises.put(
                  new SkillKey(rs.getString(1), rs.getString(2)), new int[] {rs.getInt(3)});
          }
          Map<SkillKey, double[]> seen = new HashMap<>(); // seen, recall sum, recalled
          Map<String, SkillKey[]> skillLists = new HashMap<>();
          // One text per pack, its cards in teaching order (the order the sums are made in
          // everywhere).
          try (PreparedStatement ps = c.prepareStatement(SQL.get("seen-cards-per-pack"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String pack = rs.getString(1);
                String text = rs.getString(2);
                int[] tab = new int[3];
                int at = 0;
                while (text != null && at < text.length()) {
                  int end = text.indexOf('\n', at);
                  if (end < 0) end = text.length();
                  for (int i = 0, from = at; i < 3; i++)
                    from = (tab[i] = text.indexOf('\t', from)) + 1;
                  SkillKey[] skills =
                      skillLists.computeIfAbsent(
                          pack + "\t" + text.substring(at, tab[0]),
                          k -> {
                            String[] ids = k.substring(pack.length() + 1).split(" ");
                            SkillKey[] out = new SkillKey[ids.length];
                            for (int i = 0; i < ids.length; i++)
                              out[i] = new SkillKey(pack, ids[i]);
                            return out;
                          });
                  String phaseName = text.substring(tab[0] + 1, tab[1]);
                  CardPhase phase = CardRow.phase(phaseName);
                  double r = 0;
                  if (phase != CardPhase.NEW) {
                    // what recall reads of a card: its memory (stability) and last review
                    long last = Long.parseLong(text, tab[1] + 1, tab[2], 10);
                    r =
                        recall.applyAsDouble(
                            CardRow.state(
                                phaseName,
                                0,
                                real(text.substring(tab[2] + 1, end)),
                                0,
                                last,
                                last,
                                0,
                                0));
                  }
                  for (SkillKey k : skills) {
                    double[] acc = seen.computeIfAbsent(k, x -> new double[3]);
                    acc[0]++;
                    if (phase != CardPhase.NEW) {
                      acc[1] += r;
                      acc[2]++;
                    }
                  }
                  at = end + 1;
                }
              }
            }
          }
          Map<SkillKey, SkillTally> out = new HashMap<>();
          exercises.forEach(
              (k, n) -> {
                double[] acc = seen.getOrDefault(k, new double[3]);
                out.put(k, new SkillTally(k, n[0], (int) acc[0], acc[1], (int) acc[2]));
              });
          return out;
        });
  }

  @Override
  public void setMastery(long learnerId, Map<SkillKey, SkillMastery> mastery, Instant at) {
    transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(MASTERY_UPSERT)) {
            for (Map.Entry<SkillKey, SkillMastery> e : mastery.entrySet()) {
              ps.setLong(1, learnerId);
              ps.setString(2, e.getKey().packId());
              ps.setString(3, e.getKey().skillId());
              ps.setDouble(4, e.getValue().pKnown());
              ps.setInt(5, e.getValue().attempts());
              ps.setInt(6, e.getValue().correct());
              ps.setLong(7, at.toEpochMilli());
              bindEvidence(ps, 8, e.getValue().evidence());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  /**
   * When the learner's last {@code limit} answers were given, newest first (what undo would take
   * back).
   */
  @Override
  public List<Instant> lastAnswerTimes(long learnerId, int limit) {
    return query(
        () -> {
          List<Instant> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("last-answer-times"))) {
            ps.setLong(1, learnerId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.add(Instant.ofEpochMilli(rs.getLong(1)));
            }
          }
          return out;
        });
  }

  @Override
  public Optional<UndoneAnswer> undoLast(long learnerId) {
    return new Undo(this).last(learnerId);
  }

  @Override
  public java.util.Set<SkillKey> lessonsSeen(long learnerId) {
    return query(
        () -> {
          java.util.Set<SkillKey> out = new java.util.HashSet<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("lessons-seen"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.add(new SkillKey(rs.getString(1), rs.getString(2)));
            }
          }
          return out;
        });
  }

  @Override
  public void markLessonSeen(long learnerId, SkillKey skill, Instant at) {
    transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("mark-lesson-seen"))) {
            ps.setLong(1, learnerId);
            ps.setString(2, skill.packId());
            ps.setString(3, skill.skillId());
            ps.setLong(4, at.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  // ---- leeches ----

  @Override
  public List<Leech> leeches(long learnerId) {
    return query(
        () -> {
          List<Leech> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("leeches"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Leech(
                        new CardKey(rs.getString(1), rs.getString(2)),
                        rs.getInt(3),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        Leech.Action.parse(rs.getString(5)),
                        rs.getInt(6) == 1));
              }
            }
          }
          return out;
        });
  }

  @Override
  public void markLeech(long learnerId, Leech leech) {
    transaction(() -> writeLeech(learnerId, leech));
  }

  /** Inserts or replaces the learner's leech row; the caller holds the transaction. */
  private int writeLeech(long learnerId, Leech leech) throws SQLException {
    {
      try (PreparedStatement ps = c.prepareStatement(SQL.get("write-leech"))) {
        ps.setLong(1, learnerId);
        ps.setString(2, leech.card().packId());
        ps.setString(3, leech.card().exerciseId());
        ps.setInt(4, leech.lapses());
        ps.setLong(5, leech.flaggedAt().toEpochMilli());
        ps.setString(6, leech.action().id());
        ps.setInt(7, leech.suspended() ? 1 : 0);
        return ps.executeUpdate();
      }
    }
  }

  @Override
  public int unsuspendLeeches(long learnerId, java.util.Optional<CardKey> card) {
    return transaction(
        () -> {
          String sql = card.isPresent() ? SQL.get("unsuspend-leech") : SQL.get("unsuspend-leeches");
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, learnerId);
            if (card.isPresent()) {
              ps.setString(2, card.get().packId());
              ps.setString(3, card.get().exerciseId());
            }
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Map<String, Integer> leechLearners(String packId) {
    return query(
        () -> {
          Map<String, Integer> out = new java.util.LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(SQL.get("leech-learners"))) {
            ps.setString(1, packId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) out.put(rs.getString(1), rs.getInt(2));
            }
          }
          return out;
        });
  }

  private void exec(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      ps.executeUpdate();
    }
  }

  private static final String MASTERY_UPSERT = SQL.get("upsert-mastery");

  /** Binds the five evidence columns from {@code first}. */
  static void bindEvidence(PreparedStatement ps, int first, Evidence e) throws SQLException {
    ps.setString(first, e.firstExercise());
    if (e.firstRightAt() == null) ps.setNull(first + 1, Types.INTEGER);
    else ps.setLong(first + 1, e.firstRightAt().toEpochMilli());
    ps.setInt(first + 2, e.anotherExercise() ? 1 : 0);
    ps.setInt(first + 3, e.anotherDay() ? 1 : 0);
    ps.setInt(first + 4, e.placed() ? 1 : 0);
  }

  private static String phaseName(CardPhase p) {
    return p.name().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Object> cardMap(CardState s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", phaseName(s.phase()));
    m.put("step", s.step());
    m.put("stability", s.stability());
    m.put("difficulty", s.difficulty());
    m.put("due", s.due().toEpochMilli());
    m.put("last_review", s.lastReview() == null ? null : s.lastReview().toEpochMilli());
    m.put("reps", s.reps());
    m.put("lapses", s.lapses());
    return m;
  }

  private static Map<String, Object> masteryMap(Map<SkillKey, SkillMastery> mastery) {
    Map<String, Object> m = new LinkedHashMap<>();
    mastery.forEach((k, v) -> m.put(k.toString(), v == null ? null : masteryJson(v)));
    return m;
  }

  /** A skill's mastery as undo keeps it: P(known), counts, and the evidence. */
  private static Map<String, Object> masteryJson(SkillMastery v) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("p_known", v.pKnown());
    o.put("attempts", v.attempts());
    o.put("correct", v.correct());
    Evidence e = v.evidence();
    o.put("first_right_exercise", e.firstExercise());
    o.put("first_right_at", e.firstRightAt() == null ? null : e.firstRightAt().toEpochMilli());
    o.put("another_exercise", e.anotherExercise() ? 1 : 0);
    o.put("another_day", e.anotherDay() ? 1 : 0);
    o.put("placed", e.placed() ? 1 : 0);
    return o;
  }

  /**
   * Maps of strings, numbers, nulls and such maps as JSON, with Jackson's streaming writer: what
   * {@link #json} writes, without the object mapper, which takes a tenth of a second to get going
   * (a session's first answer would wait for it).
   */
  static String plainJson(Map<String, Object> map) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (com.fasterxml.jackson.core.JsonGenerator g = PlainJson.FACTORY.createGenerator(out)) {
      write(g, map);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(com.fasterxml.jackson.core.JsonGenerator g, Object v)
      throws java.io.IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
        g.writeFieldName(e.getKey());
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else {
      g.writeString(v.toString());
    }
  }

  /** A JSON list of strings as stored (the pack's authors); an unreadable one as none. */
  private static List<String> stringList(String json) {
    try {
      return List.of(Json.MAPPER.readValue(json, String[].class));
    } catch (JsonProcessingException | RuntimeException e) {
      return List.of();
    }
  }

  static String json(Object o) {
    try {
      return Json.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- fitted FSRS parameters (tutor optimize) ----

  @Override
  public List<LoggedReview> reviewLog(long learnerId) {
    return query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("review-log"))) {
            ps.setLong(1, learnerId);
            return AnswerHistory.readAll(ps);
          }
        });
  }

  @Override
  public void saveFittedParameters(FittedParameters f) {
    transaction(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("save-fitted-parameters"))) {
            ps.setLong(1, f.learnerId());
            ps.setLong(2, f.fittedAt().toEpochMilli());
            ps.setString(3, f.source());
            ps.setInt(4, f.reviewCount());
            ps.setInt(5, f.itemCount());
            ps.setString(6, json(f.parameters().toArray()));
            ps.setDouble(7, f.logLossBefore());
            ps.setDouble(8, f.logLossAfter());
            ps.setDouble(9, f.rmseBefore());
            ps.setDouble(10, f.rmseAfter());
            ps.setInt(11, f.adopted() ? 1 : 0);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<FittedParameters> adoptedParameters(long learnerId) {
    return query(
        () -> {
          try (PreparedStatement ps = c.prepareStatement(SQL.get("adopted-parameters"))) {
            ps.setLong(1, learnerId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) return Optional.empty();
              return Optional.of(
                  new FittedParameters(
                      learnerId,
                      Instant.ofEpochMilli(rs.getLong(1)),
                      rs.getString(2),
                      rs.getInt(3),
                      rs.getInt(4),
                      fsrsParameters(rs.getString(5)),
                      rs.getDouble(6),
                      rs.getDouble(7),
                      rs.getDouble(8),
                      rs.getDouble(9),
                      true));
            }
          }
        });
  }

  private static tutor.schedule.FsrsParameters fsrsParameters(String json) {
    try {
      return new tutor.schedule.FsrsParameters(Json.MAPPER.readValue(json, double[].class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new StoreException(
          "stored FSRS parameters are damaged (" + e.getMessage() + "); run tutor optimize again",
          e);
    }
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw new StoreException("closing the database: " + e.getMessage(), e);
    }
  }
}
