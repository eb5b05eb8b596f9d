package org.db3311.sgc.core.evaluation;

import java.util.List;
import java.util.Optional;

/** Outgoing port: published figures, kept as published. */
public interface PublishedFigureStore {

  void add(PublishedFigure figure);

  Optional<PublishedFigure> find(String id);

  List<PublishedFigure> all();
}
