package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code staff_conduct_check}: one conduct check of a member of staff. */
@Entity
@Table(name = "staff_conduct_check")
public class ConductCheckEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_record")
  @SequenceGenerator(name = "staff_record", sequenceName = "staff_record_seq", allocationSize = 1)
  @Column(name = "entry_no")
  public Long entry;

  @Column(name = "staff_id", nullable = false)
  public String staffId;

  @Column(name = "check_day", nullable = false)
  public LocalDate day;

  @Column(name = "compliant", nullable = false)
  public boolean compliant;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
