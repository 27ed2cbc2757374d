package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Template syntax in Markdown (Hugo shortcodes, Liquid, Go templates) and MDX (JSX, expressions,
 * ESM) is markup: it leaves the checked text, the prose around and inside it stays, and every
 * word still maps to itself in the source.
 */
class TemplateSyntaxTest {

  private static Article read(String name, String source) throws InputException {
    Article article = Fixtures.read(name, source);
    SourceMappingAssertions.assertWordsMapToSource(article);
    return article;
  }

  private static String text(String name, String source) throws InputException {
    return read(name, source).text();
  }

  @Test
  void oneLineHugoShortcodesLeaveTheSentenceWhole() throws InputException {
    assertEquals("The mayor spoke. Then the council voted.",
        text("a.md", "The mayor spoke. {{< pullquote text=\"We will \"not\" wait\" >}} Then the council voted.\n"));
    assertEquals("Read the guide first.", text("a.md", "Read [the guide]({{< relref \"docs/guide.md\" >}}) first.\n"));
    assertEquals("Read the guide first.", text("a.md", "Read [the guide]({{<relref \"docs/guide.md\">}}) first.\n"));
    assertEquals("Scan it.", text("a.md", "{{< qr text=\"https://gohugo.io\" class=\"qrcode\" />}}\n\nScan it.\n"));
    assertEquals("Hugo adds it.", text("a.md", "Hugo {{< new-in 0.123.0 >}} adds it.\n"));
  }

  @Test
  void prosePairedInAShortcodeIsStillCheckedInBothSpacingStyles() throws InputException {
    assertEquals("The prose inside.\n\nAfter it.",
        text("a.md", "{{% alert title=\"Note\" color=\"info\" %}}\nThe prose inside.\n{{% /alert %}}\n\nAfter it.\n"));
    assertEquals("The prose inside.",
        text("a.md", "{{% alert title=\"Heads up!\" %}}\nThe prose inside.\n{{%/alert%}}\n"));
    assertEquals("This is a bold word.",
        text("a.md", "{{< details summary=\"See the details\" >}}\nThis is a **bold** word.\n{{< /details >}}\n"));
  }

  @Test
  void shortcodesHoldingCodeOrDataAreMarkupThroughTheirClosingTag() throws InputException {
    assertEquals("After the example.",
        text("a.md", "{{< code-toggle file=hugo >}}\n[params]\ntitle = \"A \"quoted\" title\"\n# comment\n{{< /code-toggle >}}\n\nAfter the example.\n"));
    assertEquals("This is some code.", text("a.md", "This is some {{< hl >}}fmt.Println(\"inline\"){{< /hl >}} code.\n"));
    assertEquals("To create a QR code for a phone number:\n\nTo create one for a vCard:",
        text("a.md", "{{< qr text=\"https://gohugo.io\" />}}\n\nTo create a QR code for a phone number:\n\n{{< qr text=\"tel:+12065550101\" />}}\n\n"
            + "To create one for a vCard:\n\n{{< qr level=\"low\" >}}\nBEGIN:VCARD\nVERSION:2.1\n{{< /qr >}}\n"));
  }

  @Test
  void liquidTagsAndFiltersAreMarkupAlsoInLinksAndAttributes() throws InputException {
    assertEquals("See the figure.", text("a.md", "{% include figure.html src=\"a.png\" caption=\"A \\\"big\\\" one\" %}\n\nSee the figure.\n"));
    assertEquals("Look: and the post.",
        text("a.md", "Look: <img src=\"{{ \"/img/logo.png\" | relative_url }}\" alt=\"logo\"> and [the post]({% post_url 2016-01-01-welcome %}).\n"));
    assertEquals("Write to show the title.", text("a.md", "Write {% raw %}{{ page.title }}{% endraw %} to show the title.\n"));
    assertEquals("Then run it.", text("a.md", "{% highlight ruby %}\nputs \"unclosed\n{% endhighlight %}\n\nThen run it.\n"));
    assertEquals("The repository is on GitHub.", text("a.md", "The repository is on [GitHub]({{ site.repository }}).\n"));
  }

  @Test
  void goTemplateActionsAreMarkupAndTheirRawStringsMaySpanBlankLines() throws InputException {
    assertEquals("Consider this program:\n\nIt prints three lines.",
        text("a.md", "Consider this program:\n\n{{raw `\n\tfunc main() {\n\t\tfmt.Println(\"}}\")\n\n\t}\n`}}\n\nIt prints three lines.\n"));
    assertEquals("The gopher waves.", text("a.md", "{{image \"gopher.png\" 300}}\n\nThe gopher waves.\n"));
    assertEquals("Posts:", text("a.md", "Posts:\n\n{{range .Posts}}\n<li>{{.Title}}</li>\n{{end}}\n"));
  }

  @Test
  void templateDelimitersInsideCodeStayCode() throws InputException {
    Article article = read("a.md", "Call `{{closure}}` here.\n\n```yaml\nrun: ${{ matrix.os\n```\n\nThe build }} passes.\n");
    assertEquals("Call codeSpan here.\n\nThe build }} passes.", article.text());
  }

  @Test
  void anUnclosedDelimiterIsText() throws InputException {
    assertEquals("Type {{ to open.\n\nA new paragraph }} here.", text("a.md", "Type {{ to open.\n\nA new paragraph }} here.\n"));
  }

  @Test
  void mdxComponentsExpressionsAndModulesAreMarkupTheirChildrenProse() throws InputException {
    String source = """
        ---
        title: Migrating
        ---
        import { AlertBox } from '@components/AlertBox';
        export const version = "v18";

        # Node.js v16 to v18

        <AlertBox level="info" title="!">
          This article covers part of the migration to {version}.
        </AlertBox>

        <div className="highlight-box">Use the <code>--inspect</code> flag.</div>

        where <math><mi>N</mi><mo>=</mo><mn>24</mn></math> is the bit width.
        """;
    Article article = read("migrating.mdx", source);
    assertEquals("Node.js v16 to v18\n\nThis article covers part of the migration to.\n\nUse the flag.\n\nwhere is the bit width.", article.text());
    assertEquals("Migrating", article.metadata().title());
  }

  @Test
  void jsxIsOnlyMarkupInMdxNotInCommonMark() throws InputException {
    String source = "<AlertBox level=\"info\">\n  Child text.\n</AlertBox>\n\nAn {aside} in braces.\n";
    assertEquals("Child text.\n\nAn in braces.", text("a.mdx", source));
    assertEquals("An {aside} in braces.", text("a.md", source));
  }

  @Test
  void aShortcodeSpanningTheWholeDocumentDoesNotLoseProseAroundIt() throws InputException {
    Article article = read("a.md", "Intro line.\n\n{{% include \"/_common/glossary.md\" %}}\n\n## Heading {{< new-in 0.1 >}}\n\nBody with [link]({{< ref \"/x\" >}} \"title\").\n");
    assertEquals("Intro line.\n\nHeading\n\nBody with link.", article.text());
    assertTrue(article.blocks().size() == 3, article.blocks().toString());
  }

  @Test
  void attributeListsAlertMarkersAndTexMathAreMarkup() throws InputException {
    assertEquals("A caption.", text("a.md", "A caption.\n{class=\"!mt-0\" #fig-1}\n"));
    assertEquals("Note this.", text("a.md", "Note this. {: .note}\n"));
    assertEquals("Do not enable this option.", text("a.md", "> [!CAUTION]\n> Do not enable this option.\n"));
    assertEquals("Is rendered to:\n\nwhere is the loss.",
        text("a.md", "Is rendered to:\n\n\\[\n\\begin{aligned} KL(\\hat{y} || y) \\end{aligned}\n\\]\n\nwhere \\(KL\\) is the loss.\n"));
    assertEquals("Display: done.", text("a.md", "Display: $$x^2$$ done.\n"));
    assertEquals("See [1] and {braces} stay.", text("a.md", "See \\[1\\] and {braces} stay.\n"));
    assertEquals("Happy May Day! Ruby support (run it at 10:30:45 or a:b:c).",
        text("a.md", "Happy May Day :tada:! Ruby support :+1: (run it at 10:30:45 or a:b:c).\n"));
  }
}
