package org.db3311.sgc.core.intake;

import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;

/**
 * One item of a supplement notice: a required material that is missing, or a submitted material
 * that is defective.
 *
 * @param materialId for a defect, the material it concerns
 * @param reason what is wrong; for a defect it also tells this defect from another of the same
 *     material
 */
public record SupplementItem(
    MaterialKind kind, Problem problem, Optional<Integer> materialId, String reason) {

  public SupplementItem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(materialId, "materialId");
    if (problem == Problem.MISSING && materialId.isPresent()) {
      throw new IllegalArgumentException("a missing material has no id");
    }
    if (problem == Problem.DEFECTIVE && materialId.isEmpty()) {
      throw new IllegalArgumentException("a defect names the material it concerns");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a supplement item says what is wrong");
    }
    // the reason identifies a defect, so wording that differs only in blanks is the same defect
    reason = reason.strip();
  }

  public static SupplementItem missing(MaterialKind kind) {
    return new SupplementItem(kind, Problem.MISSING, Optional.empty(), "缺少" + kind.nameZh());
  }

  public static SupplementItem defective(Material material, String reason) {
    return new SupplementItem(
        material.kind(), Problem.DEFECTIVE, Optional.of(material.id()), reason);
  }

  /**
   * What the item is: a missing kind, or one defect of one material. A defect is told from another
   * of the same material by its reason, so two defects of one material are two items (precise R7).
   */
  @Implements("R7")
  public String key() {
    return problem == Problem.MISSING
        ? "missing:" + kind.code()
        : "defect:" + materialId.get() + ":" + reason;
  }

  /** What is wrong. */
  public enum Problem {
    /** 缺少. */
    MISSING,
    /** 不符合要求. */
    DEFECTIVE
  }
}
