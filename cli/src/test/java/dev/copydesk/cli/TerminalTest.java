package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void aTerminalIsAsWideAsColumnsSays() {
    assertEquals(132, Terminal.width(true, Map.of("COLUMNS", "132")));
    assertEquals(60, Terminal.width(true, Map.of("COLUMNS", " 60\n")));
  }

  @Test
  void withoutAUsableColumnsOrATerminalItIsEightyWide() {
    assertEquals(80, Terminal.width(true, Map.of()));
    assertEquals(80, Terminal.width(true, Map.of("COLUMNS", "wide")));
    assertEquals(80, Terminal.width(false, Map.of("COLUMNS", "132")));
    assertEquals(20, Terminal.width(true, Map.of("COLUMNS", "3")));
  }
}
