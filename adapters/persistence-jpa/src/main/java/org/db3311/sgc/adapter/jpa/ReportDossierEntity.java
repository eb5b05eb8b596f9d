package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code report_dossier}: a report dossier with every version as a document, keyed by its
 * id and unique by report kind and subject.
 */
@Entity
@Table(name = "report_dossier")
public class ReportDossierEntity extends VersionedDocument {

  @Id
  @Column(name = "dossier_id")
  public String id;

  @Column(name = "report_kind", nullable = false)
  public String kind;

  @Column(name = "subject", nullable = false)
  public String subject;

  @Column(name = "state", nullable = false)
  public String state;
}
