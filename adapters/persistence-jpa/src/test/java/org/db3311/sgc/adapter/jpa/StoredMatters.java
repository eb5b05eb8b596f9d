package org.db3311.sgc.adapter.jpa;

import java.time.Instant;
import java.util.List;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.IntakeFixtures;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.RegistrationNumber;

/** Matters for the store's tests, made through the core's own registration. */
final class StoredMatters {

  private StoredMatters() {}

  /** 张三's labour dispute brought to the window, registered under {@code number} at {@code at}. */
  static Matter labourDispute(RegistrationNumber number, Instant at) {
    return Matter.register(
        number,
        IntakeFixtures.windowRegistration(
            IntakeFixtures.ZHANG, "dispute.labour", IntakeFixtures.ALL_MATERIALS),
        CategoryTaxonomy.defaults().get("dispute.labour"),
        List.of(),
        IntakeFixtures.CLERK,
        at);
  }
}
