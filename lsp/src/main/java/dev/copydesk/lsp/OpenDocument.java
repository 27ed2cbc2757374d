package dev.copydesk.lsp;

import dev.copydesk.core.model.Finding;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** One document the editor has open: its latest text and version, and the last check published for it. */
final class OpenDocument {
  private final String uri;
  private final String kind;
  private String text;
  private int version;
  private Checked checked;

  /** A snapshot of the text to check. */
  record Snapshot(String text, int version) {}

  /** A published check: the version and text it was of, and its findings. */
  record Checked(int version, String text, List<Finding> findings) {
    Checked {
      findings = List.copyOf(findings);
    }

    TextPositions positions() {
      return new TextPositions(text);
    }
  }

  OpenDocument(String uri, String kind, String text, int version) {
    this.uri = uri;
    this.kind = kind;
    this.text = text;
    this.version = version;
  }

  String uri() {
    return uri;
  }

  String kind() {
    return kind;
  }

  /** The file the document is, or null when it is not a {@code file:} document. */
  Path path() {
    return uri.startsWith("file:") ? Path.of(URI.create(uri)) : null;
  }

  synchronized void update(String newText, int newVersion) {
    text = newText;
    version = newVersion;
  }

  synchronized int version() {
    return version;
  }

  synchronized Snapshot snapshot() {
    return new Snapshot(text, version);
  }

  synchronized Checked checked() {
    return checked;
  }

  synchronized void checked(Checked result) {
    checked = result;
  }

  /** Forgets the last check, so the same version is checked again (after a configuration change). */
  synchronized void forgetCheck() {
    if (checked != null) {
      checked = new Checked(Integer.MIN_VALUE, checked.text(), checked.findings());
    }
  }
}
