package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tutor.pack.Gap;

class GapTest {
  private static final String TEXT = "{{grep}} {{-r|-R}} 'TODO' .";

  @Test
  void parseFindsEachGapInOrder() {
    assertEquals(List.of(new Gap(List.of("grep")), new Gap(List.of("-r", "-R"))), Gap.parse(TEXT));
  }

  @Test
  void parseStripsSpacesAroundAlternatives() {
    assertEquals(List.of(new Gap(List.of("a", "b c"))), Gap.parse("x {{ a | b c }} y"));
  }

  @Test
  void parseOfTextWithoutGapsIsEmpty() {
    assertEquals(List.of(), Gap.parse("no gaps { here }"));
  }

  @Test
  void parseOfAnEmptyGapGivesAGapWithNoAlternatives() {
    assertEquals(List.of(new Gap(List.of())), Gap.parse("x {{}} y"));
  }

  @Test
  void anAlternativeMayEndInAClosingBrace() {
    String text = "export PATH=\"{{$PATH|${PATH}}}:$HOME/bin\"";
    assertEquals(List.of(new Gap(List.of("$PATH", "${PATH}"))), Gap.parse(text));
    assertEquals("export PATH=\"[1]____:$HOME/bin\"", Gap.blanked(text));
  }

  @Test
  void expectedIsTheFirstAlternative() {
    assertEquals("-r", Gap.parse(TEXT).get(1).expected());
  }

  @Test
  void blankedShowsNumberedBlanks() {
    assertEquals("[1]____ [2]____ 'TODO' .", Gap.blanked(TEXT));
  }

  @Test
  void blankedKeepsDollarSignsAndBackslashesLiterally() {
    assertEquals("echo $HOME\\n [1]____", Gap.blanked("echo $HOME\\n {{x}}"));
  }

  @Test
  void filledUsesTheFirstAlternativeOfEachGap() {
    assertEquals("grep -r 'TODO' .", Gap.filled(TEXT));
  }

  @Test
  void filledKeepsDollarSignsInAnswers() {
    assertEquals("echo $HOME", Gap.filled("echo {{$HOME}}"));
  }
}
