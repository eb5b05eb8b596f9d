package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.db3311.sgc.core.mediation.CaseFile;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.OnlineFilingGateway;
import org.db3311.sgc.core.mediation.OnlineFilingGatewayContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HttpOnlineFilingGatewayTest extends OnlineFilingGatewayContract {

  private FakeBody court;
  private final List<HttpOnlineFilingGateway> opened = new ArrayList<>();

  @BeforeEach
  void startTheFilingService() {
    court = new FakeBody(HttpOnlineFilingGateway.PATH, "COURT");
  }

  @AfterEach
  void stop() {
    opened.forEach(HttpOnlineFilingGateway::close);
    court.close();
  }

  @Override
  protected OnlineFilingGateway newGateway() {
    HttpOnlineFilingGateway g = new HttpOnlineFilingGateway(court.settings("online-filing"));
    opened.add(g);
    return g;
  }

  static CaseFile file() {
    MediationRecord session =
        new MediationRecord(
            Instant.parse("2026-12-30T02:00:00Z"),
            "调解室一",
            "王调解员",
            "赵记录员",
            List.of("张三", "李四"),
            true,
            Map.of("张三", "要求支付工资", "李四", "不同意"),
            "欠薪三个月",
            "无",
            List.of("王调解员", "赵记录员", "张三", "李四"));
    return new CaseFile(
        "331121-20261231-0001/M1", List.of("张三", "李四"), "欠薪", List.of(session), "双方分歧较大");
  }

  @Test
  @DisplayName(
      "the case file reaches the court whole: parties, claim, records, why mediation failed")
  void the_file_is_sent_whole() {
    ((HttpOnlineFilingGateway) newGateway()).submit(file());
    String sent = court.received().getFirst().body();
    assertThat(sent)
        .contains("\"parties\":[\"张三\",\"李四\"]")
        .contains("\"failureReason\":\"双方分歧较大\"")
        .contains("\"statements\":{")
        .contains("\"heldAt\":\"2026-12-30T02:00:00Z\"");
  }

  @Nested
  class OverHttp extends HttpGatewayBehaviour {
    @Override
    String path() {
      return HttpOnlineFilingGateway.PATH;
    }

    @Override
    String contract() {
      return "online-filing.yaml";
    }

    @Override
    String requestSchema() {
      return "FilingApplication";
    }

    @Override
    String expectedKey() {
      return "filing:331121-20261231-0001/M1";
    }

    @Override
    AutoCloseable gateway(GatewaySettings s, HttpGatewayClient.AttemptListener l) {
      return new HttpOnlineFilingGateway(s, l);
    }

    @Override
    String send(AutoCloseable g) {
      return ((HttpOnlineFilingGateway) g).submit(file());
    }
  }
}
