package org.db3311.sgc.core.assessment.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.db3311.sgc.core.catalog.ClauseId;

/**
 * What a county's social governance center (县级社会治理中心) is, as built and managed: the facts the rules
 * of chapters 4, 5, 7, 8.1 and Appendix A are checked against, plus attestations for what software
 * cannot measure (ruling R6).
 *
 * <p>The profile only records facts; it accepts a center that fails the standard (that is for the
 * rules to say) but rejects facts that cannot be true, such as a negative area. Quantities are
 * bounded ({@link Quantity}) and dates are days of the years 0001 to 9999, so that every profile
 * can be written in the profile format and assessed in bounded time.
 *
 * @param county the county
 * @param tier the tier the deployment declares (ruling R1)
 * @param totalFloorArea total floor area in square metres (5.1.1.2), a {@link Quantity#FLOOR_AREA}
 * @param platforms platforms the center contains (4.1.1)
 * @param managementBody the management body, if one exists (4.1.2)
 * @param units units entered and how (4.1.3, Appendix A)
 * @param designatedUnits names of units the local Party committee and government require to enter
 *     (Appendix A: 当地党委政府认为需要成建制入驻的单位)
 * @param socialForces social service forces hosted (4.1.3.3)
 * @param staff staff posts (4.2, 7.3.1, 7.4.1.1)
 * @param zones function zones (5.1.2)
 * @param facilities facilities (5.2)
 * @param signs signs (5.3, appendices B and C)
 * @param windows service windows (5.1.2.1, 5.3.5)
 * @param hardware information hardware (8.1)
 * @param management management arrangements (chapter 7)
 * @param attestations attestations for clauses software cannot measure (R6)
 */
public record CenterProfile(
    County county,
    Tier tier,
    BigDecimal totalFloorArea,
    Set<Platform> platforms,
    Optional<ManagementBody> managementBody,
    List<EnteredUnit> units,
    List<String> designatedUnits,
    List<SocialForce> socialForces,
    List<StaffPost> staff,
    List<Zone> zones,
    Set<Facility> facilities,
    List<Sign> signs,
    List<ServiceWindow> windows,
    Hardware hardware,
    ManagementArrangements management,
    List<Attestation> attestations) {

  public CenterProfile {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(tier, "tier");
    totalFloorArea = Quantity.FLOOR_AREA.check(totalFloorArea, "total floor area");
    platforms = Checks.enums(Platform.class, platforms, "platforms");
    Objects.requireNonNull(managementBody, "management body");
    units = Checks.list(units, "units");
    designatedUnits = Checks.list(designatedUnits, "designated units");
    designatedUnits.forEach(n -> Checks.text(n, "designated unit name"));
    socialForces = Checks.list(socialForces, "social forces");
    staff = Checks.list(staff, "staff");
    zones = Checks.list(zones, "zones");
    facilities = Checks.enums(Facility.class, facilities, "facilities");
    signs = Checks.list(signs, "signs");
    windows = Checks.list(windows, "windows");
    Objects.requireNonNull(hardware, "hardware");
    Objects.requireNonNull(management, "management");
    attestations = Checks.list(attestations, "attestations");
  }

  /** A valid attestation of the clause on the given day, if there is one. */
  public Optional<Attestation> attestation(ClauseId clause, LocalDate day) {
    for (Attestation a : attestations) {
      if (a.clause().equals(clause) && a.isValidOn(day)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Attestations of the clause, valid or not. */
  public List<Attestation> attestations(ClauseId clause) {
    return attestations.stream().filter(a -> a.clause().equals(clause)).toList();
  }

  /** The functions hosted across all zones of a kind. */
  public Set<ZoneFunction> functionsOf(ZoneKind kind) {
    EnumSet<ZoneFunction> result = EnumSet.noneOf(ZoneFunction.class);
    for (Zone z : zones) {
      if (z.kind() == kind) {
        result.addAll(z.functions());
      }
    }
    return result;
  }

  public boolean hasZone(ZoneKind kind) {
    for (Zone z : zones) {
      if (z.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  public List<Sign> signs(SignKind kind) {
    return signs.stream().filter(s -> s.kind() == kind).toList();
  }

  public static Builder builder(County county, Tier tier, BigDecimal totalFloorArea) {
    return new Builder(county, tier, totalFloorArea);
  }

  public Builder toBuilder() {
    return new Builder(county, tier, totalFloorArea)
        .platforms(platforms)
        .managementBody(managementBody)
        .units(units)
        .designatedUnits(designatedUnits)
        .socialForces(socialForces)
        .staff(staff)
        .zones(zones)
        .facilities(facilities)
        .signs(signs)
        .windows(windows)
        .hardware(hardware)
        .management(management)
        .attestations(attestations);
  }

  /** Assembles a profile step by step; {@link #build()} checks every invariant. */
  public static final class Builder {
    private County county;
    private Tier tier;
    private BigDecimal totalFloorArea;
    private final EnumSet<Platform> platforms = EnumSet.noneOf(Platform.class);
    private Optional<ManagementBody> managementBody = Optional.empty();
    private final List<EnteredUnit> units = new ArrayList<>();
    private final List<String> designatedUnits = new ArrayList<>();
    private final List<SocialForce> socialForces = new ArrayList<>();
    private final List<StaffPost> staff = new ArrayList<>();
    private final List<Zone> zones = new ArrayList<>();
    private final EnumSet<Facility> facilities = EnumSet.noneOf(Facility.class);
    private final List<Sign> signs = new ArrayList<>();
    private final List<ServiceWindow> windows = new ArrayList<>();
    private Hardware hardware = Hardware.NONE;
    private ManagementArrangements management = ManagementArrangements.NONE;
    private final List<Attestation> attestations = new ArrayList<>();

    private Builder(County county, Tier tier, BigDecimal totalFloorArea) {
      this.county = county;
      this.tier = tier;
      this.totalFloorArea = totalFloorArea;
    }

    public Builder county(County value) {
      county = value;
      return this;
    }

    public Builder tier(Tier value) {
      tier = value;
      return this;
    }

    public Builder totalFloorArea(BigDecimal value) {
      totalFloorArea = value;
      return this;
    }

    public Builder platforms(Collection<Platform> values) {
      platforms.clear();
      platforms.addAll(values);
      return this;
    }

    public Builder managementBody(Optional<ManagementBody> value) {
      managementBody = value;
      return this;
    }

    public Builder managementBody(ManagementBody value) {
      return managementBody(Optional.of(value));
    }

    public Builder units(Collection<EnteredUnit> values) {
      units.clear();
      units.addAll(values);
      return this;
    }

    public Builder addUnit(EnteredUnit value) {
      units.add(value);
      return this;
    }

    public Builder designatedUnits(Collection<String> values) {
      designatedUnits.clear();
      designatedUnits.addAll(values);
      return this;
    }

    public Builder socialForces(Collection<SocialForce> values) {
      socialForces.clear();
      socialForces.addAll(values);
      return this;
    }

    public Builder staff(Collection<StaffPost> values) {
      staff.clear();
      staff.addAll(values);
      return this;
    }

    public Builder zones(Collection<Zone> values) {
      zones.clear();
      zones.addAll(values);
      return this;
    }

    public Builder facilities(Collection<Facility> values) {
      facilities.clear();
      facilities.addAll(values);
      return this;
    }

    public Builder signs(Collection<Sign> values) {
      signs.clear();
      signs.addAll(values);
      return this;
    }

    public Builder windows(Collection<ServiceWindow> values) {
      windows.clear();
      windows.addAll(values);
      return this;
    }

    public Builder hardware(Hardware value) {
      hardware = value;
      return this;
    }

    public Builder management(ManagementArrangements value) {
      management = value;
      return this;
    }

    public Builder attestations(Collection<Attestation> values) {
      attestations.clear();
      attestations.addAll(values);
      return this;
    }

    public Builder addAttestation(Attestation value) {
      attestations.add(value);
      return this;
    }

    public CenterProfile build() {
      return new CenterProfile(
          county,
          tier,
          totalFloorArea,
          platforms,
          managementBody,
          units,
          designatedUnits,
          socialForces,
          staff,
          zones,
          facilities,
          signs,
          windows,
          hardware,
          management,
          attestations);
    }
  }
}
