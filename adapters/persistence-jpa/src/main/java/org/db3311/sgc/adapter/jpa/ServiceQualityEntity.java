package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code staff_service_quality}: one service-quality record of a member of staff. */
@Entity
@Table(name = "staff_service_quality")
public class ServiceQualityEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_record")
  @SequenceGenerator(name = "staff_record", sequenceName = "staff_record_seq", allocationSize = 1)
  @Column(name = "entry_no")
  public Long entry;

  @Column(name = "staff_id", nullable = false)
  public String staffId;

  @Column(name = "quality_day", nullable = false)
  public LocalDate day;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
