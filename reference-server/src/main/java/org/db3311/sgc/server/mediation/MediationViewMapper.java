package org.db3311.sgc.server.mediation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.db3311.sgc.core.mediation.Consent;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.MediationSnapshot;
import org.db3311.sgc.core.mediation.OnwardRouting;
import org.db3311.sgc.core.mediation.RoutingDecision;
import org.db3311.sgc.core.mediation.Session;
import org.db3311.sgc.core.mediation.Venue;
import org.db3311.sgc.server.http.ViewTypes;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.factory.Mappers;

/** The mediation views from the core's snapshots (MapStruct). */
@Mapper(uses = ViewTypes.class)
interface MediationViewMapper {

  MediationViewMapper INSTANCE = Mappers.getMapper(MediationViewMapper.class);

  @Mapping(target = "matter", source = "id.matter")
  @Mapping(target = "attempt", source = "id.attempt")
  @Mapping(target = "category", source = "categoryCode")
  MediationView view(MediationSnapshot snapshot);

  MediationView.ConsentView view(Consent consent);

  @Mapping(target = "statements", qualifiedByName = "sorted")
  MediationView.RecordView view(MediationRecord record);

  @Mapping(target = "signedBy", qualifiedByName = "sorted")
  @Mapping(target = "copies", source = ".", qualifiedByName = "copies")
  MediationView.AgreementView view(MediationAgreement agreement);

  MediationView.OnwardView view(OnwardRouting onward);

  @Named("copies")
  default int copies(MediationAgreement agreement) {
    return agreement.copies();
  }

  MediationView.ObligationView view(MediationAgreement.Obligation obligation);

  /** The venue's kind, its lead and its members in order. */
  default MediationView.RoutingView view(RoutingDecision d) {
    if (d == null) {
      return null;
    }
    String kind =
        switch (d.venue()) {
          case Venue.ResponsibleDepartment x -> "RESPONSIBLE_DEPARTMENT";
          case Venue.JointMediation x -> "JOINT_MEDIATION";
          case Venue.MediationCommittee x -> "MEDIATION_COMMITTEE";
        };
    return new MediationView.RoutingView(
        kind,
        d.venue().lead().value(),
        d.venue().participants().stream().map(u -> u.value()).sorted().toList(),
        d.rule(),
        d.explanation());
  }

  /** A session online with its room, or offline at a place. */
  default MediationView.SessionView view(Session s) {
    return switch (s) {
      case Session.Online o ->
          new MediationView.SessionView(
              "ONLINE", o.startsAt().toString(), o.room().roomId(), o.room().joinUrl(), null, null);
      case Session.Offline f ->
          new MediationView.SessionView(
              "OFFLINE", f.startsAt().toString(), null, null, f.place(), f.bookedBy().orElse(null));
    };
  }

  @Named("sorted")
  default Map<String, String> sorted(Map<String, String> statements) {
    return new TreeMap<>(statements);
  }

  @Named("sorted")
  default List<String> sorted(Collection<String> names) {
    return names.stream().sorted().toList();
  }
}
