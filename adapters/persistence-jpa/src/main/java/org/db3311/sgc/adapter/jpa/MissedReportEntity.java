package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A row of {@code missed_report}: a missed report a supervision notice was sent for, once per kind
 * and period.
 */
@Entity
@Table(name = "missed_report")
public class MissedReportEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "missed_report")
  @SequenceGenerator(name = "missed_report", sequenceName = "missed_report_seq", allocationSize = 1)
  @Column(name = "entry_no")
  public Long entry;

  @Column(name = "report_kind", nullable = false)
  public String kind;

  @Column(name = "period", nullable = false)
  public String period;

  @Column(name = "due_date", nullable = false)
  public LocalDate dueDate;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
