package org.db3311.sgc.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the clause catalog: a clause of DB3311/T (条款), a paragraph, a row of Appendix A, or
 * a product ruling.
 *
 * @param id the clause or ruling id
 * @param parent the enclosing clause, empty for a chapter, an appendix or a ruling
 * @param level normative level from the verbal form of the Chinese text
 * @param title the heading's title where the clause has one (e.g. "基本架构"), else empty
 * @param textZh the Chinese text verbatim (for a ruling, empty)
 * @param summaryEn an English summary (for a ruling, its full text)
 * @param verification how conformance can be established
 * @param interprets for a ruling, the clauses it interprets; empty for clauses
 */
public record Clause(
    ClauseId id,
    Optional<ClauseId> parent,
    NormativeLevel level,
    String title,
    String textZh,
    String summaryEn,
    Verification verification,
    List<ClauseId> interprets) {

  public Clause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(textZh, "textZh");
    Objects.requireNonNull(summaryEn, "summaryEn");
    Objects.requireNonNull(verification, "verification");
    interprets = List.copyOf(interprets);
    if (summaryEn.isBlank()) {
      throw new IllegalArgumentException(id + ": an English summary is required");
    }
    if (id.isRuling()) {
      if (interprets.isEmpty()) {
        throw new IllegalArgumentException(id + ": a ruling must name the clauses it interprets");
      }
      if (parent.isPresent()) {
        throw new IllegalArgumentException(id + ": a ruling has no parent clause");
      }
    } else {
      if (!interprets.isEmpty()) {
        throw new IllegalArgumentException(id + ": only rulings interpret other clauses");
      }
      if (level != NormativeLevel.HEADING && textZh.isBlank()) {
        throw new IllegalArgumentException(id + ": a " + level + " clause needs its Chinese text");
      }
    }
    if (parent.isPresent() && parent.get().equals(id)) {
      throw new IllegalArgumentException(id + ": a clause cannot be its own parent");
    }
  }

  public boolean isRuling() {
    return id.isRuling();
  }
}
