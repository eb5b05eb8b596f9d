package org.db3311.sgc.core.supervision;

import java.time.Instant;
import org.db3311.sgc.core.catalog.Implements;

/** Incoming port: the unified supervision view at any instant, now or past (8.2.4). */
@Implements("8.2.4")
public interface SupervisionOverviewQuery {

  SupervisionOverview overview(Instant at);
}
