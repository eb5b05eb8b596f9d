package org.db3311.sgc.core.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link OnlineFilingGateway} adapter must do. */
public abstract class OnlineFilingGatewayContract {

  protected abstract OnlineFilingGateway newGateway();

  @Test
  void each_filing_gets_a_reference() {
    OnlineFilingGateway g = newGateway();
    String a = g.submit(new CaseFile("x/M1", List.of("张三", "李四"), "欠薪", List.of(), "分歧"));
    String b = g.submit(new CaseFile("y/M1", List.of("张三", "李四"), "欠薪", List.of(), "分歧"));
    assertThat(a).isNotBlank().isNotEqualTo(b);
  }
}
