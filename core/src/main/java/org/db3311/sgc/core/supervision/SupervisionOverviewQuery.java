package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.DueKey;
import org.db3311.sgc.core.supervision.SupervisionFileRepository.PageRequest;

/** Incoming port: the unified supervision view (8.2.4) and the lists of files due. */
@Implements("8.2.4")
public interface SupervisionOverviewQuery {

  /**
   * The view at any instant, now or past, as each file's history says it stood then. It replays
   * every file opened by then; for the view as it stands now, {@link #current()} is answered from
   * the repository's counts.
   */
  SupervisionOverview overview(Instant at);

  /** The view now, from the stored states, units and next deadlines. */
  SupervisionOverview current();

  /**
   * The units that lead or take part in a file now, in the order of their codes: the units of
   * {@link #current()}'s {@code byUnit}, for a caller that needs no counts (a form offering units).
   * An implementation should answer from its counts alone, without the applicant clocks {@link
   * #current()} reads file by file; this default asks {@link #current()}.
   */
  default List<UnitId> unitsWithFiles() {
    return List.copyOf(current().byUnit().keySet());
  }

  /** One unit's counts now, as lead and as participant. */
  SupervisionOverview.UnitCounts currentFor(UnitId unit);

  /** Files with a running step past its last day, the longest overdue first. */
  List<SupervisionDue> overdue(PageRequest page);

  /** Files whose next last day falls from today to {@code until}, the soonest first. */
  List<SupervisionDue> dueBy(LocalDate until, PageRequest page);

  /**
   * The overdue files after {@code after} in the list's order, at most {@code limit}: the next page
   * by seek (the key of the previous page's last line, {@link SupervisionDue#key()}), which costs
   * what the first page does however deep it is.
   */
  List<SupervisionDue> overdue(DueKey after, int limit);

  /** The near-deadline files after {@code after} in the list's order, at most {@code limit}. */
  List<SupervisionDue> dueBy(LocalDate until, DueKey after, int limit);

  /** How many files {@link #overdue} lists now, over all its pages. */
  int overdueCount();

  /** How many files {@link #dueBy} lists now for {@code until}, over all its pages. */
  int dueByCount(LocalDate until);
}
