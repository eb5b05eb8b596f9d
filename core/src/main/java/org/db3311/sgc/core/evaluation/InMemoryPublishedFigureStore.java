package org.db3311.sgc.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Published figures in memory, for tests and embedding. */
public final class InMemoryPublishedFigureStore implements PublishedFigureStore {
  private final Map<String, PublishedFigure> figures = new LinkedHashMap<>();

  @Override
  public synchronized void add(PublishedFigure figure) {
    if (figures.putIfAbsent(figure.id(), figure) != null) {
      throw new IllegalStateException("figure " + figure.id() + " is already published");
    }
  }

  @Override
  public synchronized Optional<PublishedFigure> find(String id) {
    return Optional.ofNullable(figures.get(id));
  }

  @Override
  public synchronized List<PublishedFigure> all() {
    return new ArrayList<>(figures.values());
  }
}
