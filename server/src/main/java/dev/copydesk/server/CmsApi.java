package dev.copydesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.core.Version;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.report.JsonReporter;
import dev.copydesk.core.report.ReportContext;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /api/v1/check?path=NAME}, a CMS's pre-publish hook: the body is the article file as
 * the CMS holds it ({@code Content-Type} text/markdown, text/html or text/plain; without one, the
 * extension of {@code path} says), the answer is Copydesk's JSON report for that one file (the
 * command line's {@code --format json}) plus {@code "pass"}: whether nothing is at or above the
 * configured fail level. {@code path} only names the article in the report: no file is read.
 */
final class CmsApi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PATH_LENGTH = 1024;

  private final Engines engines;
  private final CheckQueue queue;

  CmsApi(Engines engines, CheckQueue queue) {
    this.engines = engines;
    this.queue = queue;
  }

  void check(Context ctx) throws IOException {
    String path = ctx.queryParam("path");
    String kind = ContentTypes.articleKind(ctx.contentType());
    if (path != null) {
      checkPath(path);
    }
    if (kind == null) {
      kind = path == null ? null : extension(path);
      if (kind == null || !List.of("md", "markdown", "html", "htm", "txt").contains(kind)) {
        throw new ApiException(415, "say what the article is: Content-Type text/markdown, text/html or text/plain", 0);
      }
    }
    String displayPath = path != null ? path : "article." + kind;
    byte[] content = ctx.bodyAsBytes();
    String articleKind = kind;
    FileResult result = queue.run(() -> engines.main().check(displayPath, articleKind, content));
    if (result.error() != null) {
      throw ApiException.badRequest(displayPath + ": " + result.error());
    }
    Report report = new Report(List.of(result));
    FailLevel failOn = engines.configuration().failOn();
    StringWriter json = new StringWriter();
    new JsonReporter().write(report, new ReportContext(Version.get(), engines.rules(), failOn, p -> Optional.empty()), json);
    ObjectNode answer = (ObjectNode) JSON.readTree(json.toString());
    answer.put("failOn", failOn.id());
    answer.put("pass", report.exitCode(failOn) == 0);
    ctx.contentType("application/json").result(JSON.writeValueAsBytes(answer));
  }

  private static void checkPath(String path) {
    if (path.isBlank() || path.length() > MAX_PATH_LENGTH || path.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest("'path' must name the article in at most " + MAX_PATH_LENGTH
          + " characters, without control characters");
    }
  }

  private static String extension(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    int dot = path.lastIndexOf('.');
    return dot <= slash ? null : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
