package org.db3311.sgc.server.reception;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.reception.CountyLeader;
import org.db3311.sgc.core.reception.ReceptionBookingSnapshot;
import org.db3311.sgc.core.reception.ReceptionRotaSnapshot;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** The reception views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface ReceptionViewMapper {

  ReceptionViewMapper INSTANCE = Mappers.getMapper(ReceptionViewMapper.class);

  ReceptionView.RotaView view(String county, ReceptionRotaSnapshot s);

  ReceptionView.BookingView view(String county, ReceptionBookingSnapshot s);

  ReceptionView.LeaderView view(CountyLeader leader);

  /** The rota's days in calendar order. */
  default Map<String, ReceptionView.LeaderView> days(Map<LocalDate, CountyLeader> days) {
    Map<String, ReceptionView.LeaderView> shown = new TreeMap<>();
    days.forEach((d, l) -> shown.put(d.toString(), view(l)));
    return shown;
  }

  /** A visitor with identifiers masked, citizen or organisation. */
  default ReceptionView.VisitorView visitor(Party visitor) {
    return ReceptionView.VisitorView.of(visitor);
  }
}
