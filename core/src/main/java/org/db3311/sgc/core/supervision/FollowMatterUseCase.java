package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.util.Objects;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.common.Version;

/**
 * Incoming port: what supervision learns of a matter from the casework it follows, so that every
 * accepted matter is supervised from acceptance to closure and shows in the unified view at every
 * stage (6.2.1.3, 8.2.4). Each change names the domain event it comes from ({@code source} and
 * {@code version}): an event delivered again changes nothing, and a change the file's state does
 * not call for (a stage of a matter already with a unit) is ignored.
 */
@Implements({"6.2.1.3", "8.2.4"})
public interface FollowMatterUseCase {

  void follow(Command command);

  /**
   * @param source the followed aggregate, e.g. {@code Matter/331121-20261125-0007}
   * @param version the version the event gave it: the event's identity within the source
   * @param at when it happened
   */
  record Command(
      String subject, String source, Version version, Change change, Actor actor, Instant at) {
    public Command {
      if (subject == null || subject.isBlank() || source == null || source.isBlank()) {
        throw new IllegalArgumentException("name the supervised subject and the event's source");
      }
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(at, "at");
    }
  }

  /** The changes supervision follows. */
  sealed interface Change {

    /** The applicant was asked for a supplement before acceptance: the applicant's clock. */
    record SupplementRequested(String title, String categoryCode, UnitId center) implements Change {
      public SupplementRequested {
        requireText(title, categoryCode);
        Objects.requireNonNull(center, "center");
      }
    }

    record MaterialsSupplied() implements Change {}

    /**
     * The matter was accepted; {@code receivedAt} is when the center received it, from which the
     * periods the governing law counts from receipt run.
     */
    record Accepted(String title, String categoryCode, Instant receivedAt, UnitId center)
        implements Change {
      public Accepted {
        requireText(title, categoryCode);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(center, "center");
      }
    }

    /** Refused or withdrawn before acceptance. */
    record NotAccepted(String reason) implements Change {}

    /**
     * A stage at the center: {@link SupervisionAction#RECEIVE_EVENT}, {@link
     * SupervisionAction#OPEN_MEDIATION}, {@link SupervisionAction#FIND_SUITABLE}, {@link
     * SupervisionAction#FIND_UNSUITABLE} or {@link SupervisionAction#REFUSE_CONSENT}.
     */
    record StageReached(SupervisionAction stage, String detail) implements Change {
      public StageReached {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(detail, "detail");
      }
    }

    /**
     * The matter closed: a file still at the center (found unsuitable, consent declined) is
     * concluded with the result; a file with a unit is left to its handling track.
     */
    record Closed(String result) implements Change {}

    private static void requireText(String title, String categoryCode) {
      if (title == null || title.isBlank() || categoryCode == null || categoryCode.isBlank()) {
        throw new IllegalArgumentException("supervision needs a title and the category");
      }
    }
  }
}
