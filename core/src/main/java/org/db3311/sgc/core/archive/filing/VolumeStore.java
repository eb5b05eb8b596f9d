package org.db3311.sgc.core.archive.filing;

import java.util.List;
import org.db3311.sgc.core.archive.filing.FilingResult.Filed;

/** Outgoing port: the volumes, catalogues and transfer lists of every filing. */
public interface VolumeStore {

  void add(Filed filing);

  boolean isFiled(String fileId);

  List<Volume> volumesOf(int year);

  /** Every filing of the year, first filing first (late files make a supplementary filing). */
  List<Filed> filingsOf(int year);

  /**
   * Replaces a filing by the same filing with its transfer list received.
   *
   * @throws IllegalArgumentException when it is not the same filing (other volumes or list)
   */
  void replace(Filed received);
}
