package org.db3311.sgc.core.warning;

/**
 * What a warning is about, so that signals about the same thing become one warning: a person
 * (repeat petitions), a matter (group dispute, escalation, sensitive category) or a series (a
 * category and/or place whose count rises).
 */
public record WarningSubject(Kind kind, String key) {

  public enum Kind {
    PERSON,
    MATTER,
    SERIES
  }

  public WarningSubject {
    if (kind == null || key == null || key.isBlank()) {
      throw new IllegalArgumentException("a warning subject has a kind and a key");
    }
  }

  @Override
  public String toString() {
    return kind + ":" + key;
  }
}
