package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;

import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.DivisionCode;
import org.junit.jupiter.api.Test;

/** What every {@link CountyCenterGateway} adapter must do. */
@Implements("R12")
public abstract class CountyCenterGatewayContract {

  protected abstract CountyCenterGateway newGateway();

  @Test
  void each_transfer_gets_the_receiving_center_s_reference() {
    CountyCenterGateway g = newGateway();
    String a = g.transfer(DivisionCode.of("331122"), "331121-20261125-0001", "外县道路塌陷");
    String b = g.transfer(DivisionCode.of("331123"), "331121-20261125-0002", "外县河道污染");
    assertThat(a).isNotBlank().isNotEqualTo(b);
  }
}
