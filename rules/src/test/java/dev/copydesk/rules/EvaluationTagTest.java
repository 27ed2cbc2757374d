package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every test class of {@code dev.copydesk.rules.eval} is tagged {@code evaluation}, so that
 * {@code ./copydesk evaluate} ({@code -Dgroups=evaluation}) runs every evaluation and
 * {@code -DexcludedGroups=evaluation} leaves them all out.
 */
class EvaluationTagTest {
  private static final String PACKAGE = "dev.copydesk.rules.eval";

  @Test
  void everyEvaluationIsTagged() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(EvaluationTagTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.list(classes.resolve(PACKAGE.replace('.', '/')))) {
      names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Test.class"))
          .map(n -> n.substring(0, n.length() - ".class".length())).sorted().toList();
    }
    assertTrue(names.size() >= 5, "evaluations found: " + names);
    for (String name : names) {
      Class<?> evaluation = Class.forName(PACKAGE + "." + name);
      assertEquals(List.of("evaluation"), Arrays.stream(evaluation.getAnnotationsByType(Tag.class)).map(Tag::value).toList(),
          name + " is tagged evaluation");
    }
  }
}
