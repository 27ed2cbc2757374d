package dev.copydesk.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Copydesk's version, as the build stamped it. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** The version ({@code 0.1.0-SNAPSHOT}). */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
