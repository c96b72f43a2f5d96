package tutor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the speed benchmarks share: child JVMs, the generated data, and order statistics. */
final class Runs {
  /** The flags scripts/tutor starts a study session with (keep in step with it). */
  static final List<String> TUTOR_FLAGS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-Xms16m",
          "-XX:MaxNewSize=16m",
          "-XX:MinHeapFreeRatio=20",
          "-XX:MaxHeapFreeRatio=40");

  static final int CARDS = 100_000;
  static final int REVIEWS_PER_CARD = 10;

  /** The pack of the 100k database: every carded exercise, and 5,000 more not yet seen. */
  static final int DB_EXERCISES = 105_000;

  static final int DB_SKILLS = 500;

  private Runs() {}

  /** The 100k-card database, generated once into {@code out} and then reused (a copy per use). */
  static Path bigDatabase(Path out) throws Exception {
    Path db = out.resolve("big-100k.db");
    Path marker = out.resolve("big-100k.txt");
    String made =
        "v1 "
            + CARDS
            + " cards x "
            + REVIEWS_PER_CARD
            + " reviews, "
            + DB_EXERCISES
            + " exercises, "
            + DB_SKILLS
            + " skills, schema "
            + tutor.store.Stores.adapter().schemaVersion();
    if (!Files.exists(db) || !Files.exists(marker) || !Files.readString(marker).equals(made)) {
      System.out.printf("Generating the database: %s (once; kept in %s)...%n", made, db);
      long t0 = System.nanoTime();
      Files.deleteIfExists(marker);
      BigData.database(
          db,
          BigData.pack(BigData.PACK_ID, DB_EXERCISES, DB_SKILLS, 1),
          CARDS,
          REVIEWS_PER_CARD,
          2);
      Files.writeString(marker, made);
      System.out.printf(Locale.ROOT, "  generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    return db;
  }

  /** A fresh copy of {@code db} (without its WAL files, which a clean close leaves empty). */
  static Path copy(Path db, Path to) throws IOException {
    for (String suffix : List.of("", "-wal", "-shm")) Files.deleteIfExists(Path.of(to + suffix));
    Files.copy(db, to, StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  /** A java command with this JVM's classpath (main and test classes, and the dependencies). */
  static List<String> java(List<String> flags, String main, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(flags);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main);
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs a command to its end; its output goes to {@code log}; fails when it fails. */
  static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = p.waitFor();
    if (code != 0)
      throw new IllegalStateException(String.join(" ", cmd) + " failed (" + code + "), see " + log);
  }

  /** The value below which a share {@code q} of the values lie (nearest rank). */
  static double quantile(List<Double> values, double q) {
    List<Double> s = new ArrayList<>(values);
    s.sort(null);
    int i = (int) Math.ceil(q * s.size()) - 1;
    return s.get(Math.max(0, Math.min(s.size() - 1, i)));
  }

  static double median(List<Double> values) {
    return quantile(values, 0.5);
  }

  static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  static String f(double v) {
    return v >= 100
        ? String.format(Locale.ROOT, "%.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  static String ratio(double a, double b) {
    return String.format(Locale.ROOT, "%.2f", a / b);
  }

  static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }
}
