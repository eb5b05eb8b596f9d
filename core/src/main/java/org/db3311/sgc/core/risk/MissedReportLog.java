package org.db3311.sgc.core.risk;

import java.util.List;

/** Outgoing port: the missed reports a supervision notice was sent for, so each is sent once. */
public interface MissedReportLog {

  /** Records it; false when it was recorded before. */
  boolean record(MissedReport missed);

  boolean contains(MissedReport missed);

  List<MissedReport> all();
}
