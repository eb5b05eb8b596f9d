package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code matter_trace}: the case-fact projection's working state for one matter. */
@Entity
@Table(name = "matter_trace")
public class MatterTraceEntity {

  @Id
  @Column(name = "matter_number")
  public String matter;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
