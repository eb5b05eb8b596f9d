package org.db3311.sgc.adapter.jpa;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.Version;
import org.db3311.sgc.core.evaluation.feedback.Feedback;
import org.db3311.sgc.core.evaluation.feedback.FeedbackRepository;
import org.db3311.sgc.core.evaluation.feedback.FeedbackSnapshot;
import org.db3311.sgc.core.evaluation.feedback.FeedbackTicket;

/**
 * Feedback items (9.1) in table {@code feedback}, keyed by ticket, in the caller's unit of work;
 * saves lock the row and check the version ({@link VersionedRows}). Listed oldest first (index
 * {@code feedback_received}).
 */
public final class JpaFeedbackRepository implements FeedbackRepository {

  private final VersionedRows<FeedbackEntity> rows;

  public JpaFeedbackRepository(JpaStore store) {
    this.rows =
        new VersionedRows<>(
            Objects.requireNonNull(store, "store").unitOfWork(), FeedbackEntity.class, "Feedback");
  }

  @Override
  public void save(Feedback feedback) {
    FeedbackSnapshot snapshot = feedback.snapshot();
    FeedbackEntity row = AnalysisMapper.INSTANCE.toEntity(snapshot);
    row.document = SnapshotCodec.write(snapshot);
    feedback.markStored(rows.save(row.ticket, feedback.version(), row));
  }

  @Override
  public Optional<Feedback> find(FeedbackTicket id) {
    return rows.find(id.value()).map(JpaFeedbackRepository::feedback);
  }

  @Override
  public List<Feedback> all() {
    return rows.query("select r from FeedbackEntity r order by r.receivedAt, r.ticket").stream()
        .map(JpaFeedbackRepository::feedback)
        .toList();
  }

  @Override
  public List<FeedbackTicket> tickets() {
    return rows
        .column(
            "select r.ticket from FeedbackEntity r order by r.receivedAt, r.ticket", String.class)
        .stream()
        .map(FeedbackTicket::of)
        .toList();
  }

  private static Feedback feedback(FeedbackEntity row) {
    return Feedback.fromSnapshot(
        SnapshotCodec.read(row.document, FeedbackSnapshot.class), new Version(row.version));
  }
}
