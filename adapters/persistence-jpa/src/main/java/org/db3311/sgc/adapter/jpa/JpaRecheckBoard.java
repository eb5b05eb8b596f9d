package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.evaluation.improvement.PublishedRecheck;
import org.db3311.sgc.core.evaluation.improvement.RecheckBoard;

/**
 * The public board of re-check results, in table {@code published_recheck}: append only, read in
 * publishing order.
 */
public final class JpaRecheckBoard implements RecheckBoard {

  private final JpaUnitOfWork unitOfWork;

  public JpaRecheckBoard(JpaStore store) {
    this.unitOfWork = Objects.requireNonNull(store, "store").unitOfWork();
  }

  @Override
  public void publish(PublishedRecheck recheck) {
    PublishedRecheckEntity row = AnalysisMapper.INSTANCE.toEntity(recheck);
    row.document = SnapshotCodec.write(recheck);
    unitOfWork.with(
        em -> {
          em.persist(row);
          return null;
        });
  }

  @Override
  public List<PublishedRecheck> published() {
    return unitOfWork.with(
        em ->
            Jpql.list(
                    em,
                    "select r.document from PublishedRecheckEntity r order by r.entry",
                    String.class)
                .stream()
                .map(d -> SnapshotCodec.read(d, PublishedRecheck.class))
                .toList());
  }
}
