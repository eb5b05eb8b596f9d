package org.db3311.sgc.server.intake;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.db3311.sgc.core.common.AreaCode;
import org.db3311.sgc.core.common.CreditCode;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.common.ResidentIdNumber;
import org.db3311.sgc.core.intake.Channel;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialDefect;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.PartyRole;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.ResolutionPreference;
import org.db3311.sgc.core.intake.SourceReference;
import org.db3311.sgc.server.http.Requests.Errors;

/**
 * The request bodies of the intake endpoints, and their conversion into the core's commands. Every
 * field error is collected and answered at once (400, {@code errors}), so a client fixes its
 * request in one go.
 */
public final class MatterRequests {
  private MatterRequests() {}

  /** {@code POST /api/v1/matters}. */
  public record RegisterRequest(
      String channel,
      SourceRequest source,
      String preference,
      List<PartyRequest> parties,
      String category,
      PlaceRequest place,
      String description,
      List<MaterialRequest> materials,
      String occurredAt,
      String cause) {}

  public record SourceRequest(String system, String reference) {}

  public record PartyRequest(
      String role, String type, String name, String idNumber, String creditCode, String phone) {}

  public record PlaceRequest(
      String county, String township, String townshipCode, String villageCode, String address) {}

  public record MaterialRequest(String kind, String description) {}

  /** {@code POST /api/v1/matters/{number}/materials}. */
  public record MaterialsRequest(List<MaterialRequest> materials) {}

  /** {@code POST /api/v1/matters/{number}/decision}: review (with defects) or refuse. */
  public record DecisionRequest(
      String verdict, List<DefectRequest> defects, String reason, String redirectTo) {}

  public record DefectRequest(Integer materialId, String reason) {}

  /** {@code POST /api/v1/matters/{number}/withdrawal}. */
  public record WithdrawalRequest(String reason) {}

  /** The material kinds the core knows, by code. */
  static final Map<String, MaterialKind> KINDS =
      List.of(
              MaterialKind.ID_CARD,
              MaterialKind.APPLICATION,
              MaterialKind.REGISTRATION_FORM,
              MaterialKind.SOURCE_RECORD)
          .stream()
          .collect(Collectors.toMap(MaterialKind::code, Function.identity()));

  static <E extends Enum<E>> E enumValue(Errors errors, String path, String value, Class<E> type) {
    return errors.enumValue(path, value, type);
  }

  public static Registration registration(RegisterRequest r) {
    Errors errors = new Errors();
    if (r == null) {
      errors.add("", "a registration body is required");
      errors.throwIfAny("The registration");
    }
    Channel channel = enumValue(errors, "channel", r.channel(), Channel.class);
    Optional<SourceReference> source = Optional.empty();
    if (r.source() != null) {
      Channel system = enumValue(errors, "source.system", r.source().system(), Channel.class);
      if (system != null) {
        source =
            Optional.ofNullable(
                errors.attempt(
                    "source.reference", () -> new SourceReference(system, r.source().reference())));
      }
    }
    Optional<ResolutionPreference> preference =
        r.preference() == null
            ? Optional.empty()
            : Optional.ofNullable(
                enumValue(errors, "preference", r.preference(), ResolutionPreference.class));
    List<MatterParty> parties = new ArrayList<>();
    if (r.parties() == null || r.parties().isEmpty()) {
      errors.add("parties", "at least one party, the applicant");
    } else {
      for (int i = 0; i < r.parties().size(); i++) {
        MatterParty p = party(errors, "parties[" + i + "]", r.parties().get(i));
        if (p != null) {
          parties.add(p);
        }
      }
    }
    if (r.category() == null || r.category().isBlank()) {
      errors.add("category", "required: a category code such as dispute.neighbour");
    }
    Place place = place(errors, r.place());
    if (r.description() == null || r.description().isBlank()) {
      errors.add("description", "required");
    }
    List<Material.Submitted> materials = materials(errors, "materials", r.materials(), false);
    Optional<Instant> occurredAt = Optional.empty();
    if (r.occurredAt() != null) {
      try {
        // an offset (+08:00) or Z, as OffsetDateTime reads it
        occurredAt = Optional.of(java.time.OffsetDateTime.parse(r.occurredAt()).toInstant());
      } catch (DateTimeParseException e) {
        errors.add("occurredAt", "an instant such as 2026-12-03T09:30:00+08:00 or …Z");
      }
    }
    if (channel != null && channel.asksForResolutionPreference() != preference.isPresent()) {
      // the core refuses it too; named here so the client sees which field (6.1.1.2.1)
      errors.add(
          "preference",
          channel.asksForResolutionPreference()
              ? "required for the 解纷码 entry: ONLINE_MEDIATION or OFFLINE_VISIT"
              : "only the 解纷码 entry (DISPUTE_CODE) records a preference");
    }
    errors.throwIfAny("The registration");
    Optional<SourceReference> src = source;
    Optional<Instant> occurred = occurredAt;
    Registration reg =
        errors.attempt(
            "",
            () ->
                new Registration(
                    channel,
                    src,
                    preference,
                    parties,
                    r.category().strip(),
                    place,
                    r.description(),
                    materials,
                    occurred,
                    Optional.ofNullable(r.cause())));
    errors.throwIfAny("The registration");
    return reg;
  }

  private static MatterParty party(Errors errors, String path, PartyRequest p) {
    if (p == null) {
      errors.add(path, "a party is an object");
      return null;
    }
    PartyRole role = enumValue(errors, path + ".role", p.role(), PartyRole.class);
    String type = p.type() == null ? "CITIZEN" : p.type();
    int before = errors.list().size();
    Optional<PhoneNumber> phone =
        p.phone() == null
            ? Optional.empty()
            : Optional.ofNullable(errors.attempt(path + ".phone", () -> PhoneNumber.of(p.phone())));
    Party party =
        switch (type) {
          case "CITIZEN" -> {
            Optional<ResidentIdNumber> id =
                p.idNumber() == null
                    ? Optional.empty()
                    : Optional.ofNullable(
                        errors.attempt(
                            path + ".idNumber", () -> ResidentIdNumber.of(p.idNumber())));
            yield errors.attempt(path + ".name", () -> new Party.Citizen(p.name(), id, phone));
          }
          case "ORGANISATION" -> {
            CreditCode code =
                errors.attempt(path + ".creditCode", () -> CreditCode.of(p.creditCode()));
            yield code == null
                ? null
                : errors.attempt(
                    path + ".name", () -> new Party.Organisation(p.name(), code, phone));
          }
          default -> {
            errors.add(path + ".type", "'" + type + "' is not one of [CITIZEN, ORGANISATION]");
            yield null;
          }
        };
    if (role == null || party == null || errors.list().size() > before) {
      return null;
    }
    return new MatterParty(role, party);
  }

  private static Place place(Errors errors, PlaceRequest p) {
    if (p == null) {
      errors.add("place", "required: county (or townshipCode) and address");
      return null;
    }
    int before = errors.list().size();
    Optional<AreaCode> township =
        p.townshipCode() == null
            ? Optional.empty()
            : Optional.ofNullable(
                errors.attempt("place.townshipCode", () -> AreaCode.of(p.townshipCode())));
    Optional<AreaCode> village =
        p.villageCode() == null
            ? Optional.empty()
            : Optional.ofNullable(
                errors.attempt("place.villageCode", () -> AreaCode.of(p.villageCode())));
    String countyText =
        p.county() != null ? p.county() : township.map(t -> t.county().value()).orElse(null);
    if (countyText == null) {
      errors.add("place.county", "required (or a townshipCode)");
      return null;
    }
    DivisionCode county = errors.attempt("place.county", () -> DivisionCode.of(countyText));
    if (county == null || errors.list().size() > before) {
      return null;
    }
    return errors.attempt(
        "place",
        () -> new Place(county, Optional.ofNullable(p.township()), p.address(), township, village));
  }

  static List<Material.Submitted> materials(
      Errors errors, String path, List<MaterialRequest> list, boolean required) {
    List<Material.Submitted> out = new ArrayList<>();
    if (list == null || list.isEmpty()) {
      if (required) {
        errors.add(path, "at least one material");
      }
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      MaterialRequest m = list.get(i);
      String at = path + "[" + i + "]";
      if (m == null) {
        errors.add(at, "a material is an object");
        continue;
      }
      MaterialKind kind = m.kind() == null ? null : KINDS.get(m.kind());
      if (kind == null) {
        errors.add(
            at + ".kind",
            "'" + m.kind() + "' is not one of " + KINDS.keySet().stream().sorted().toList());
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

  static List<MaterialDefect> defects(Errors errors, List<DefectRequest> list) {
    List<MaterialDefect> out = new ArrayList<>();
    if (list == null) {
      return out;
    }
    for (int i = 0; i < list.size(); i++) {
      DefectRequest d = list.get(i);
      String at = "defects[" + i + "]";
      if (d == null || d.materialId() == null) {
        errors.add(at + ".materialId", "required");
        continue;
      }
      MaterialDefect md = errors.attempt(at, () -> new MaterialDefect(d.materialId(), d.reason()));
      if (md != null) {
        out.add(md);
      }
    }
    return out;
  }
}
