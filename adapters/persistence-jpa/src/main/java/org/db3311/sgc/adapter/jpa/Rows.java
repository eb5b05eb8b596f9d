package org.db3311.sgc.adapter.jpa;

import java.sql.SQLException;

/** What a failed statement means, read from the SQL state both databases report. */
final class Rows {

  private Rows() {}

  /** True when a unique key or primary key refused the row (SQL state 23505). */
  static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
