package tutor.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.json.Json;
import tutor.mastery.SkillMastery;
import tutor.pack.AuthorExamples;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardState;
import tutor.store.AnswerRecord;
import tutor.store.DueItem;
import tutor.store.DueOutlook;
import tutor.store.FittedParameters;
import tutor.store.Goals;
import tutor.store.History;
import tutor.store.InstallReport;
import tutor.store.Learner;
import tutor.store.LearnerLock;
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

/**
 * The {@link Store} in an SQLite file: it opens the database, holds the connection and its
 * transactions, and reads the installed exercises in outline for a session (ahead, on another
 * thread, if asked). Every other concern is a class of this package that it hands the call to:
 * {@link StudyReads}, {@link Learners}, {@link Settings}, {@link InstalledPacks}, {@link
 * PackInstall}, {@link AnswerRecorder}, {@link Leeches}, {@link LearnerActivity}, {@link
 * DueCounts}, {@link SkillTallies}, {@link FittedParametersStore}, {@link Undo}, and the smaller
 * ports ({@link GoalStore}, {@link SqliteHistory}, {@link SqlitePortability}, {@link PackMedia},
 * {@link SqliteCandidates}).
 */
public final class SqliteStore implements Store {
  private static final Sql SQL = Sql.of(SqliteStore.class);

  public static final String DEFAULT_LEARNER = "default";
  static final String CURRENT_LEARNER = "current_learner";

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

  // Each concern of the port is a class of its own, which this one hands the call to.
  private final StudyReads studyReads;
  private final Learners learners;
  private final Settings settings;
  private final InstalledPacks installedPacks;
  private final PackInstall packInstall;
  private final AnswerRecorder answerRecorder;
  private final Leeches leeches;
  private final LearnerActivity learnerActivity;
  private final SkillTallies skillTallies;
  private final SkillFadings skillFadings;
  private final FittedParametersStore fittedParametersStore;

  private SqliteStore(Connection c, Path file, boolean readOnly) {
    this.c = c;
    this.file = file;
    this.readOnly = readOnly;
    this.studyReads = new StudyReads(c);
    this.learners = new Learners(this);
    this.settings = new Settings(this);
    this.installedPacks = new InstalledPacks(this);
    this.packInstall = new PackInstall(this);
    this.answerRecorder = new AnswerRecorder(this);
    this.leeches = new Leeches(this);
    this.learnerActivity = new LearnerActivity(this);
    this.skillTallies = new SkillTallies(this);
    this.skillFadings = new SkillFadings(this);
    this.fittedParametersStore = new FittedParametersStore(this);
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
  public Path file() {
    return file;
  }

  /** A byte of the lock file beside the database ({@link FileLearnerLock}). */
  @Override
  public LearnerLock lockLearner(Learner learner) {
    return FileLearnerLock.take(this, learner);
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

  /** Runs {@code work}, which only reads; its failure is said as a store failure. */
  <T> T query(Transactions.SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw Transactions.failure(c, e);
    }
  }

  // ---- learners and settings ----

  @Override
  public Learner currentLearner(Instant now) {
    return learners.currentLearner(now);
  }

  @Override
  public Optional<Learner> learner(String name) {
    return learners.learner(name);
  }

  @Override
  public Learner addLearner(String name, Instant now) {
    return learners.addLearner(name, now);
  }

  @Override
  public List<Learner> learners() {
    return learners.learners();
  }

  @Override
  public void useLearner(Learner learner) {
    learners.useLearner(learner);
  }

  @Override
  public Map<String, String> settings(long learnerId) {
    return settings.settings(learnerId);
  }

  @Override
  public void setSetting(long learnerId, String key, String value) {
    settings.setSetting(learnerId, key, value);
  }

  @Override
  public Optional<String> appSetting(String key) {
    return settings.appSetting(key);
  }

  @Override
  public void setAppSetting(String key, String value) {
    settings.setAppSetting(key, value);
  }

  // ---- packs ----

  @Override
  public Optional<String> installedVersion(String packId) {
    return installedPacks.installedVersion(packId);
  }

  /**
   * Whether the installed pack's content differs from {@code contentHash} (false if it is not
   * installed).
   */
  @Override
  public boolean packChanged(String packId, String contentHash) {
    return installedPacks.packChanged(packId, contentHash);
  }

  @Override
  public Map<String, AuthorExamples> examples(String packId) {
    return installedPacks.examples(packId);
  }

  @Override
  public List<tutor.pack.Unit> units(String packId) {
    return installedPacks.units(packId);
  }

  @Override
  public List<PackSummary> packs(long learnerId) {
    return installedPacks.packs(learnerId);
  }

  @Override
  public Map<String, String> packTitles() {
    return installedPacks.packTitles();
  }

  @Override
  public InstallReport installPack(
      Pack pack,
      Map<String, AuthorExamples> examples,
      String source,
      String contentHash,
      Instant now) {
    skillsRead = null;
    outlinesRead = null;
    return packInstall.install(pack, examples, source, contentHash, now);
  }

  /** What installing {@code pack} would change, and nothing written: {@code pack add --dry-run}. */
  @Override
  public InstallReport previewInstall(Pack pack) {
    return packInstall.preview(pack);
  }

  // ---- study ----

  @Override
  public StudyData studyData(long learnerId) {
    return query(
        () ->
            new StudyData(
                readSkills(),
                studyReads.exercises(),
                cards(learnerId, List.of()),
                readMastery(learnerId)));
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
  public void preloadSkills() {
    query(
        () -> {
          skillsRead = java.util.Collections.unmodifiableList(readSkills());
          return null;
        });
  }

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
    return query(() -> studyReads.exercise(key));
  }

  // What studyOutline and preloadOutline read, kept under their names here.
  private List<StoredSkill> readSkills() throws SQLException {
    return studyReads.skills();
  }

  private Map<CardKey, CardState> cards(long learnerId, List<StoredExercise> exercises)
      throws SQLException {
    return studyReads.cards(learnerId, exercises);
  }

  private Map<SkillKey, SkillMastery> readMastery(long learnerId) throws SQLException {
    return studyReads.mastery(learnerId);
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

  @Override
  public void recordAnswer(AnswerRecord a) {
    answerRecorder.recordAnswer(a);
  }

  @Override
  public boolean disputeLast(AnswerRecord disputed, LeechBefore unflag) {
    return answerRecorder.disputeLast(disputed, unflag);
  }

  @Override
  public int introducedSince(long learnerId, Instant since) {
    return learnerActivity.introducedSince(learnerId, since);
  }

  @Override
  public int reviewedSince(long learnerId, Instant since) {
    return learnerActivity.reviewedSince(learnerId, since);
  }

  @Override
  public List<DueItem> dueBefore(long learnerId, Instant until, int limit) {
    return query(() -> new DueCounts(c, learnerId).listBefore(until.toEpochMilli(), limit));
  }

  @Override
  public DueOutlook dueOutlook(
      long learnerId, Instant now, Instant reviewsDueBefore, List<Instant> bounds, int listed) {
    return query(() -> new DueCounts(c, learnerId).outlook(now, reviewsDueBefore, bounds, listed));
  }

  @Override
  public List<Integer> dueCounts(long learnerId, String packId, List<Instant> bounds) {
    return query(() -> new DueCounts(c, learnerId).counts(packId, bounds));
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
  public List<tutor.mastery.Chance.Answer> recentAnswers(long learnerId, SkillKey skill) {
    return query(() -> studyReads.recentAnswers(learnerId, skill));
  }

  @Override
  public void setMastery(long learnerId, Map<SkillKey, SkillMastery> mastery, Instant at) {
    answerRecorder.setMastery(learnerId, mastery, at);
  }

  @Override
  public Map<SkillKey, SkillTally> skillTallies(
      long learnerId, java.util.function.ToDoubleFunction<CardState> recall) {
    return skillTallies.tallies(learnerId, recall);
  }

  @Override
  public Map<SkillKey, tutor.store.SkillFading> skillFading(
      long learnerId, String packId, tutor.mastery.FadingDay.Curve curve) {
    return skillFadings.fading(learnerId, packId, curve);
  }

  @Override
  public Map<SkillKey, SkillTally> skillTallies(
      long learnerId, String packId, java.util.function.ToDoubleFunction<CardState> recall) {
    return skillTallies.tallies(learnerId, packId, recall);
  }

  /**
   * When the learner's last {@code limit} answers were given, newest first (what undo would take
   * back).
   */
  @Override
  public List<Instant> lastAnswerTimes(long learnerId, int limit) {
    return learnerActivity.lastAnswerTimes(learnerId, limit);
  }

  @Override
  public Optional<UndoneAnswer> undoLast(long learnerId) {
    return new Undo(this).last(learnerId);
  }

  @Override
  public java.util.Set<SkillKey> lessonsSeen(long learnerId) {
    return learnerActivity.lessonsSeen(learnerId);
  }

  @Override
  public void markLessonSeen(long learnerId, SkillKey skill, Instant at) {
    learnerActivity.markLessonSeen(learnerId, skill, at);
  }

  // ---- leeches ----

  @Override
  public List<Leech> leeches(long learnerId) {
    return leeches.leeches(learnerId);
  }

  @Override
  public void markLeech(long learnerId, Leech leech) {
    leeches.markLeech(learnerId, leech);
  }

  @Override
  public int unsuspendLeeches(long learnerId, java.util.Optional<CardKey> card) {
    return leeches.unsuspendLeeches(learnerId, card);
  }

  @Override
  public Map<String, Integer> leechLearners(String packId) {
    return leeches.leechLearners(packId);
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
    return fittedParametersStore.reviewLog(learnerId);
  }

  @Override
  public List<String> masteryDisagreements(long learnerId, String packId) {
    try {
      return MasteryAgainstAnswers.disagreements(c, learnerId, packId);
    } catch (SQLException e) {
      throw new StoreException("reading the mastery and the answers: " + e.getMessage(), e);
    }
  }

  @Override
  public void saveFittedParameters(FittedParameters f) {
    fittedParametersStore.saveFittedParameters(f);
  }

  @Override
  public Optional<FittedParameters> adoptedParameters(long learnerId) {
    return fittedParametersStore.adoptedParameters(learnerId);
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
