package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every answer writes (card and mastery before it) is the JSON the object mapper would write.
 */
class PlainJsonTest {
  @Test
  void sameAsTheObjectMapper() {
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("phase", "review");
    card.put("step", 0);
    card.put("stability", 12.345678901234);
    card.put("difficulty", 5.0);
    card.put("due", 1_772_000_000_123L);
    card.put("last_review", null);
    card.put("reps", 7);
    card.put("lapses", 1);
    assertEquals(SqliteStore.json(card), AnswerRecorder.plainJson(card));
    Map<String, Object> mastery = new LinkedHashMap<>();
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("p_known", 0.9500000000000001);
    one.put("attempts", 3);
    one.put("correct", 2);
    mastery.put("pack/skill \"quoted\"", one);
    mastery.put("pack/other", null);
    assertEquals(SqliteStore.json(mastery), AnswerRecorder.plainJson(mastery));
  }
}
