package org.db3311.sgc.core.eventhandling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every {@link CityCenterGateway} adapter must do. */
public abstract class CityCenterGatewayContract {

  protected abstract CityCenterGateway newGateway();

  @Test
  void each_report_gets_a_city_reference() {
    CityCenterGateway g = newGateway();
    String a = g.report("331121-20261125-0001", "跨县域污染事件");
    String b = g.report("331121-20261125-0002", "涉市级事件");
    assertThat(a).isNotBlank().isNotEqualTo(b);
  }
}
