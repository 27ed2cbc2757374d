package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads an article file: checks that it is a readable, non-empty UTF-8 text file of sensible size
 * and hands it to the reader for its kind ({@code .txt}; {@code .md}, {@code .markdown},
 * {@code .mdown}; {@code .mdx}; {@code .html}, {@code .htm}). Every way a file can be unfit is an
 * {@link InputException} with a message an editor understands.
 */
public final class SourceFiles {
  /** The largest file checked: far beyond any article, small enough to never exhaust memory. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;

  private final Map<String, SourceReader> readersByExtension;
  private final String kinds;

  /** Source files read by the given readers, by lower-case file extension ({@code "md"}), in the order given. */
  public SourceFiles(Map<String, SourceReader> readersByExtension) {
    this.readersByExtension = Map.copyOf(readersByExtension);
    this.kinds = readersByExtension.keySet().stream().map(e -> "." + e).collect(Collectors.joining(", "));
  }

  /** The readers for every kind of article file Copydesk knows. */
  public static SourceFiles standard() {
    SourceReader text = new PlainTextReader();
    SourceReader markdown = new MarkdownReader();
    SourceReader html = new HtmlReader();
    Map<String, SourceReader> readers = new LinkedHashMap<>();
    readers.put("txt", text);
    readers.put("md", markdown);
    readers.put("markdown", markdown);
    readers.put("mdown", markdown);
    readers.put("mdx", MarkdownReader.mdx());
    readers.put("html", html);
    readers.put("htm", html);
    return new SourceFiles(readers);
  }

  /** The extensions of the article files read, for messages: {@code ".txt, .md, …"}. */
  public String kinds() {
    return kinds;
  }

  /** The lower-case extensions of the files these readers read ({@code md}, {@code txt}…), sorted. */
  public java.util.SortedSet<String> extensions() {
    return new java.util.TreeSet<>(readersByExtension.keySet());
  }

  /** Whether {@code file} is of a kind Copydesk reads. */
  public boolean isArticle(Path file) {
    return readersByExtension.containsKey(extension(file));
  }

  /** Reads the article at {@code file}, reported as {@code displayPath}. */
  public Article read(Path file, String displayPath, ReadOptions options) throws InputException {
    SourceReader reader = readersByExtension.get(extension(file));
    if (reader == null) {
      throw new InputException("not an article file (" + kinds + " expected)");
    }
    return reader.read(displayPath, decode(load(file)), options);
  }

  /** Reads {@code content} as an article of the kind {@code displayPath}'s extension says. */
  public Article read(String displayPath, byte[] content, ReadOptions options) throws InputException {
    return read(displayPath, null, content, options);
  }

  /**
   * Reads {@code content}, reported as {@code displayPath}, as an article of kind {@code format}
   * (a file extension such as {@code md} or {@code .html}, any case), or of the kind {@code
   * displayPath}'s extension says when {@code format} is null or blank: for articles held in a
   * table or a CMS, whose path need not end in an extension.
   */
  public Article read(String displayPath, String format, byte[] content, ReadOptions options) throws InputException {
    SourceReader reader;
    if (format == null || format.isBlank()) {
      reader = readersByExtension.get(extension(Path.of(displayPath)));
      if (reader == null) {
        throw new InputException("not an article file (" + kinds + " expected)");
      }
    } else {
      reader = readersByExtension.get(format.strip().replaceFirst("^\\.", "").toLowerCase(Locale.ROOT));
      if (reader == null) {
        throw new InputException("unknown format '" + format + "' (" + kinds + " expected)");
      }
    }
    checkSize(content.length);
    return reader.read(displayPath, decode(content), options);
  }

  private static byte[] load(Path file) throws InputException {
    try {
      if (Files.isDirectory(file)) {
        throw new InputException("is a folder, not a file");
      }
      checkSize(Files.size(file));
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException("no such file");
    } catch (IOException e) {
      throw new InputException(ReadFailure.describe(e), e);
    }
  }

  /**
   * Refuses a file of {@code size} bytes that cannot be an article (empty, or over {@link
   * #MAX_BYTES}) before it is read: for front ends that read the bytes themselves.
   */
  public static void checkSize(long size) throws InputException {
    if (size == 0) {
      throw new InputException("empty file: there is no article to check");
    }
    if (size > MAX_BYTES) {
      throw new InputException(String.format(Locale.ROOT,
          "file is %.1f MB, larger than the %d MB an article may be", size / 1048576.0, MAX_BYTES / 1048576));
    }
  }

  /** Decodes UTF-8 strictly (a byte-order mark is dropped); binary content is refused. */
  static String decode(byte[] bytes) throws InputException {
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      throw new InputException("binary file (a NUL byte at byte " + nul + "), not text");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      String text = decoder.decode(buffer).toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        throw new InputException("empty file: only whitespace, there is no article to check");
      }
      return text;
    } catch (CharacterCodingException e) {
      throw new InputException("not valid UTF-8 (malformed bytes near byte " + buffer.position() + "); save the file as UTF-8");
    }
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
