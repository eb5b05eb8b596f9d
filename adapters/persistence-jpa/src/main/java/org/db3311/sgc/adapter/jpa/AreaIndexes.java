package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration V33 (PostgreSQL only): the two area indexes of the repeat-candidate statement ({@code
 * matter_area_category} by township name, {@code matter_area_code_category} by township code) hold
 * only the rows that have that key. Each branch of the statement can then be answered by its own
 * index alone: a branch by name cannot read the code index, which it could before. The two begin
 * with the same columns, and with no statistics (a new county's database before its first {@code
 * ANALYZE}, or a server run without autovacuum) the planner estimated one row from either and read
 * the branch by name through the code index — a county's whole category of the 90-day window,
 * filtered one row at a time (28 ms a registration at 80,000 matters, measured). H2 has no partial
 * indexes; its plan is tested apart ({@code H2RepeatCandidatesQueryPlanTest}).
 */
final class AreaIndexes extends StoreMigration {

  AreaIndexes() {
    super("33", "area indexes of the repeat candidates partial, one per key", 33_001);
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    if (!Databases.isPostgres(c)) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("drop index matter_area_category");
      s.execute(
          "create index matter_area_category on matter (county, category_code, township,"
              + " registered_at) where township is not null");
      s.execute("drop index matter_area_code_category");
      s.execute(
          "create index matter_area_code_category on matter (county, category_code,"
              + " township_code, registered_at) where township_code is not null");
    }
  }
}
