package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.copydesk.core.model.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Front matter in YAML, TOML and JSON: title and date read, never prose. */
class FrontMatterTest {

  @Test
  void tomlFrontMatterIsReadWithItsDateTime() throws InputException {
    Article article = Fixtures.read("a.md", """
        +++
        title = "Announcing Rust 1.85.1"
        date = 2025-03-18T10:00:00Z
        authors = ["The Rust Release Team"]

        [extra]
        release = true
        +++

        The Rust team has published a new point release.
        """);
    assertEquals("Announcing Rust 1.85.1", article.metadata().title());
    assertEquals(LocalDate.of(2025, 3, 18), article.metadata().publicationDate());
    assertEquals("front matter", article.metadata().publicationDateSource());
    assertEquals("The Rust team has published a new point release.", article.text());
  }

  @Test
  void tomlLocalDatesAndZolaDatedPathsGiveTheDate() throws InputException {
    assertEquals(LocalDate.of(2024, 2, 29), Fixtures.read("a.md", "+++\ndate = 2024-02-29\n+++\nText.\n").metadata().publicationDate());
    Article zola = Fixtures.read("a.md", "+++\npath = \"2025/03/18/Rust-1.85.1\"\ntitle = \"Rust 1.85.1\"\n+++\nText.\n");
    assertEquals(LocalDate.of(2025, 3, 18), zola.metadata().publicationDate());
    assertNull(Fixtures.read("a.md", "+++\npath = \"inside-rust/compiler\"\n+++\nText.\n").metadata().publicationDate());
    assertNull(Fixtures.read("a.md", "+++\npath = \"2025/02/30/x\"\n+++\nText.\n").metadata().publicationDate());
  }

  @Test
  void aMultiLineTomlStringWithAnHtmlValueIsNotProse() throws InputException {
    Article article = Fixtures.read("_index.md", """
        +++
        title = "Rust Blog"
        [extra]
        index_html = \"""
        This is the <b>main Rust blog</b>. \\
        use this blog.\"""
        [[extra.see_also]]
        text = \"""the "Inside Rust" blog\"""
        +++
        """);
    assertEquals("Rust Blog", article.metadata().title());
    assertEquals("", article.text());
  }

  @Test
  void invalidTomlIsStillNotProse() throws InputException {
    Article article = Fixtures.read("a.md", "+++\ntitle = \"unclosed\n+++\nThe story.\n");
    assertEquals("The story.", article.text());
    assertNull(article.metadata().title());
  }

  @Test
  void jsonFrontMatterIsReadAndNotProse() throws InputException {
    Article article = Fixtures.read("a.md", "{\n  \"title\": \"Spring { release }\",\n  \"date\": \"2021-07-27T08:00:00-05:00\",\n  \"tags\": [\"a\"]\n}\n\nThe story.\n");
    assertEquals("Spring { release }", article.metadata().title());
    assertEquals(LocalDate.of(2021, 7, 27), article.metadata().publicationDate());
    assertEquals("The story.", article.text());
  }

  @Test
  void aBraceThatOpensProseIsNotFrontMatter() throws InputException {
    assertEquals("{braces} open this story.", Fixtures.read("a.md", "{braces} open this story.\n").text());
  }

  @Test
  void yamlDatesWithZoneOffsetsAndPublishDateAreRead() throws InputException {
    assertEquals(LocalDate.of(2019, 7, 2), Fixtures.read("a.md", "---\ndate: 2019-07-02 11:21:02 -0400\n---\nText.\n").metadata().publicationDate());
    assertEquals(LocalDate.of(2020, 1, 5), Fixtures.read("a.md", "---\npublishDate: 2020-01-05\n---\nText.\n").metadata().publicationDate());
  }

  @Test
  void anUnclosedFenceIsNoFrontMatter() throws InputException {
    assertEquals("+++ title = \"x\"\n\nThe story.", Fixtures.read("a.md", "+++\ntitle = \"x\"\n\nThe story.\n").text());
  }
}
