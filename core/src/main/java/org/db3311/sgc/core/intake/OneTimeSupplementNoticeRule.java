package org.db3311.sgc.core.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;

/**
 * Decides what a supplement notice must list, and keeps the promise of telling the applicant
 * everything once (一次性告知, ruling R7).
 *
 * <p>Every notice lists every required material that is missing and every defect the clerk found in
 * the review, each defect its own item: a material with two defects gives two items, each with its
 * reason. Once a first notice has been issued, a later notice may list only items of the first
 * notice that are still outstanding and defects in material supplied after the first notice. Items
 * are compared by material <em>and</em> defect, so a defect of a material the applicant had handed
 * in before the first notice is forbidden unless that very defect was on the first notice, even
 * when the first notice named another defect of the same material. A review that would raise a
 * forbidden item is refused as a value, so the clerk learns why and no such notice is ever issued.
 */
@Implements({"6.1.1.1", "R7"})
final class OneTimeSupplementNoticeRule {

  /** What a review of the materials comes to. */
  public sealed interface Outcome {
    /** Nothing is missing or defective: the matter can be accepted. */
    record NothingOutstanding() implements Outcome {}

    /** The items a notice must list. */
    record NoticeRequired(List<SupplementItem> items) implements Outcome {}

    /** The review raises items R7 forbids; no notice may be issued with them. */
    record Forbidden(List<SupplementItem> items, String reason) implements Outcome {}
  }

  public Outcome review(
      Set<MaterialKind> required,
      List<Material> materials,
      List<SupplementNotice> earlierNotices,
      List<MaterialDefect> defects) {
    Map<Integer, Material> byId = new LinkedHashMap<>();
    materials.forEach(m -> byId.put(m.id(), m));
    Map<String, SupplementItem> items = new LinkedHashMap<>();
    for (MaterialKind kind : required) {
      if (materials.stream().noneMatch(m -> m.kind().equals(kind))) {
        SupplementItem item = SupplementItem.missing(kind);
        items.put(item.key(), item);
      }
    }
    for (MaterialDefect d : defects) {
      Material m = byId.get(d.materialId());
      if (m == null) {
        throw new IllegalArgumentException("no material " + d.materialId() + " in this matter");
      }
      // one item per defect: the same finding twice is one item, another reason another item
      SupplementItem item = SupplementItem.defective(m, d.reason());
      items.putIfAbsent(item.key(), item);
    }
    if (items.isEmpty()) {
      return new Outcome.NothingOutstanding();
    }
    List<SupplementItem> all = List.copyOf(items.values());
    if (earlierNotices.isEmpty()) {
      return new Outcome.NoticeRequired(all);
    }
    SupplementNotice first = earlierNotices.getFirst();
    List<SupplementItem> forbidden = new ArrayList<>();
    for (SupplementItem item : all) {
      if (!allowedAfter(first, item, materials)) {
        forbidden.add(item);
      }
    }
    if (!forbidden.isEmpty()) {
      return new Outcome.Forbidden(
          forbidden,
          "R7: these items were already missing or defective when the first notice was issued"
              + " and are not outstanding items of it (compared by material and defect); the"
              + " applicant may not be told of them now");
    }
    return new Outcome.NoticeRequired(all);
  }

  /**
   * Whether a later notice may list the item: a defect in material supplied after the first notice,
   * or the very item of the first notice (same missing kind, or same material and same defect)
   * while it is still outstanding.
   */
  static boolean allowedAfter(
      SupplementNotice first, SupplementItem item, List<Material> materials) {
    if (item.problem() == SupplementItem.Problem.DEFECTIVE
        && item.materialId().get() > first.lastMaterialSeen()) {
      return true;
    }
    return first.lists(item.key()) && stillOutstanding(first, item, materials);
  }

  /**
   * A missing kind is outstanding while no material of that kind exists; a defect while no material
   * of its kind has been supplied since the first notice.
   */
  static boolean stillOutstanding(
      SupplementNotice first, SupplementItem item, List<Material> materials) {
    return switch (item.problem()) {
      case MISSING -> materials.stream().noneMatch(m -> m.kind().equals(item.kind()));
      case DEFECTIVE ->
          materials.stream()
              .noneMatch(m -> m.kind().equals(item.kind()) && m.id() > first.lastMaterialSeen());
    };
  }
}
