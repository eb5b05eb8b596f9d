package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

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
final class AreaIndexes implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("33");
  }

  @Override
  public String getDescription() {
    return "area indexes of the repeat candidates partial, one per key";
  }

  @Override
  public Integer getChecksum() {
    return 33_001;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
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
