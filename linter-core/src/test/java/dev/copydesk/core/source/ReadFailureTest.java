package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFailureTest {
  @Test
  void eachKindOfFailureIsSaidInPlainWordsWithoutTheExceptionsName() {
    assertEquals("cannot be read: permission denied", ReadFailure.describe(new AccessDeniedException("drafts/unreadable.txt")));
    assertEquals("cannot be read: no such file", ReadFailure.describe(new NoSuchFileException("gone.txt")));
    assertEquals("cannot be read: a part of the path is not a folder", ReadFailure.describe(new NotDirectoryException("a.txt/b")));
    assertEquals("cannot be read: the folder links back to itself (a symbolic link loop)",
        ReadFailure.describe(new FileSystemLoopException("loop")));
    assertEquals("cannot be read: input/output error",
        ReadFailure.describe(new FileSystemException("story.txt", null, "Input/output error")));
    assertEquals("cannot be read: stream closed", ReadFailure.describe(new IOException("Stream closed")));
    assertEquals("cannot be read: an input/output error (IOException)", ReadFailure.describe(new IOException()));
  }

  @Test
  void anUnreadableArticleSaysPermissionDenied(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("unreadable.txt"), "The council met on Monday.\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
    assumeTrue(!Files.isReadable(file), "the file system lets this user read any file (root)");

    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> SourceFiles.standard().read(file, "unreadable.txt", new ReadOptions(List.of())));

    assertEquals("cannot be read: permission denied", e.getMessage());
    assertTrue(!e.getMessage().contains("Exception"));
  }
}
