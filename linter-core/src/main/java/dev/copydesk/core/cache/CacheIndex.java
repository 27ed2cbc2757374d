package dev.copydesk.core.cache;

import java.util.Map;
import java.util.TreeMap;

/**
 * The result cache's file, {@code index.json}: the results of one run, valid only for the
 * Copydesk version and configuration fingerprint it names.
 *
 * @param format the layout of this file, so a later layout is not misread
 * @param version the Copydesk version that wrote it
 * @param configuration the {@link ConfigurationFingerprint} of the run that wrote it
 * @param files the cached results by report path
 */
record CacheIndex(int format, String version, String configuration, Map<String, CachedFile> files) {
  static final int FORMAT = 2;

  CacheIndex {
    files = new TreeMap<>(files);
  }
}
