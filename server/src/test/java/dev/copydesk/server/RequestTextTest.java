package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestTextTest {

  @Test
  void annotatedTextIsCheckedWithMarkupInterpretedAndMapsBackIntoTheTextAsSent() {
    RequestText text = RequestText.annotated("{\"annotation\": [{\"text\": \"A \"}, {\"markup\": \"<b>\"}, {\"text\": \"tset\"},"
        + " {\"markup\": \"</b>\"}, {\"markup\": \"<p>\", \"interpretAs\": \"\\n\\n\"}, {\"text\": \"Its ok.\"}]}");
    assertEquals("A <b>tset</b><p>Its ok.", text.sent());
    assertEquals("A tset\n\nIts ok.", text.checked());
    assertArrayEquals(new int[] {5, 9}, text.sentRange(2, 6));
    assertEquals("tset", text.sent().substring(5, 9));
    assertArrayEquals(new int[] {16, 19}, text.sentRange(8, 11));
    assertArrayEquals(new int[] {13, 16}, text.sentRange(6, 8));
    assertArrayEquals(new int[] {5, 16}, text.sentRange(2, 8));
  }

  @Test
  void plainTextMapsToItself() {
    RequestText text = RequestText.plain("He intends toto go.");
    assertEquals(text.sent(), text.checked());
    assertArrayEquals(new int[] {11, 15}, text.sentRange(11, 15));
  }

  @Test
  void dataThatIsNotAnAnnotationIsABadRequest() {
    for (String bad : new String[] {"not json", "[]", "{\"annotation\": 3}", "{\"annotation\": [{\"text\": 1}]}",
        "{\"annotation\": [{\"text\": \"a\", \"markup\": \"<b>\"}]}", "{\"annotation\": [{}]}"}) {
      ApiException e = assertThrows(ApiException.class, () -> RequestText.annotated(bad), bad);
      assertEquals(400, e.status());
      assertTrue(e.getMessage().contains("'data'"), e.getMessage());
    }
  }
}
