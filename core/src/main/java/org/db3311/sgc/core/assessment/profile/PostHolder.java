package org.db3311.sgc.core.assessment.profile;

import java.time.LocalDate;
import java.util.List;

/**
 * A person holding a staff post, with the certificates they hold.
 *
 * @param name the person's name or staff number
 * @param certificates certificates held
 */
public record PostHolder(String name, List<Certificate> certificates) {

  public PostHolder {
    Checks.text(name, "post holder name");
    certificates = Checks.list(certificates, "certificates");
  }

  /** Whether the holder has a certificate of that name in force on the given day. */
  public boolean holdsValid(String certificate, LocalDate day) {
    for (Certificate c : certificates) {
      if (c.name().equals(certificate) && c.isValidOn(day)) {
        return true;
      }
    }
    return false;
  }
}
