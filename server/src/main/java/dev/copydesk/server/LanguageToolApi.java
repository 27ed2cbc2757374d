package dev.copydesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.rule.RuleInfo;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.languagetool.Language;

/**
 * LanguageTool's HTTP API, version 2, as editors' tools call it: {@code POST /v2/check} and
 * {@code GET /v2/languages}. The whole text of a request is one article: names, terms, quotes and
 * dates are judged across all of it.
 */
final class LanguageToolApi {
  /** The name the request text is checked under: a plain-text article. */
  private static final String REQUEST_PATH = "request.txt";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Engines engines;
  private final CheckQueue queue;
  private final LanguageToolAnswer answers;

  LanguageToolApi(Engines engines, CheckQueue queue) {
    this.engines = engines;
    this.queue = queue;
    Map<String, RuleInfo> rules = engines.rules().stream().collect(Collectors.toMap(RuleInfo::id, Function.identity()));
    this.answers = new LanguageToolAnswer(rules);
  }

  /** {@code POST /v2/check}: form-encoded {@code text} or {@code data}, {@code language} and the rule options. */
  void check(Context ctx) throws Exception {
    ContentTypes.requireForm(ctx.contentType());
    FormParameters params = FormParameters.decode(ctx.queryString(), ctx.bodyAsBytes());
    String plain = params.get("text");
    String data = params.get("data");
    if (plain == null && data == null) {
      throw ApiException.badRequest("missing 'text' or 'data' parameter");
    }
    if (plain != null && data != null) {
      throw ApiException.badRequest("give 'text' or 'data', not both");
    }
    RequestLanguage language = RequestLanguage.resolve(params.get("language"), params.get("preferredVariants"),
        params.get("motherTongue"), engines.configuration().locale());
    RuleFilter filter = RuleFilter.of(params.get("enabledRules"), params.get("disabledRules"),
        params.get("enabledCategories"), params.get("disabledCategories"), params.get("enabledOnly"), params.get("level"));
    RequestText text = plain != null ? RequestText.plain(plain) : RequestText.annotated(data);
    List<Finding> findings = text.checked().isBlank() ? List.of() : check(text, language).findings();
    List<Finding> wanted = findings.stream().filter(filter::keeps).toList();
    ctx.contentType("application/json").result(JSON.writeValueAsBytes(answers.answer(text, language, wanted)));
  }

  private FileResult check(RequestText text, RequestLanguage language) {
    String checked = text.checked();
    // The reader drops a leading byte-order mark; a space keeps every offset where it is.
    byte[] content = (checked.startsWith("\uFEFF") ? " " + checked.substring(1) : checked).getBytes(StandardCharsets.UTF_8);
    FileResult result = queue.run(() -> {
      Copydesk engine = engines.forLocale(language.code());
      return engine.check(REQUEST_PATH, "txt", content);
    });
    if (result.error() != null) {
      throw ApiException.badRequest("the text cannot be checked: " + result.error());
    }
    return result;
  }

  /** {@code GET /v2/languages}: the English variants, as LanguageTool lists languages. */
  void languages(Context ctx) throws Exception {
    ArrayNode list = JSON.createArrayNode();
    for (Language l : RequestLanguage.englishVariants()) {
      list.addObject().put("name", l.getName()).put("code", l.getShortCode()).put("longCode", l.getShortCodeWithCountryAndVariant());
    }
    ctx.contentType("application/json").result(JSON.writeValueAsBytes(list));
  }
}
