package org.db3311.sgc.core.epidemic;

import java.util.Optional;

/** Outgoing port: where the epidemic-control command's mode and switches are kept. */
public interface EpidemicCommandRepository {

  /**
   * Stores the command at its next version.
   *
   * @throws org.db3311.sgc.core.common.OptimisticLockException when the stored version is no longer
   *     the one it was read at (someone else switched the mode in between)
   */
  void save(EpidemicCommand command);

  /** The stored command; empty until the mode is first switched (peacetime). */
  Optional<EpidemicCommand> find();
}
