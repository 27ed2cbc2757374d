package dev.copydesk.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The language a {@code /v2/check} request asks for, resolved to an English variant LanguageTool
 * knows: {@code en-US}, {@code en-GB}… as given; {@code en} as the configured variant (or en-US);
 * {@code auto} as the first English variant of {@code preferredVariants}, else the configured one
 * (Copydesk checks English only, so "auto" picks among English variants, it does not identify
 * languages).
 *
 * @param code the variant checked ({@code en-GB})
 * @param name its name as LanguageTool gives it ({@code English (GB)})
 * @param detected whether the request left the choice to the server ({@code language=auto})
 */
record RequestLanguage(String code, String name, boolean detected) {
  private static final Pattern CODE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

  /**
   * Resolves the request's {@code language}, {@code preferredVariants} and {@code motherTongue}.
   *
   * @param configured the configuration's locale, the answer for {@code en} and plain {@code auto}
   * @throws ApiException 400 for a missing, malformed, unknown or non-English language
   */
  static RequestLanguage resolve(String language, String preferredVariants, String motherTongue, String configured) {
    if (language == null || language.isBlank()) {
      throw ApiException.badRequest("missing 'language' parameter (en-US, en-GB, … or auto)");
    }
    if (motherTongue != null && !motherTongue.isBlank() && !CODE.matcher(motherTongue.strip()).matches()) {
      throw ApiException.badRequest("'motherTongue' is not a language code: '" + motherTongue + "'");
    }
    String code = language.strip();
    List<String> preferred = preferredVariants == null || preferredVariants.isBlank() ? List.of()
        : List.of(preferredVariants.split("\\s*,\\s*"));
    if (code.equalsIgnoreCase("auto")) {
      for (String variant : preferred) {
        checkSyntax(variant, "preferredVariants");
        if (isEnglish(variant)) {
          return known(variant, true);
        }
      }
      return known(englishOr(configured), true);
    }
    if (!preferred.isEmpty()) {
      throw ApiException.badRequest("'preferredVariants' needs language=auto, got language=" + code);
    }
    checkSyntax(code, "language");
    if (!isEnglish(code)) {
      throw ApiException.badRequest("Copydesk checks English only (" + String.join(", ", englishCodes())
          + " or auto); got language=" + code);
    }
    return known(code.equalsIgnoreCase("en") ? englishOr(configured) : code, false);
  }

  /** Every English variant LanguageTool knows, by code ({@code en-US}). */
  static List<String> englishCodes() {
    List<String> codes = new ArrayList<>();
    for (Language l : englishVariants()) {
      codes.add(l.getShortCodeWithCountryAndVariant());
    }
    return codes;
  }

  /** Every English language LanguageTool knows, {@code en} itself first. */
  static List<Language> englishVariants() {
    return Languages.get().stream().filter(l -> l.getShortCode().equals("en")).toList();
  }

  private static RequestLanguage known(String code, boolean detected) {
    for (Language l : englishVariants()) {
      if (l.getShortCodeWithCountryAndVariant().equalsIgnoreCase(code)) {
        return new RequestLanguage(l.getShortCodeWithCountryAndVariant(), l.getName(), detected);
      }
    }
    throw ApiException.badRequest("'" + code + "' is not a language code Copydesk knows; it checks "
        + String.join(", ", englishCodes()) + " or auto");
  }

  private static String englishOr(String configured) {
    return isEnglish(configured) && !configured.equalsIgnoreCase("en") ? configured : "en-US";
  }

  private static boolean isEnglish(String code) {
    String lower = code.strip().toLowerCase(Locale.ROOT);
    return lower.equals("en") || lower.startsWith("en-");
  }

  private static void checkSyntax(String code, String parameter) {
    if (!CODE.matcher(code).matches()) {
      throw ApiException.badRequest("'" + parameter + "' is not a language code: '" + code + "'");
    }
  }
}
