package org.db3311.sgc.core.reception;

import java.time.YearMonth;
import org.db3311.sgc.core.common.NotFoundException;

/** No reception rota was planned for the month. */
public final class ReceptionRotaNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public ReceptionRotaNotFoundException(YearMonth month) {
    super("ReceptionRota", month.toString(), "no rota for " + month);
  }
}
