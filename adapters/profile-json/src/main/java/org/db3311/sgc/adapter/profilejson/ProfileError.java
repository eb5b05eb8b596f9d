package org.db3311.sgc.adapter.profilejson;

import java.util.Objects;

/**
 * One problem in a profile document: where (a JSONPath such as {@code
 * $.hardware.displays[2].sizeInches}) and why.
 *
 * @param path the JSONPath of the offending value, {@code $} for the document
 * @param reason what is wrong, in terms a person filling in the profile understands
 */
public record ProfileError(String path, String reason) {

  public ProfileError {
    Objects.requireNonNull(path, "path");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("an error needs a reason");
    }
  }

  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
