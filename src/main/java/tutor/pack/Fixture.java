package tutor.pack;

/**
 * A database that sql exercises run against, declared under {@code fixtures:} in pack.yaml: its
 * name and its script of CREATE TABLE and INSERT statements. Each exercise carries its fixture, so
 * an installed exercise can be graded with nothing but itself.
 *
 * @param path where the script was, relative to the pack root (for messages and export)
 */
public record Fixture(String name, String path, String sql) {}
