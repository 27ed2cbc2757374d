package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  private static final Path OUT = Path.of("target/copydesk");

  @Test
  void eachFormatGetsItsOwnFileEvenWhenExtensionsClash() throws MojoExecutionException {
    List<Path> files = ReportWriter.forFormats(List.of("text", "json", "junit", "checkstyle", "github"), OUT)
        .stream().map(ReportWriter::file).toList();
    assertEquals(List.of(OUT.resolve("copydesk-text.txt"), OUT.resolve("copydesk.json"), OUT.resolve("copydesk-junit.xml"),
        OUT.resolve("copydesk-checkstyle.xml"), OUT.resolve("copydesk-github.txt")), files);
  }

  @Test
  void byDefaultEveryFileFormatButTheGithubLogOne() throws MojoExecutionException {
    List<String> formats = ReportWriter.forFormats(null, OUT).stream().map(w -> w.reporter().format()).toList();
    assertTrue(formats.containsAll(List.of("text", "json", "html")), formats.toString());
    assertTrue(!formats.contains("github"));
    assertEquals(OUT.resolve("copydesk.txt"), ReportWriter.forFormats(List.of("text", "json"), OUT).get(0).file());
  }

  @Test
  void anUnknownFormatIsAConfigurationError() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> ReportWriter.forFormats(List.of("pdf"), OUT));
    assertTrue(e.getMessage().contains("unknown report format 'pdf' (known: text, json"), e.getMessage());
  }
}
