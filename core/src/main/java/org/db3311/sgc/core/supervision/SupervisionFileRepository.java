package org.db3311.sgc.core.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: where supervision files are kept. Saves honour the file's version (a stale save
 * fails with an {@link org.db3311.sgc.core.common.OptimisticLockException}).
 */
public interface SupervisionFileRepository {

  void save(SupervisionFile file);

  Optional<SupervisionFile> find(String subject);

  /** Files that are not completed, or completed with a step still running (e.g. the review). */
  List<SupervisionFile> withRunningClocks();

  /** Files opened at or before the instant. */
  List<SupervisionFile> openedBy(Instant instant);
}
