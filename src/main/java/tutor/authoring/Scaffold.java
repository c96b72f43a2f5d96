package tutor.authoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of a new pack: a manifest with two skills, an exercise file with an example of every
 * exercise type (each with hints, an explanation and {@code examples:}), a lesson file and a
 * README. The result passes {@code tutor pack validate}, {@code lint} and {@code test} as it is, so
 * an author starts from something that works and changes it step by step.
 */
public final class Scaffold {
  private Scaffold() {}

  /** File contents by path relative to the new pack's directory. */
  public static Map<String, String> files(String id, String title) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("pack.yaml", manifest(id, title));
    files.put("exercises/basics.yaml", EXERCISES);
    files.put("lessons/planets.md", LESSON);
    files.put("fixtures/planets.sql", FIXTURE);
    files.put("README.md", readme(id, title));
    return files;
  }

  private static String manifest(String id, String title) {
    return """
        # The manifest of the pack: see docs/pack-format.md in the tutor repository.
        format: 1
        id: %s                # never change it: learners' history is keyed by it
        title: "%s"
        version: 0.1.0
        description: "What this pack teaches, and to whom, in one paragraph."
        authors: ["Your Name"]
        license: CC-BY-4.0
        language: en
        exercises: ["exercises/*.yaml"]
        # Databases that sql exercises run against: a script of CREATE TABLE and INSERT statements.
        fixtures:
          planets: fixtures/planets.sql
        skills:
          - id: planets
            title: The planets
            description: "Name the planets of the Solar System and put them in order."
            lesson_file: lessons/planets.md
            worked_examples:
              - problem: "Which planet comes right after Earth, going outwards from the Sun?"
                steps:
                  - "The inner planets, from the Sun outwards, are Mercury, Venus, Earth and Mars."
                  - "Earth is third, so the next one is fourth."
                answer: Mars
            resources:
              - title: "Wikipedia: Solar System"
                url: https://en.wikipedia.org/wiki/Solar_System
                kind: article
                license: CC BY-SA 4.0
          - id: water
            title: Water
            description: "Know the basic physics of water."
            requires: [planets]
            # A short lesson can also be written inline, instead of in a file.
            lesson: |
              Water is the only common substance found naturally on Earth as a solid (ice),
              a liquid and a gas (water vapour). Its chemical formula is **H2O**: two hydrogen
              atoms bound to one oxygen atom.

              At sea level, pure water freezes at 0 degrees Celsius and boils at 100 degrees
              Celsius. Higher up, where the air pressure is lower, it boils at a lower
              temperature, which is why pasta takes longer to cook in the mountains.
            worked_examples:
              - problem: "How many atoms are there in one molecule of water?"
                steps:
                  - "The formula H2O means two hydrogen atoms (H2) ..."
                  - "... and one oxygen atom (O)."
                answer: "3"
            resources:
              - title: "Wikipedia: Water"
                url: https://en.wikipedia.org/wiki/Water
                kind: article
                license: CC BY-SA 4.0
        """
        .formatted(id, title.replace("\\", "\\\\").replace("\"", "\\\""));
  }

  private static final String EXERCISES =
      """
      # One exercise of every type. Each has hints, an explanation, and examples: answers that
      # `tutor pack test` checks the grader accepts or rejects.
      exercises:
        - id: planet-count
          skill: planets
          type: flashcard
          difficulty: 1
          front: How many planets does the Solar System have?
          back: Eight (Pluto has been a dwarf planet since 2006).
          explanation: "Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune."

        - id: largest-planet
          skill: planets
          type: choice
          difficulty: 2
          prompt: Which is the largest planet?
          options: [Jupiter, Saturn, Earth, Mars]
          correct: Jupiter
          hints: ["It is a gas giant, and the fifth planet from the Sun."]
          explanation: "Jupiter is more than twice as massive as all the other planets together."
          examples:
            accept: [Jupiter]             # options are named by their text, not their number
            reject: [Saturn, [Jupiter, Saturn]]

        - id: red-planet
          skill: planets
          type: text
          difficulty: 3
          prompt: Which planet is called the Red Planet?
          answers: [Mars]
          hints: [It is the fourth planet from the Sun.]
          explanation: "Iron oxide (rust) in its dust makes Mars look red."
          examples:
            accept: [Mars, mars, " Mars. "]   # case and surrounding punctuation are ignored by default
            reject: [Venus, Jupiter]

        - id: planet-order
          skill: planets
          type: order
          difficulty: 4
          prompt: Put these planets in order, from the Sun outwards.
          items: [Mercury, Venus, Earth, Mars]
          hints: [Earth is the third planet.]
          explanation: "Mercury is closest to the Sun, then Venus, Earth and Mars."
          examples:
            accept:
              - [Mercury, Venus, Earth, Mars]
            reject:
              - [Venus, Mercury, Earth, Mars]

        - id: planets-beyond-earth
          skill: planets
          type: sql
          difficulty: 3
          fixture: planets
          prompt: List the name of every planet farther from the Sun than Earth.
          solution: "SELECT name FROM planets WHERE position > 3;"
          hints: ["Earth is in position 3.", "Keep the rows WHERE position > 3."]
          explanation: "WHERE keeps the rows that pass its test; the result's order does not matter here."
          examples:
            accept:
              - "SELECT name FROM planets WHERE position >= 4"
              - "select p.name from planets p where p.position > (select position from planets where name = 'Earth');"
            reject:
              - "SELECT name FROM planets WHERE position < 3"
              - "SELECT * FROM planets WHERE position > 3"

        - id: planets-ending-us
          skill: planets
          type: regex
          difficulty: 3
          prompt: Write a pattern that matches the name of a planet ending in "us", with its capital letter.
          solution: "[A-Z][a-z]*us"
          match: [Venus, Uranus]
          reject: [Mars, Saturn, venus]
          hidden_reject: ["Uranus!"]
          hints: ["A name starts with a capital: [A-Z].", "Then any small letters, then us: [a-z]*us"]
          explanation: "[A-Z] is one capital letter, [a-z]* any number of small ones; the whole name must match."
          examples:
            accept: ["[A-Z][a-z]+us", "(Ven|Uran)us"]
            reject: [".*us", "us"]

        - id: boiling-point
          skill: water
          type: numeric
          difficulty: 1
          prompt: At sea level, at how many degrees Celsius does pure water boil?
          answer: 100
          tolerance: 0.5
          unit: °C
          hints: [It is a round number.]
          explanation: "The Celsius scale was defined by the freezing (0) and boiling (100) points of water."
          examples:
            accept: ["100", "100 °C", "100.0"]
            reject: ["90", "212"]

        - id: water-formula
          skill: water
          type: cloze
          difficulty: 2
          prompt: Complete the formula of water.
          text: "Water is {{H2O|H₂O}}: two atoms of {{hydrogen}} and one of oxygen."
          hints: [H stands for the lightest element.]
          explanation: "Each water molecule has two hydrogen atoms and one oxygen atom."
          examples:
            accept:
              - [H2O, hydrogen]
              - [h2o, Hydrogen]
            reject:
              - [HO2, hydrogen]

        - id: water-states
          skill: water
          type: choice
          difficulty: 3
          prompt: Which of these are states of water found naturally on Earth?
          options: [ice, liquid water, water vapour, plasma]
          correct: [ice, liquid water, water vapour]
          hints: ["Think of a glacier, a river and a cloud."]
          explanation: "Plasma needs temperatures far above anything in Earth's natural climate."
          examples:
            accept:
              - [ice, liquid water, water vapour]
            reject:
              - [ice, liquid water]
      """;

  private static final String FIXTURE =
      """
      -- The planets, for sql exercises: each runs on a fresh copy of this database.
      CREATE TABLE planets (
        name     TEXT PRIMARY KEY,
        position INTEGER NOT NULL,  -- from the Sun outwards
        moons    INTEGER NOT NULL
      );
      INSERT INTO planets VALUES ('Mercury', 1, 0), ('Venus', 2, 0), ('Earth', 3, 1), ('Mars', 4, 2),
        ('Jupiter', 5, 95), ('Saturn', 6, 146), ('Uranus', 7, 28), ('Neptune', 8, 16);
      """;

  private static final String LESSON =
      """
      # The planets

      The Solar System has **eight planets**. Going outwards from the Sun they are:

      1. Mercury
      2. Venus
      3. Earth
      4. Mars
      5. Jupiter
      6. Saturn
      7. Uranus
      8. Neptune

      The first four are small and rocky; the last four are giants made mostly of gas and ice.
      A sentence to remember the order: *My Very Easy Method Just Speeds Up Naming*.

      Pluto was called the ninth planet until 2006, when astronomers classed it as a
      *dwarf planet*. Read more in the
      [Wikipedia article on the Solar System](https://en.wikipedia.org/wiki/Solar_System).
      """;

  private static String readme(String id, String title) {
    return """
        # %s (`%s`)

        A content pack for `tutor`, the terminal self-study tutor.

        ## Working on this pack

        ```sh
        tutor pack validate .     # every error, as file:line:column: message
        tutor pack lint .         # warnings: missing explanations, thin skills, ...
        tutor pack test .         # the examples: answers the grader must accept or reject
        tutor pack preview . --exercise red-planet --answer Mars
        tutor pack stats .        # exercises per skill, the skill tree, estimated hours
        tutor pack add .          # install it, and study with: tutor study --pack %s
        ```

        The format is described in `docs/pack-format.md` of the tutor repository.

        ## Licence

        The content is licensed under CC BY 4.0 (change `license` in `pack.yaml` if you choose another).
        """
        .formatted(title, id, id);
  }
}
