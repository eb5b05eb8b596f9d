package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of {@code feedback}: a feedback item's snapshot as a document, keyed by its ticket. */
@Entity
@Table(name = "feedback")
public class FeedbackEntity extends VersionedDocument {

  @Id
  @Column(name = "ticket")
  public String ticket;

  @Column(name = "kind", nullable = false)
  public String kind;

  @Column(name = "channel", nullable = false)
  public String channel;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "received_at", nullable = false)
  public OffsetDateTime receivedAt;

  @Column(name = "answer_due", nullable = false)
  public LocalDate answerDue;

  @Column(name = "assigned_unit")
  public String assignedTo;
}
