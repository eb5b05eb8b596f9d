package org.db3311.sgc.adapter.jpa;

import java.sql.Connection;
import java.sql.SQLException;

/** Which of the two databases a connection talks to, where a statement differs between them. */
final class Databases {

  private Databases() {}

  static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
  }
}
