package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** The linear reader must be invisible: SnakeYAML sees the same events at the same places. */
class LinearStreamReaderTest {
  private static List<String> events(StreamReader reader) {
    ParserImpl parser = new ParserImpl(reader, new LoaderOptions());
    List<String> out = new ArrayList<>();
    try {
      while (parser.peekEvent() != null) {
        Event e = parser.getEvent();
        out.add(
            e
                + " @"
                + e.getStartMark().getLine()
                + ":"
                + e.getStartMark().getColumn()
                + "-"
                + e.getEndMark().getLine()
                + ":"
                + e.getEndMark().getColumn()
                + " #"
                + e.getStartMark().getIndex());
        if (e.is(Event.ID.StreamEnd)) break;
      }
    } catch (YAMLException ex) {
      out.add("error: " + ex.getMessage());
    }
    return out;
  }

  private static void assertSameEvents(String yaml) {
    assertEquals(
        events(new StreamReader(new StringReader(yaml))),
        events(new LinearStreamReader(new StringReader(yaml))));
  }

  @Test
  void theBundledPacksParseToTheSameEvents() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("content"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        assertSameEvents(Files.readString(f));
      }
    }
  }

  @Test
  void edgeCasesParseToTheSameEvents() {
    String longWord = "w".repeat(5000);
    for (String yaml :
        List.of(
            "",
            "a: b",
            "a: b\r\nc: d\rx: y\n",
            "\uFEFFa: 1\n",
            "k: \"" + longWord + "\"\n",
            "k: |\n  " + longWord + "\n  second\n",
            "k: [a, \"b c\", 'd''e']\n",
            "emoji: \"\uD83D\uDE00" + longWord + "\"\n",
            "bad: \"x\n",
            "a:\n\t- b\n",
            "ctl: \u0007\n",
            "k: " + "x ".repeat(3000) + "\n")) {
      assertSameEvents(yaml);
    }
  }

  @Test
  void aNonPrintableCharacterIsRefusedAsTheOriginalDoes() {
    LinearStreamReader r = new LinearStreamReader(new StringReader("a: \u0007"));
    assertThrows(YAMLException.class, () -> r.peek(10));
  }
}
