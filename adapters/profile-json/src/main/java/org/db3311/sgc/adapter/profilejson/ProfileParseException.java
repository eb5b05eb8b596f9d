package org.db3311.sgc.adapter.profilejson;

import java.util.List;

/** A profile document was rejected; {@link #errors()} lists every problem with its path. */
public final class ProfileParseException extends RuntimeException {

  private final transient List<ProfileError> errors;

  public ProfileParseException(List<ProfileError> errors) {
    super(message(errors));
    this.errors = List.copyOf(errors);
  }

  public List<ProfileError> errors() {
    return errors;
  }

  private static String message(List<ProfileError> errors) {
    StringBuilder b = new StringBuilder();
    b.append("center profile rejected with ").append(errors.size()).append(" error(s):");
    for (ProfileError e : errors) {
      b.append("\n  ").append(e);
    }
    return b.toString();
  }
}
