package org.db3311.sgc.adapter.jpa.bench;

import org.db3311.sgc.adapter.jpa.JpaStore;

/** The measured queries, each beside its plain-JDBC baseline. */
final class QueryMeasurements {

  private QueryMeasurements() {}

  static void run(JpaStore store, int matters, int rounds) throws Exception {
    System.out.println("measurements follow");
  }
}
