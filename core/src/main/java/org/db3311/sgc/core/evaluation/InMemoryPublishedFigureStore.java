package org.db3311.sgc.core.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.db3311.sgc.core.common.InMemoryTransaction;

/**
 * Published figures in memory, for tests and embedding; a figure published inside an in-memory unit
 * of work that rolls back is withdrawn again.
 */
public final class InMemoryPublishedFigureStore implements PublishedFigureStore {
  private final Map<String, PublishedFigure> figures = new LinkedHashMap<>();

  @Override
  public synchronized void add(PublishedFigure figure) {
    if (figures.putIfAbsent(figure.id(), figure) != null) {
      throw new IllegalStateException("figure " + figure.id() + " is already published");
    }
    InMemoryTransaction.onRollback(() -> remove(figure));
  }

  private synchronized void remove(PublishedFigure figure) {
    figures.remove(figure.id(), figure);
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
