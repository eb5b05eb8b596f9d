package org.db3311.sgc.core.epidemic;

import java.util.Objects;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.facts.MatterId;

/**
 * Incoming port: an epidemic-related matter taken in, analysed, routed, handled, fed back and
 * assessed, each stage within the deadline of the mode in force (6.7).
 */
public interface HandleEpidemicCaseUseCase {

  EpidemicCaseSnapshot intake(Intake command);

  /** Moves a case one stage on. */
  EpidemicCaseSnapshot advance(Step command);

  record Intake(MatterId matter, String category, String summary, Actor by) {
    public Intake {
      Objects.requireNonNull(matter, "matter");
      if (category == null || category.isBlank() || summary == null || summary.isBlank()) {
        throw new IllegalArgumentException("an epidemic case names its category and what it is");
      }
      Objects.requireNonNull(by, "by");
    }
  }

  /** One stage of a case; each kind carries what that stage records. */
  sealed interface Step {
    EpidemicCaseId id();

    Actor by();
  }

  record Analyse(EpidemicCaseId id, String findings, Actor by) implements Step {
    public Analyse {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(findings, "findings");
      Objects.requireNonNull(by, "by");
    }
  }

  record Route(EpidemicCaseId id, Actor by) implements Step {
    public Route {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(by, "by");
    }
  }

  record Handle(EpidemicCaseId id, String result, Actor by) implements Step {
    public Handle {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(by, "by");
    }
  }

  record FeedBack(EpidemicCaseId id, boolean satisfactory, String note, Actor by) implements Step {
    public FeedBack {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(by, "by");
    }
  }

  record Assess(EpidemicCaseId id, int score, String note, Actor by) implements Step {
    public Assess {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(note, "note");
      Objects.requireNonNull(by, "by");
    }
  }
}
