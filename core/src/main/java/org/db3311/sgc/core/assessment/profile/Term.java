package org.db3311.sgc.core.assessment.profile;

/**
 * A term of the standard with its Chinese wording (as the standard writes it) and an English label,
 * so that findings can name exactly what is missing in both languages.
 */
public interface Term {
  String zh();

  String en();
}
