package org.db3311.sgc.server.intake;

import java.util.List;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.RepeatLink;
import org.db3311.sgc.core.intake.SupplementItem;
import org.db3311.sgc.core.intake.SupplementNotice;
import org.db3311.sgc.server.security.Masking;

/**
 * A matter as the API shows it. Personal identifiers are masked unless the caller asked to see them
 * and may (that read is audited).
 */
public record MatterView(
    String number,
    String state,
    String kind,
    String channel,
    SourceView source,
    String preference,
    String category,
    PlaceView place,
    String description,
    String registeredAt,
    String occurredAt,
    String cause,
    List<PartyView> parties,
    List<MaterialView> materials,
    List<NoticeView> notices,
    RefusalView refusal,
    String withdrawalReason,
    List<LinkView> links,
    List<String> flags,
    List<String> warnings,
    HandlingView handling,
    ResultView result,
    String closedAt,
    int reopenCount) {

  public record SourceView(String system, String reference) {}

  public record PlaceView(
      String county, String township, String townshipCode, String villageCode, String address) {
    static PlaceView of(Place p) {
      return new PlaceView(
          p.county().value(),
          p.township().orElse(null),
          p.townshipCode().map(Object::toString).orElse(null),
          p.villageCode().map(Object::toString).orElse(null),
          p.address());
    }
  }

  public record PartyView(
      String role, String type, String name, String idNumber, String creditCode, String phone) {
    static PartyView of(MatterParty mp, boolean reveal) {
      Party p = mp.party();
      String phone = p.phone().map(x -> x.value()).orElse(null);
      String shownPhone = reveal ? phone : Masking.phone(phone);
      return switch (p) {
        case Party.Citizen c -> {
          String id = c.idNumber().map(x -> x.value()).orElse(null);
          yield new PartyView(
              mp.role().name(),
              "CITIZEN",
              c.name(),
              reveal ? id : Masking.idNumber(id),
              null,
              shownPhone);
        }
        case Party.Organisation o ->
            new PartyView(
                mp.role().name(),
                "ORGANISATION",
                o.name(),
                null,
                o.creditCode().value(),
                shownPhone);
      };
    }
  }

  public record MaterialView(
      int id, String kind, String kindName, String description, String submittedAt) {
    static MaterialView of(Material m) {
      return new MaterialView(
          m.id(), m.kind().code(), m.kind().nameZh(), m.description(), m.submittedAt().toString());
    }
  }

  public record NoticeView(int number, String issuedAt, List<ItemView> items) {
    static NoticeView of(SupplementNotice n) {
      return new NoticeView(
          n.number(), n.issuedAt().toString(), n.items().stream().map(ItemView::of).toList());
    }
  }

  public record ItemView(
      String kind, String kindName, String problem, Integer materialId, String reason) {
    static ItemView of(SupplementItem i) {
      return new ItemView(
          i.kind().code(),
          i.kind().nameZh(),
          i.problem().name(),
          i.materialId().orElse(null),
          i.reason());
    }
  }

  public record RefusalView(String reason, String redirectTo) {}

  public record LinkView(String earlier, String reason) {
    static LinkView of(RepeatLink l) {
      return new LinkView(l.earlier().toString(), l.reason().name());
    }
  }

  public record HandlingView(String track, String reference) {}

  public record ResultView(String outcome, String summary) {}

  /** The view of {@code s}; identifiers unmasked only when {@code reveal}. */
  public static MatterView of(MatterSnapshot s, boolean reveal) {
    var r = s.registration();
    return new MatterView(
        s.number().toString(),
        s.state().name(),
        s.kind().name(),
        r.channel().name(),
        r.source().map(x -> new SourceView(x.system().name(), x.reference())).orElse(null),
        r.preference().map(Enum::name).orElse(null),
        r.categoryCode(),
        PlaceView.of(r.place()),
        r.description(),
        s.registeredAt().toString(),
        r.occurredAt().map(Object::toString).orElse(null),
        r.cause().orElse(null),
        r.parties().stream().map(p -> PartyView.of(p, reveal)).toList(),
        s.materials().stream().map(MaterialView::of).toList(),
        s.notices().stream().map(NoticeView::of).toList(),
        s.refusal().map(x -> new RefusalView(x.reason(), x.redirectTo())).orElse(null),
        s.withdrawalReason().orElse(null),
        s.links().stream().map(LinkView::of).toList(),
        s.flags().stream().map(Enum::name).sorted().toList(),
        s.warnings(),
        s.handling().map(h -> new HandlingView(h.track().name(), h.reference())).orElse(null),
        s.result().map(x -> new ResultView(x.outcome().name(), x.summary())).orElse(null),
        s.closedAt().map(Object::toString).orElse(null),
        s.reopenCount());
  }
}
