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
    Files.writeString(dir.resolve("pack.yaml"), """
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
        """.formatted(version));
    String capital = withCapital ? """
          - id: capital
            skill: basics
            type: text
            difficulty: 1
            prompt: What is the capital of France?
            answers: [Paris]
            hints: [It is on the Seine.]
            explanation: Paris has been the capital for centuries.
        """ : "";
    Files.writeString(dir.resolve("exercises/basics.yaml"), "exercises:\n" + capital + """
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
    Files.writeString(dir.resolve("exercises/more.yaml"), """
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
}
