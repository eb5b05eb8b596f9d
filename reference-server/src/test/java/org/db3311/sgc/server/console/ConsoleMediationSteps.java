package org.db3311.sgc.server.console;

import jakarta.ws.rs.core.Form;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.db3311.sgc.server.wiring.Wiring;

/**
 * A mediation taken through the console's forms as the console tests need it: found suitable, both
 * parties consenting, routed, an offline session two hours ago and its record an hour ago.
 */
final class ConsoleMediationSteps {

  /** How a test posts a console form for a matter; answers the redirect's target. */
  @FunctionalInterface
  interface FormPost {
    String post(String token, String number, String action, Form form);
  }

  /**
   * From an opened mediation to a session held and recorded, the respondent saying {@code
   * respondentSays}; answers the minute the steps were counted from (the session two hours before,
   * its record one hour before).
   */
  static LocalDateTime heldOffline(
      FormPost forms, String mediator, String number, String respondentSays) {
    forms.post(
        mediator,
        number,
        "/mediation/suitability",
        new Form().param("suitable", "yes").param("reasons", "事实清楚，适宜调解"));
    for (String party : List.of("0", "1")) {
      forms.post(
          mediator,
          number,
          "/mediation/consents",
          new Form().param("party", party).param("agrees", "yes").param("informed", "on"));
    }
    forms.post(mediator, number, "/mediation/routing", new Form());
    LocalDateTime at = LocalDateTime.now(Wiring.ZONE).withSecond(0).withNano(0);
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    forms.post(
        mediator,
        number,
        "/mediation/sessions",
        new Form().param("mode", "OFFLINE").param("startsAt", at.minusHours(2).format(local)));
    forms.post(
        mediator,
        number,
        "/mediation/records",
        new Form()
            .param("heldAt", at.minusHours(1).format(local))
            .param("place", "调解室")
            .param("mediator", "测试员")
            .param("recorder", "书记员乙")
            .param("statement-0", "排水沟被堵")
            .param("statement-1", respondentSays)
            .param("factsVerified", "排水沟为两户共用")
            .param("riskWarning", "无")
            .param("rightsExplained", "on")
            .param("signed", "on"));
    return at;
  }

  private ConsoleMediationSteps() {}
}
