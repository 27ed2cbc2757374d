package dev.copydesk.core.config;

/** The order of numeric dates: month first (07/27/2021), day first (27/07/2021) or ISO (2021-07-27). */
public enum DateOrder {
  MDY,
  DMY,
  ISO
}
