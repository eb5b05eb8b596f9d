package org.db3311.sgc.core.facts;

/**
 * A pseudonymous key for a person (e.g. a keyed hash of the ID number, made by casework): analysis
 * recognises the same person across matters without holding the ID number (minimum necessary
 * personal information).
 */
public record PersonKey(String value) {
  public PersonKey {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a person key is not blank");
    }
  }

  public static PersonKey of(String value) {
    return new PersonKey(value);
  }
}
