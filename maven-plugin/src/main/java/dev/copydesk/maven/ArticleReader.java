package dev.copydesk.maven;

import dev.copydesk.core.engine.FileChecker;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.source.SourceFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hands each article to the checker under its path relative to the project folder (the path the
 * reports and the index use), and, when the project's encoding is not UTF-8 (the only encoding the
 * engine reads), decodes it with that encoding first. Thread-safe.
 */
final class ArticleReader implements FileChecker {
  private final Path base;
  private final Charset charset;
  private final FileChecker files;
  private final ContentChecker contents;

  /** Checks the UTF-8 bytes of an article file under a display path. */
  @FunctionalInterface
  interface ContentChecker {
    FileResult check(Path file, String displayPath, byte[] content);
  }

  /**
   * @param base the project folder
   * @param charset the articles' encoding
   * @param files checks a UTF-8 file by path
   * @param contents checks a file's content, decoded to UTF-8, under a display path
   */
  ArticleReader(Path base, Charset charset, FileChecker files, ContentChecker contents) {
    this.base = base;
    this.charset = charset;
    this.files = files;
    this.contents = contents;
  }

  @Override
  public FileResult check(Path file, String ignoredDisplayPath) {
    String displayPath = displayPath(file);
    if (charset.equals(StandardCharsets.UTF_8)) {
      return files.check(file, displayPath);
    }
    try {
      if (Files.size(file) > SourceFiles.MAX_BYTES) {
        return files.check(file, displayPath);
      }
      String text = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
      return contents.check(file, displayPath, text.getBytes(StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      return FileResult.unreadable(displayPath, "not valid " + charset.name() + " (the project's encoding)");
    } catch (IOException e) {
      return files.check(file, displayPath);
    }
  }

  /** {@code file} relative to the project folder, with forward slashes. */
  String displayPath(Path file) {
    Path relative = file.startsWith(base) ? base.relativize(file) : file;
    return relative.toString().replace(java.io.File.separatorChar, '/');
  }
}
