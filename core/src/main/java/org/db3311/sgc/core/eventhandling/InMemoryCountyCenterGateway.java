package org.db3311.sgc.core.eventhandling;

import java.util.LinkedHashMap;
import java.util.Map;
import org.db3311.sgc.core.common.DivisionCode;

/** A {@link CountyCenterGateway} that keeps the transfers it is given, by reference. */
public final class InMemoryCountyCenterGateway implements CountyCenterGateway {

  private final Map<String, DivisionCode> transfers = new LinkedHashMap<>();

  @Override
  public synchronized String transfer(DivisionCode county, String reference, String summary) {
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("a transfer has a summary");
    }
    transfers.put(reference, county);
    return county + "-center-" + transfers.size();
  }

  /** Where each transferred event went. */
  public synchronized Map<String, DivisionCode> transfers() {
    return Map.copyOf(transfers);
  }
}
