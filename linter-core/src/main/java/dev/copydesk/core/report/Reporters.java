package dev.copydesk.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The report formats on the class path, found with {@link ServiceLoader}. */
public final class Reporters {
  private Reporters() {}

  /** Every reporter visible to this class's loader. */
  public static List<Reporter> all() {
    List<Reporter> reporters = new ArrayList<>();
    ServiceLoader.load(Reporter.class, Reporters.class.getClassLoader()).forEach(reporters::add);
    return reporters;
  }

  /** The reporter for {@code format} ({@code json}), if there is one. */
  public static Optional<Reporter> forFormat(String format) {
    return all().stream().filter(r -> r.format().equalsIgnoreCase(format.trim())).findFirst();
  }

  /** The format ids there are, for help texts and error messages. */
  public static List<String> formats() {
    return all().stream().map(Reporter::format).toList();
  }
}
