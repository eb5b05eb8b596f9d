package org.db3311.sgc.adapter.jpa;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java (where SQL alone cannot do it: reading documents, asking which
 * database it runs on), with its version, description and checksum given once. Flyway's own {@code
 * BaseJavaMigration} reads them from a {@code V31__…} class name instead. Flyway cannot digest a
 * class as it digests a SQL file, so the checksum is the number each migration states, recorded in
 * the schema history as it was first applied. Each runs in the transaction Flyway gives it.
 */
abstract class StoreMigration implements JavaMigration {

  private final MigrationVersion version;
  private final String description;
  private final int checksum;

  StoreMigration(String version, String description, int checksum) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
    this.checksum = checksum;
  }

  @Override
  public final MigrationVersion getVersion() {
    return version;
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final Integer getChecksum() {
    return checksum;
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }
}
