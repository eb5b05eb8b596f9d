package org.db3311.sgc.server.reception;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.PartyRole;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.reception.CountyLeader;
import org.db3311.sgc.server.http.Requests;

/** The request bodies of the reception endpoints, and their conversion into the core's values. */
public final class ReceptionRequests {
  private ReceptionRequests() {}

  public record LeaderRequest(String id, String name, String title) {}

  /**
   * {@code POST /api/v1/reception/rotas}: plan a month, the leaders taking working days in turn.
   */
  public record PlanRequest(String month, List<LeaderRequest> leaders) {}

  /** {@code POST …/days}: assign a day to a leader. */
  public record DayRequest(String date, LeaderRequest leader) {}

  /** {@code POST …/revision}. */
  public record RevisionRequest(String reason) {}

  /** A party as the intake endpoints take it. */
  public record PartyRequest(
      String role, String type, String name, String idNumber, String creditCode, String phone) {}

  public record PlaceRequest(
      String county, String township, String townshipCode, String villageCode, String address) {}

  public record MaterialRequest(String kind, String description) {}

  /**
   * {@code POST /api/v1/reception/bookings}: mode APPOINTMENT or INVITED, a later day on the
   * published rota, a slot (or the first with room), the visitor and the subject.
   */
  public record BookRequest(
      String mode, String date, String slot, PartyRequest visitor, String subject) {}

  /** {@code POST …/changes}: CONFIRM, CANCEL (reason) or NO_SHOW. */
  public record ChangeRequest(String change, String reason) {}

  /**
   * {@code POST /api/v1/reception/visits}: the leader on the rota receives a visitor; the matter is
   * registered on the leader-reception channel. A walk-in has no booking.
   */
  public record VisitRequest(
      LeaderRequest leader,
      String mode,
      String booking,
      List<PartyRequest> parties,
      String category,
      PlaceRequest place,
      String description,
      List<MaterialRequest> materials) {}

  /** The changes a booking takes. */
  enum Change {
    CONFIRM,
    CANCEL,
    NO_SHOW
  }

  static final Map<String, MaterialKind> KINDS =
      Stream.of(
              MaterialKind.ID_CARD,
              MaterialKind.APPLICATION,
              MaterialKind.REGISTRATION_FORM,
              MaterialKind.SOURCE_RECORD)
          .collect(Collectors.toMap(MaterialKind::code, Function.identity()));

  static CountyLeader leader(Requests.Errors errors, String path, LeaderRequest l) {
    if (l == null) {
      errors.add(path, "required: id, name and title");
      return null;
    }
    return errors.attempt(path, () -> new CountyLeader(l.id(), l.name(), l.title()));
  }

  static List<CountyLeader> leaders(Requests.Errors errors, List<LeaderRequest> given) {
    List<CountyLeader> out = new ArrayList<>();
    if (given == null || given.isEmpty()) {
      errors.add("leaders", "at least one county leader");
      return out;
    }
    for (int i = 0; i < given.size(); i++) {
      CountyLeader l = leader(errors, "leaders[" + i + "]", given.get(i));
      if (l != null) {
        out.add(l);
      }
    }
    return out;
  }

  /** A citizen (default) or an organisation, with identifiers checked. */
  static Party party(Requests.Errors errors, String path, PartyRequest p) {
    if (p == null) {
      errors.add(path, "required");
      return null;
    }
    String type = p.type() == null ? "CITIZEN" : p.type();
    return switch (type) {
      case "CITIZEN" ->
          errors.attempt(
              path + (p.idNumber() != null ? ".idNumber" : ".name"),
              () -> Party.Citizen.of(p.name(), p.idNumber(), p.phone()));
      case "ORGANISATION" ->
          errors.attempt(
              path + ".creditCode",
              () -> Party.Organisation.of(p.name(), p.creditCode(), p.phone()));
      default -> {
        errors.add(path + ".type", "'" + type + "' is not one of [CITIZEN, ORGANISATION]");
        yield null;
      }
    };
  }

  static List<MatterParty> parties(Requests.Errors errors, List<PartyRequest> given) {
    List<MatterParty> out = new ArrayList<>();
    if (given == null || given.isEmpty()) {
      errors.add("parties", "at least one party, the applicant");
      return out;
    }
    for (int i = 0; i < given.size(); i++) {
      String at = "parties[" + i + "]";
      PartyRequest p = given.get(i);
      PartyRole role = p == null ? null : errors.enumValue(at + ".role", p.role(), PartyRole.class);
      Party party = party(errors, at, p);
      if (role != null && party != null) {
        out.add(new MatterParty(role, party));
      }
    }
    return out;
  }

  static Place place(Requests.Errors errors, PlaceRequest p) {
    if (p == null) {
      errors.add("place", "required: townshipCode (or county) and address");
      return null;
    }
    if (p.townshipCode() != null) {
      return errors.attempt(
          "place", () -> Place.coded(p.townshipCode(), p.villageCode(), p.township(), p.address()));
    }
    if (p.county() == null) {
      errors.add("place.county", "required (or a townshipCode)");
      return null;
    }
    return errors.attempt("place", () -> Place.of(p.county(), p.township(), p.address()));
  }

  static List<Material.Submitted> materials(Requests.Errors errors, List<MaterialRequest> given) {
    List<Material.Submitted> out = new ArrayList<>();
    List<MaterialRequest> list = given == null ? List.of() : given;
    for (int i = 0; i < list.size(); i++) {
      MaterialRequest m = list.get(i);
      String at = "materials[" + i + "]";
      MaterialKind kind = m == null || m.kind() == null ? null : KINDS.get(m.kind());
      if (kind == null) {
        errors.add(
            at + ".kind",
            "'"
                + (m == null ? null : m.kind())
                + "' is not one of "
                + KINDS.keySet().stream().sorted().toList());
        continue;
      }
      Material.Submitted s =
          errors.attempt(at, () -> new Material.Submitted(kind, m.description()));
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  static Optional<String> text(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }
}
