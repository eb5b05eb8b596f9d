package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.evaluation.PublishedFigure;
import org.db3311.sgc.core.evaluation.PublishedFigureStore;

/**
 * Published figures in table {@code published_figure}, kept as published and listed in publishing
 * order. The unique key {@code published_figure_id} publishes an id once: a second publication of
 * the same id is refused ({@link IllegalStateException}), also when two writers race.
 */
public final class JpaPublishedFigureStore implements PublishedFigureStore {

  private final JpaUnitOfWork unitOfWork;

  public JpaPublishedFigureStore(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void add(PublishedFigure figure) {
    unitOfWork.run(
        () -> {
          if (find(figure.id()).isPresent()) {
            throw new IllegalStateException("figure " + figure.id() + " is already published");
          }
          PublishedFigureEntity row = AnalysisMapper.INSTANCE.toEntity(figure);
          row.document = SnapshotCodec.write(figure);
          AppendRows.insert(
              unitOfWork,
              row,
              () -> new IllegalStateException("figure " + figure.id() + " is already published"));
        });
  }

  @Override
  public Optional<PublishedFigure> find(String id) {
    return unitOfWork.with(
        em ->
            Jpql.list(
                    em,
                    "select r.document from PublishedFigureEntity r where r.id = :id",
                    String.class,
                    "id",
                    id)
                .stream()
                .findFirst()
                .map(d -> SnapshotCodec.read(d, PublishedFigure.class)));
  }

  @Override
  public List<PublishedFigure> all() {
    return unitOfWork.with(
        em ->
            Jpql.list(
                    em,
                    "select r.document from PublishedFigureEntity r order by r.entry",
                    String.class)
                .stream()
                .map(d -> SnapshotCodec.read(d, PublishedFigure.class))
                .toList());
  }
}
