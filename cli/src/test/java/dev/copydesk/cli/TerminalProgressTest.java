package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  @Test
  void rewritesOneLineAndClearsItAtTheEnd() {
    StringWriter err = new StringWriter();
    TerminalProgress progress = new TerminalProgress(new PrintWriter(err));

    progress.fileDone(1, 12, "corpus/a-long-name.md");
    progress.fileDone(2, 12, "corpus/b.md");
    progress.fileDone(12, 12, "corpus/c.md");

    assertEquals("\r[1/12] corpus/a-long-name.md"
        + "\r[2/12] corpus/b.md          "
        + "\r" + " ".repeat(19) + "\r", err.toString());
  }

  @Test
  void staysSilentForAFewFiles() {
    StringWriter err = new StringWriter();
    TerminalProgress progress = new TerminalProgress(new PrintWriter(err));

    progress.fileDone(1, TerminalProgress.MIN_FILES - 1, "a.txt");

    assertEquals("", err.toString());
  }
}
