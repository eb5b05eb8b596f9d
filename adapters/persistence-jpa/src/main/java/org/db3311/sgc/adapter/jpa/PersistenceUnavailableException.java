package org.db3311.sgc.adapter.jpa;

/**
 * The store cannot be opened: the database is unreachable, refuses the credentials, or holds a
 * schema newer than this code. Raised at start-up so a deployment fails fast with the reason.
 */
public final class PersistenceUnavailableException extends RuntimeException {

  public PersistenceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public PersistenceUnavailableException(String message) {
    super(message);
  }
}
