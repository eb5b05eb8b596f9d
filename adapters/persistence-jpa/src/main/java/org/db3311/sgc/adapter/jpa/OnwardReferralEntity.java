package org.db3311.sgc.adapter.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A row of {@code onward_referral}: the referral's snapshot as a document, and beside it the
 * columns the finders read (the matter and the number, the state that says whether the road is
 * open).
 */
@Entity
@Table(name = "onward_referral")
public class OnwardReferralEntity extends VersionedDocument {

  @Id
  @Column(name = "id")
  public String id;

  @Column(name = "matter", nullable = false)
  public String matter;

  @Column(name = "referral_number", nullable = false)
  public int number;

  @Column(name = "mediation_case", nullable = false)
  public String mediation;

  @Column(name = "state", nullable = false)
  public String state;

  @Column(name = "road", nullable = false)
  public String road;

  @Column(name = "body_unit", nullable = false)
  public String body;

  @Column(name = "referred_on", nullable = false)
  public LocalDate referredOn;
}
