package dev.copydesk.core.cache;

import dev.copydesk.core.model.Finding;
import java.util.List;

/**
 * What the result cache keeps of one checked file.
 *
 * @param sha256 the digest of the file's bytes when it was checked
 * @param configuration the {@link dev.copydesk.core.config.Configuration#fingerprint()} of the
 *     configuration it was checked under (its folder's), or null for the run's own
 * @param words the words of prose checked
 * @param findings the findings
 */
record CachedFile(String sha256, String configuration, int words, List<Finding> findings) {

  CachedFile {
    findings = List.copyOf(findings);
  }
}
