package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.eventhandling.DutyLeader;
import org.db3311.sgc.core.eventhandling.EventResultReport;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.EventScope;
import org.db3311.sgc.core.eventhandling.ResultReporter;
import org.db3311.sgc.core.eventhandling.ResultReporterContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HttpResultReporterTest extends ResultReporterContract {

  private FakeBody receiver;
  private final List<HttpResultReporter> opened = new ArrayList<>();

  @BeforeEach
  void startTheReceiver() {
    receiver = new FakeBody(HttpResultReporter.PATH, "RES");
  }

  @AfterEach
  void stop() {
    opened.forEach(HttpResultReporter::close);
    receiver.close();
  }

  @Override
  protected ResultReporter newReporter() {
    HttpResultReporter r = new HttpResultReporter(receiver.settings("result-reports"));
    opened.add(r);
    return r;
  }

  /** A cross-boundary event led by the duty leader, reported in round 2, across the year's end. */
  static EventResultReport report() {
    return new EventResultReport(
        "331121-20261231-0004",
        2,
        "跨乡镇道路塌陷",
        "event.safety_hazard",
        EventScope.CROSS_BOUNDARY,
        List.of(UnitId.of("wenxi-town"), UnitId.of("county-transport")),
        Optional.of(UnitId.of("county-transport")),
        Optional.of(new DutyLeader("leader-07", "周县长")),
        Optional.empty(),
        List.of("已封闭道路", "已修复路面"),
        new EventReview("处置及时", List.of("加强巡查"), "陈主任"),
        "道路已修复并恢复通行",
        Instant.parse("2027-01-01T01:30:00Z"));
  }

  @Test
  @DisplayName("6.3.1.3: the duty leader goes by id; no leader's or reviewer's name is sent")
  void names_stay_home() {
    ((HttpResultReporter) newReporter()).report(report());
    String sent = receiver.received().getFirst().body();
    assertThat(sent)
        .contains("\"dutyLeaderId\":\"leader-07\"")
        .contains("\"reportId\":\"331121-20261231-0004/R2\"")
        .doesNotContain("周县长")
        .doesNotContain("陈主任");
  }

  @Nested
  class OverHttp extends HttpGatewayBehaviour {
    @Override
    String path() {
      return HttpResultReporter.PATH;
    }

    @Override
    String contract() {
      return "result-reports.yaml";
    }

    @Override
    String requestSchema() {
      return "EventResultReport";
    }

    @Override
    String expectedKey() {
      return "event-result:331121-20261231-0004/R2";
    }

    @Override
    AutoCloseable gateway(GatewaySettings s, HttpGatewayClient.AttemptListener l) {
      return new HttpResultReporter(s, l);
    }

    @Override
    String send(AutoCloseable g) {
      return ((HttpResultReporter) g).report(report());
    }
  }
}
