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
      return MatterViewMapper.INSTANCE.view(p);
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
      return MatterViewMapper.INSTANCE.view(m);
    }
  }

  public record NoticeView(int number, String issuedAt, List<ItemView> items) {
    static NoticeView of(SupplementNotice n) {
      return MatterViewMapper.INSTANCE.view(n);
    }
  }

  public record ItemView(
      String kind, String kindName, String problem, Integer materialId, String reason) {
    static ItemView of(SupplementItem i) {
      return MatterViewMapper.INSTANCE.view(i);
    }
  }

  public record RefusalView(String reason, String redirectTo) {}

  public record LinkView(String earlier, String reason) {
    static LinkView of(RepeatLink l) {
      return MatterViewMapper.INSTANCE.view(l);
    }
  }

  public record HandlingView(String track, String reference) {}

  public record ResultView(String outcome, String summary) {}

  /** The view of {@code s}; identifiers unmasked only when {@code reveal}. */
  public static MatterView of(MatterSnapshot s, boolean reveal) {
    return MatterViewMapper.INSTANCE.view(s, reveal);
  }
}
