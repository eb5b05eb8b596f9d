package org.db3311.sgc.adapter.gateway;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.eventhandling.CityCenterGateway;
import org.db3311.sgc.core.eventhandling.CityCenterGatewayContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

class HttpCityCenterGatewayTest extends CityCenterGatewayContract {

  private FakeBody city;
  private final List<HttpCityCenterGateway> opened = new ArrayList<>();

  @BeforeEach
  void startTheCityCenter() {
    city = new FakeBody(HttpCityCenterGateway.PATH, "CITY");
  }

  @AfterEach
  void stop() {
    opened.forEach(HttpCityCenterGateway::close);
    city.close();
  }

  @Override
  protected CityCenterGateway newGateway() {
    HttpCityCenterGateway g = new HttpCityCenterGateway(city.settings("city-center"));
    opened.add(g);
    return g;
  }

  @Nested
  class OverHttp extends HttpGatewayBehaviour {
    @Override
    String path() {
      return HttpCityCenterGateway.PATH;
    }

    @Override
    String contract() {
      return "city-center.yaml";
    }

    @Override
    String requestSchema() {
      return "EventReport";
    }

    @Override
    String expectedKey() {
      return "event-report:331121-20261125-0001";
    }

    @Override
    AutoCloseable gateway(GatewaySettings s, HttpGatewayClient.AttemptListener l) {
      return new HttpCityCenterGateway(s, l);
    }

    @Override
    String send(AutoCloseable g) {
      return ((HttpCityCenterGateway) g).report("331121-20261125-0001", "跨县域河道污染");
    }
  }
}
