package org.db3311.sgc.core.assessment.profile;

/**
 * A physical display resolution in pixels (物理分辨率).
 *
 * @param width horizontal pixels, 1…100000
 * @param height vertical pixels, 1…100000
 */
public record Resolution(int width, int height) {

  /** The largest pixel count accepted on either side: no display approaches it. */
  public static final int MAX_PIXELS = 100_000;

  public Resolution {
    if (width < 1 || width > MAX_PIXELS || height < 1 || height > MAX_PIXELS) {
      throw new IllegalArgumentException(
          "a resolution has 1 to " + MAX_PIXELS + " pixels a side, not " + width + "×" + height);
    }
  }

  /**
   * Whether this resolution is at least the other on both its long and its short side, so that a
   * display mounted in portrait still counts.
   */
  public boolean isAtLeast(Resolution other) {
    return Math.max(width, height) >= Math.max(other.width, other.height)
        && Math.min(width, height) >= Math.min(other.width, other.height);
  }

  @Override
  public String toString() {
    return width + "×" + height;
  }
}
