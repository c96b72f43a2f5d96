package tutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small packs written to a directory, for tests that need installed content. */
public final class TestPacks {
  private TestPacks() {}

  /**
   * A pack "demo" 1.0.0 with two skills, basics then more (more requires basics), and one exercise
   * of each auto-graded type plus a flashcard. Choice options are not shuffled so that scripted
   * answers are stable.
   */
  public static Path demo(Path parent) throws IOException {
    return demo(parent, "1.0.0", true);
  }

  public static Path demo(Path parent, String version, boolean withCapital) throws IOException {
    Path dir = parent.resolve("demo-" + version);
    Files.createDirectories(dir.resolve("exercises"));
    Files.writeString(
        dir.resolve("pack.yaml"),
        """
        id: demo
        title: Demo pack
        version: %s
        skills:
          - id: basics
            title: The basics
            lesson: |
              # The basics
              Capitals, sums and colours: **read this first**.
            worked_examples:
              - problem: What is 1 + 1?
                steps: [Count one, then one more.]
                answer: "2"
            resources:
              - title: An atlas
                url: https://example.org/atlas
                kind: book
          - id: more
            title: Building on the basics
            requires: [basics]
        units:
          - id: first-steps
            title: First steps
            description: Capitals, sums and colours.
            skills: [basics]
        """
            .formatted(version));
    String capital =
        withCapital
            ? """
          - id: capital
            skill: basics
            type: text
            difficulty: 1
            prompt: What is the capital of France?
            answers: [Paris]
            hints: [It is on the Seine.]
            explanation: Paris has been the capital for centuries.
        """
            : "";
    Files.writeString(
        dir.resolve("exercises/basics.yaml"),
        "exercises:\n"
            + capital
            + """
          - id: sum
            skill: basics
            type: numeric
            difficulty: 2
            prompt: What is 2.5 + 2.5?
            answer: 5
            explanation: Add the whole parts, then the halves.
          - id: colour
            skill: basics
            type: choice
            difficulty: 3
            prompt: Which is a primary colour of light?
            options: [Red, Brown, Pink]
            correct: Red
            shuffle: false
            explanation: Red, green and blue.
          - id: boil
            skill: basics
            type: cloze
            difficulty: 4
            text: "Water boils at {{100}} degrees {{Celsius|C}}."
            explanation: At sea level.
        """);
    Files.writeString(
        dir.resolve("exercises/more.yaml"),
        """
        exercises:
          - id: planets
            skill: more
            type: order
            prompt: Order these from the Sun outwards.
            items: [Mercury, Venus, Earth]
            explanation: Mercury is closest.
          - id: water
            skill: more
            type: flashcard
            difficulty: 1
            front: H2O
            back: Water
        """);
    return dir;
  }

  /**
   * A pack "runs" with one exercise per skill, each graded by running it: a query (skill query), a
   * change (skill change) and a pattern (skill patterns), against a fixture "shop" of customers and
   * orders.
   */
  public static Path runKinds(Path parent) throws IOException {
    Path dir = parent.resolve("runs");
    Files.createDirectories(dir.resolve("exercises"));
    Files.createDirectories(dir.resolve("fixtures"));
    Files.writeString(
        dir.resolve("fixtures/shop.sql"),
        """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);
        INSERT INTO customers VALUES (1, 'Anna', 'Berlin'), (2, 'Ben', 'Hamburg'), (3, 'Cem', 'Berlin'),
          (4, 'Dora', NULL);
        CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL);
        INSERT INTO orders VALUES (10, 1, 20.5), (11, 1, 5), (12, 3, 7.25);
        """);
    Files.writeString(
        dir.resolve("pack.yaml"),
        """
        id: runs
        title: Run kinds
        version: 1.0.0
        fixtures:
          shop: fixtures/shop.sql
        skills:
          - id: query
            title: Queries
          - id: change
            title: Changes
          - id: patterns
            title: Patterns
        """);
    Files.writeString(
        dir.resolve("exercises/all.yaml"),
        """
        exercises:
          - id: berlin
            skill: query
            type: sql
            fixture: shop
            prompt: List the name and city of every customer in Berlin.
            solution: "SELECT name, city FROM customers WHERE city = 'Berlin';"
            explanation: WHERE keeps the rows whose city is Berlin.
            examples:
              accept:
                - "SELECT city, name FROM customers WHERE city = 'Berlin'"
                - "select c.name, c.city from customers c where c.city in ('Berlin');"
              reject:
                - "SELECT name, city FROM customers"
                - "SELECT name FROM customers WHERE city = 'Berlin'"
          - id: small-orders
            skill: change
            type: sql
            fixture: shop
            mode: change
            prompt: Delete every order under 10.
            solution: DELETE FROM orders WHERE total < 10
            examples:
              accept: ["DELETE FROM orders WHERE id IN (11, 12)"]
              reject: ["DELETE FROM orders"]
          - id: only-a
            skill: patterns
            type: regex
            prompt: Write a pattern for strings of the letter a only.
            solution: a+
            match: [a, aaa]
            reject: [b, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"]
            hidden_reject: [""]
            examples:
              accept: ["a+", "(a)+", "a{1,}"]
              reject: ["a*", "[ab]+"]
        """);
    return dir;
  }
}
