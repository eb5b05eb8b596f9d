package org.db3311.sgc.core.evaluation;

import org.db3311.sgc.core.common.NotFoundException;

/** No figure was published under the id. */
public final class PublishedFigureNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public PublishedFigureNotFoundException(String id) {
    super("PublishedFigure", id, "no published figure " + id);
  }
}
