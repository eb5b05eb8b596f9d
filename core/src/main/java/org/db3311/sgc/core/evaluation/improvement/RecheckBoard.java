package org.db3311.sgc.core.evaluation.improvement;

import java.util.List;

/** Outgoing port: where re-check results are disclosed to the public as they are recorded. */
public interface RecheckBoard {

  void publish(PublishedRecheck recheck);

  List<PublishedRecheck> published();
}
