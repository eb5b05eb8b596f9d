package org.db3311.sgc.server.reception;

import java.util.Map;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.reception.CountyLeader;
import org.db3311.sgc.core.reception.ReceptionBookingSnapshot;
import org.db3311.sgc.core.reception.ReceptionRotaSnapshot;
import org.db3311.sgc.server.security.Masking;

/** Leader reception (领导接访, 6.2.1.2) as the API shows it: a month's rota, a booking. */
public final class ReceptionView {
  private ReceptionView() {}

  public record LeaderView(String id, String name, String title) {
    static LeaderView of(CountyLeader x) {
      return ReceptionViewMapper.INSTANCE.view(x);
    }
  }

  /** A month's rota: the receiving leader of each day. */
  public record RotaView(
      String county, String month, String state, String publishedAt, Map<String, LeaderView> days) {
    static RotaView of(String county, ReceptionRotaSnapshot s) {
      return ReceptionViewMapper.INSTANCE.view(county, s);
    }
  }

  /** A visitor, identifiers masked. */
  public record VisitorView(String type, String name, String idNumber, String phone) {
    static VisitorView of(Party p) {
      String phone = Masking.phone(p.phone().map(x -> x.value()).orElse(null));
      return switch (p) {
        case Party.Citizen c ->
            new VisitorView(
                "CITIZEN",
                c.name(),
                Masking.idNumber(c.idNumber().map(x -> x.value()).orElse(null)),
                phone);
        case Party.Organisation o -> new VisitorView("ORGANISATION", o.name(), null, phone);
      };
    }
  }

  public record BookingView(
      String id,
      String county,
      String mode,
      String date,
      String slot,
      LeaderView leader,
      VisitorView visitor,
      String subject,
      String state,
      String matter) {
    static BookingView of(String county, ReceptionBookingSnapshot s) {
      return ReceptionViewMapper.INSTANCE.view(county, s);
    }
  }

  /** A visit received: the matter it registered. */
  public record VisitView(String matter, String booking) {}
}
