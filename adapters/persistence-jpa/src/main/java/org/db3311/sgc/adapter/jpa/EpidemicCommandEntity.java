package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The row of {@code epidemic_command}: the epidemic-control command's mode and switches, one row.
 */
@Entity
@Table(name = "epidemic_command")
public class EpidemicCommandEntity extends VersionedDocument {

  @Id
  @Column(name = "command_id")
  public String id;

  @Column(name = "mode", nullable = false)
  public String mode;
}
