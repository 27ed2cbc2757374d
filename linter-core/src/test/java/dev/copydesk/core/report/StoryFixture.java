package dev.copydesk.core.report;

import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports made by hand from a source text, and what reporters write for them. */
final class StoryFixture {
  static final String STORY = "Baghdad, July 27, 2021\n"
      + "The US intends toto continue the talks, said Mustafa al-Kadhimi.\n"
      + "\n"
      + "\"It is a long road,\" Kachin told AsiaNews in an interview given on Tuesday.\n";

  private StoryFixture() {}

  /** A finding of {@code rule} on the first {@code words} at or after {@code from} in {@link #STORY}. */
  static Finding finding(String rule, Severity severity, String words, int from, List<String> suggestions, String evidence) {
    int start = STORY.indexOf(words, from);
    SourceSpan span = new LineIndex(STORY).span(start, start + words.length());
    return new Finding(rule, "typos", severity, "'" + words + "' is wrong", span, words, suggestions, evidence);
  }

  static Report storyReport() {
    Finding toto = finding("merged-word", Severity.ERROR, "toto", 0, List.of("to"), "'toto' is not a word; 'to' is");
    Finding kachin = finding("name-variant", Severity.WARNING, "Kachin", 0, List.of("Kadhimi", "al-Kadhimi"), null);
    return new Report(List.of(
        new FileResult("story.txt", null, List.of(toto, kachin), 26, List.of()),
        FileResult.unreadable("broken.txt", "not valid UTF-8 (malformed bytes near byte 3); save the file as UTF-8"),
        new FileResult("clean.txt", null, List.of(), 40, List.of("grammar: rule failed with java.lang.IllegalStateException"))));
  }

  static String write(Reporter reporter, Report report) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(report, context(Map.of("story.txt", STORY)), out);
    return out.toString();
  }

  static ReportContext context(Map<String, String> sources) {
    return new ReportContext("0.1.0-test", List.of(), FailLevel.ERROR, path -> Optional.ofNullable(sources.get(path)));
  }
}
