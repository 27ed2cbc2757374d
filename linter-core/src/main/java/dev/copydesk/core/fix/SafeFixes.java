package dev.copydesk.core.fix;

import dev.copydesk.core.model.Finding;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Applies the safe fixes of one check to the bytes that were checked: each fix replaces exactly
 * its finding's source span with the first suggestion, and every other byte (front matter, markup,
 * line endings, a byte-order mark) is copied as it was. A fix whose span no longer holds the
 * finding's text, or that overlaps a fix already taken, is skipped and said why.
 */
public final class SafeFixes {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private SafeFixes() {}

  /** One fix applied: the finding and the text that replaced its span. */
  public record Applied(Finding finding, String replacement) {}

  /** One fix not applied, and why. */
  public record Skipped(Finding finding, String reason) {}

  /** The fixed bytes, and what was applied and skipped, in source order. */
  public record Result(byte[] fixed, List<Applied> applied, List<Skipped> skipped) {
    public Result {
      applied = List.copyOf(applied);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Whether {@code copydesk fix} applies {@code finding}'s fix: its rule declares the fix safe, it
   * has a suggestion that differs from the text, and its rule is in {@code rules} (all rules when
   * empty).
   */
  public static boolean applies(Finding finding, Set<String> rules) {
    String replacement = finding.safeReplacement();
    return replacement != null && !replacement.equals(finding.text()) && (rules.isEmpty() || rules.contains(finding.rule()));
  }

  /**
   * Applies the safe fixes among {@code findings} (of rules in {@code rules}, all when empty) to
   * {@code original}, the bytes they were found in (UTF-8, perhaps with a byte-order mark).
   *
   * @throws IllegalArgumentException when {@code original} is not UTF-8
   */
  public static Result apply(byte[] original, List<Finding> findings, Set<String> rules) {
    int base = startsWithBom(original) ? BOM.length : 0;
    String source = decode(original, base);
    List<Finding> fixable = findings.stream().filter(f -> applies(f, rules))
        .sorted(Comparator.comparingInt((Finding f) -> f.span().offset()).thenComparingInt(f -> f.span().length()))
        .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 16);
    List<Applied> applied = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int copiedChars = 0;
    int copiedBytes = base;
    out.write(original, 0, base);
    for (Finding f : fixable) {
      int start = f.span().offset();
      int end = start + f.span().length();
      if (start < copiedChars) {
        skipped.add(new Skipped(f, "overlaps a fix already applied"));
        continue;
      }
      if (end > source.length() || !source.substring(start, end).equals(f.text())) {
        skipped.add(new Skipped(f, "the text at its place is no longer '" + f.text() + "'"));
        continue;
      }
      int startByte = copiedBytes + utf8Length(source, copiedChars, start);
      out.write(original, copiedBytes, startByte - copiedBytes);
      out.writeBytes(f.safeReplacement().getBytes(StandardCharsets.UTF_8));
      copiedBytes = startByte + utf8Length(source, start, end);
      copiedChars = end;
      applied.add(new Applied(f, f.safeReplacement()));
    }
    out.write(original, copiedBytes, original.length - copiedBytes);
    return new Result(out.toByteArray(), applied, skipped);
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static String decode(byte[] bytes, int from) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not valid UTF-8", e);
    }
  }

  /** The UTF-8 length of {@code text}'s characters from {@code start} to {@code end}. */
  private static int utf8Length(String text, int start, int end) {
    int bytes = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
