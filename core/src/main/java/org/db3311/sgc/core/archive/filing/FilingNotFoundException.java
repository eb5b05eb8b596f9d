package org.db3311.sgc.core.archive.filing;

import org.db3311.sgc.core.common.NotFoundException;

/** The year has no filing with that number. */
public final class FilingNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public FilingNotFoundException(int year, int filing, int filings) {
    super(
        "Filing",
        year + "/" + filing,
        year + " has " + filings + " filing(s), not a number " + filing);
  }
}
