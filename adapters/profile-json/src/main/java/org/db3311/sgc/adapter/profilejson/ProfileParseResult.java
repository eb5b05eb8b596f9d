package org.db3311.sgc.adapter.profilejson;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.assessment.profile.CenterProfile;

/** The outcome of reading a profile document: the profile, or every error found in it. */
public sealed interface ProfileParseResult {

  /** The profile, or a {@link ProfileParseException} listing every error. */
  CenterProfile orElseThrow();

  /** The document was a valid profile. */
  record Parsed(CenterProfile profile) implements ProfileParseResult {
    public Parsed {
      Objects.requireNonNull(profile, "profile");
    }

    @Override
    public CenterProfile orElseThrow() {
      return profile;
    }
  }

  /** The document was rejected; {@code errors} lists every problem, in document order. */
  record Rejected(List<ProfileError> errors) implements ProfileParseResult {
    public Rejected {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs at least one error");
      }
    }

    @Override
    public CenterProfile orElseThrow() {
      throw new ProfileParseException(errors);
    }
  }
}
