package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code exercise}: a training or drill as recorded, in recording order. */
@Entity
@Table(name = "exercise")
public class ExerciseEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exercise")
  @SequenceGenerator(name = "exercise", sequenceName = "exercise_seq", allocationSize = 1)
  @Column(name = "entry_no")
  public Long entry;

  @Column(name = "kind", nullable = false)
  public String kind;

  @Column(name = "exercise_date", nullable = false)
  public LocalDate date;

  @Column(name = "document", nullable = false, length = 1_000_000)
  public String document;
}
