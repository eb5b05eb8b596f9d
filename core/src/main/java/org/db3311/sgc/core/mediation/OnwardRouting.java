package org.db3311.sgc.core.mediation;

/**
 * The center's decision to route an unresolved dispute onward (分流): which referral carries it and
 * what the parties are told. The referral itself, with its statutory steps and clocks, lives in
 * {@code core.onward}; mediation keeps only its reference, so the dependency runs one way.
 *
 * @param referral the onward referral's id, e.g. {@code 331121-20261125-0007/O1}
 * @param summary what the parties are told, e.g. 转入劳动人事争议仲裁（青田县劳动人事争议仲裁院）
 */
public record OnwardRouting(String referral, String summary) {

  public OnwardRouting {
    if (referral == null || referral.isBlank() || summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("an onward routing names its referral and a summary");
    }
  }
}
