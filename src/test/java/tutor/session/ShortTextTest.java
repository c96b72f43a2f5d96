package tutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShortTextTest {
  @Test
  void codeIsNamedWithoutItsBackticksSoACutLeavesNoneOpen() {
    // week6: ':undo' said 'Undone: your answer to "log.txt already contains 3 lines. You run
    // `echo..."', a backtick left open by the cut.
    String prompt =
        "log.txt already contains 3 lines. You run `echo one > log.txt` and then"
            + " `echo two >> log.txt`. How many lines does log.txt contain now?";
    assertEquals(
        "log.txt already contains 3 lines. You run echo...", ShortText.shorten(prompt, 50));
    assertEquals(
        "What does grep 'ab+' file match?",
        ShortText.shorten("What does `grep 'ab+' file` match?", 50));
    // Backticks that are not a span stay.
    assertEquals("A lone ` stays", ShortText.shorten("A lone ` stays", 50));
  }
}
