package org.db3311.sgc.adapter.profilejson;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;
import org.db3311.sgc.core.assessment.profile.Attestation;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Certificate;
import org.db3311.sgc.core.assessment.profile.County;
import org.db3311.sgc.core.assessment.profile.Dimensions;
import org.db3311.sgc.core.assessment.profile.Display;
import org.db3311.sgc.core.assessment.profile.DisplayComponent;
import org.db3311.sgc.core.assessment.profile.EnteredUnit;
import org.db3311.sgc.core.assessment.profile.EntryForm;
import org.db3311.sgc.core.assessment.profile.EntryMode;
import org.db3311.sgc.core.assessment.profile.EvidenceReference;
import org.db3311.sgc.core.assessment.profile.Facility;
import org.db3311.sgc.core.assessment.profile.FunctionalDevice;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.HardwareRoom;
import org.db3311.sgc.core.assessment.profile.HardwareSystem;
import org.db3311.sgc.core.assessment.profile.ManagementArrangements;
import org.db3311.sgc.core.assessment.profile.ManagementBody;
import org.db3311.sgc.core.assessment.profile.ManagementFunction;
import org.db3311.sgc.core.assessment.profile.ManagementRegulation;
import org.db3311.sgc.core.assessment.profile.NetworkEquipment;
import org.db3311.sgc.core.assessment.profile.Platform;
import org.db3311.sgc.core.assessment.profile.PostHolder;
import org.db3311.sgc.core.assessment.profile.PostKind;
import org.db3311.sgc.core.assessment.profile.Quantity;
import org.db3311.sgc.core.assessment.profile.Resolution;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SignKind;
import org.db3311.sgc.core.assessment.profile.SignLocation;
import org.db3311.sgc.core.assessment.profile.SocialForce;
import org.db3311.sgc.core.assessment.profile.SocialForceKind;
import org.db3311.sgc.core.assessment.profile.StaffPost;
import org.db3311.sgc.core.assessment.profile.Tier;
import org.db3311.sgc.core.assessment.profile.UnitKind;
import org.db3311.sgc.core.assessment.profile.VideoConference;
import org.db3311.sgc.core.assessment.profile.VideoConferenceComponent;
import org.db3311.sgc.core.assessment.profile.WindowScreen;
import org.db3311.sgc.core.assessment.profile.WindowScreenKind;
import org.db3311.sgc.core.assessment.profile.Zone;
import org.db3311.sgc.core.assessment.profile.ZoneFunction;
import org.db3311.sgc.core.assessment.profile.ZoneKind;
import org.db3311.sgc.core.assessment.rule.CenterRules;

/** Arbitrary profiles with awkward texts and numbers, to exercise the codec. */
final class ProfileArbitraries {

  private ProfileArbitraries() {}

  /** Non-blank texts without control characters, including quotes, backslashes and CJK. */
  static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "青田县", "a\"quoted\"", "back\\slash", "two\nlines", "tab\there", "😀 表情", " 前后空格 "),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6),
        Arbitraries.strings()
            .alpha()
            .numeric()
            .withChars(" \"\\/{}[]:,'")
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> !s.isBlank()));
  }

  /** Values of the quantity, with awkward scales and the bounds themselves. */
  static Arbitrary<BigDecimal> quantities(Quantity quantity) {
    BigDecimal smallest = BigDecimal.ONE.movePointLeft(Quantity.MAX_DECIMAL_PLACES);
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("0.001"), quantity.maximum()).ofScale(3),
        Arbitraries.integers().between(1, 10000).map(BigDecimal::valueOf),
        Arbitraries.of("1E+3", "2999.99", "3000", "69.9", "70", "1.5E+2", "0.000001")
            .map(BigDecimal::new),
        Arbitraries.of(quantity.maximum(), quantity.maximum().subtract(smallest)));
  }

  /** The first and last day the format can write: four-digit years. */
  static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  /** Days over the whole range the format can write, often at its ends. */
  static Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(
        Dates.dates().between(FIRST_DAY, LAST_DAY),
        Dates.dates().between(LocalDate.of(1999, 1, 1), LocalDate.of(2099, 12, 31)),
        Arbitraries.of(FIRST_DAY, LAST_DAY, LAST_DAY.minusDays(1), LocalDate.of(2000, 2, 29)));
  }

  /** The day so many days after the first, or the last day the format can write. */
  private static LocalDate plusDaysCapped(LocalDate day, int days) {
    return day.isAfter(LAST_DAY.minusDays(days)) ? LAST_DAY : day.plusDays(days);
  }

  static Arbitrary<CenterProfile> profiles() {
    return Builders.withBuilder(
            () -> CenterProfile.builder(County.of("331121", "青田县"), Tier.TIER_1, BigDecimal.ONE))
        .use(Arbitraries.of("331102", "331121", "331181", "110105").map(c -> County.of(c, "某县")))
        .in(CenterProfile.Builder::county)
        .use(Arbitraries.of(Tier.class))
        .in(CenterProfile.Builder::tier)
        .use(quantities(Quantity.FLOOR_AREA))
        .in(CenterProfile.Builder::totalFloorArea)
        .use(Arbitraries.subsetOf(Platform.values()))
        .in(CenterProfile.Builder::platforms)
        .use(
            Combinators.combine(
                    texts(),
                    Arbitraries.of(true, false),
                    Arbitraries.of(true, false),
                    Arbitraries.subsetOf(ManagementFunction.values()))
                .as(ManagementBody::new)
                .optional())
        .in(CenterProfile.Builder::managementBody)
        .use(
            Combinators.combine(
                    Arbitraries.of(UnitKind.class),
                    texts(),
                    Arbitraries.of(EntryMode.class),
                    Arbitraries.of(EntryForm.class).optional())
                .as(EnteredUnit::new)
                .list()
                .ofMaxSize(5))
        .in(CenterProfile.Builder::units)
        .use(texts().list().ofMaxSize(3))
        .in(CenterProfile.Builder::designatedUnits)
        .use(
            Combinators.combine(Arbitraries.of(SocialForceKind.class), texts())
                .as(SocialForce::new)
                .list()
                .ofMaxSize(4))
        .in(CenterProfile.Builder::socialForces)
        .use(posts().list().ofMaxSize(3))
        .in(CenterProfile.Builder::staff)
        .use(
            Combinators.combine(
                    Arbitraries.of(ZoneKind.class), Arbitraries.subsetOf(ZoneFunction.values()))
                .as(Zone::new)
                .list()
                .ofMaxSize(4))
        .in(CenterProfile.Builder::zones)
        .use(Arbitraries.subsetOf(Facility.values()))
        .in(CenterProfile.Builder::facilities)
        .use(
            Combinators.combine(
                    Arbitraries.of(SignKind.class),
                    texts(),
                    Arbitraries.of(SignLocation.class),
                    Combinators.combine(
                            quantities(Quantity.SIGN_SIDE), quantities(Quantity.SIGN_SIDE))
                        .as(Dimensions::new)
                        .optional())
                .as(Sign::new)
                .list()
                .ofMaxSize(4))
        .in(CenterProfile.Builder::signs)
        .use(
            Combinators.combine(
                    texts(),
                    texts(),
                    Combinators.combine(Arbitraries.of(WindowScreenKind.class), texts())
                        .as(WindowScreen::new)
                        .optional())
                .as(ServiceWindow::new)
                .list()
                .ofMaxSize(3))
        .in(CenterProfile.Builder::windows)
        .use(hardware())
        .in(CenterProfile.Builder::hardware)
        .use(
            Combinators.combine(
                    Arbitraries.subsetOf(ManagementRegulation.values()),
                    Arbitraries.of(true, false),
                    Arbitraries.of(true, false),
                    days().list().ofMaxSize(2),
                    Arbitraries.of(true, false),
                    days().list().ofMaxSize(2))
                .as(ManagementArrangements::new))
        .in(CenterProfile.Builder::management)
        .use(attestations().list().ofMaxSize(3))
        .in(CenterProfile.Builder::attestations)
        .build(CenterProfile.Builder::build);
  }

  private static Arbitrary<StaffPost> posts() {
    Arbitrary<Certificate> certificate =
        Combinators.combine(
                texts(),
                texts().optional(),
                days().optional(),
                Arbitraries.integers().between(0, 3000).optional())
            .as(
                (name, number, from, length) ->
                    new Certificate(
                        name,
                        number,
                        from,
                        from.flatMap(f -> length.map(l -> plusDaysCapped(f, l)))));
    return Combinators.combine(
            texts(),
            Arbitraries.of(PostKind.class),
            texts().optional(),
            Combinators.combine(texts(), certificate.list().ofMaxSize(2))
                .as(PostHolder::new)
                .list()
                .ofMaxSize(2))
        .as(StaffPost::new);
  }

  private static Arbitrary<Hardware> hardware() {
    return Combinators.combine(
            Arbitraries.subsetOf(HardwareRoom.values()),
            Arbitraries.subsetOf(HardwareSystem.values()),
            quantities(Quantity.BANDWIDTH).optional(),
            Arbitraries.subsetOf(NetworkEquipment.values()),
            Combinators.combine(
                    texts(),
                    quantities(Quantity.DISPLAY_DIAGONAL),
                    Combinators.combine(
                            Arbitraries.integers().between(1, Resolution.MAX_PIXELS),
                            Arbitraries.integers().between(1, Resolution.MAX_PIXELS))
                        .as(Resolution::new))
                .as(Display::new)
                .list()
                .ofMaxSize(3),
            Arbitraries.subsetOf(DisplayComponent.values()),
            Combinators.combine(
                    Arbitraries.integers().between(1, Resolution.MAX_PIXELS),
                    Arbitraries.subsetOf(VideoConferenceComponent.values()))
                .as(VideoConference::new)
                .optional(),
            Arbitraries.subsetOf(FunctionalDevice.values()))
        .as(Hardware::new);
  }

  private static Arbitrary<Attestation> attestations() {
    return Combinators.combine(
            Arbitraries.of(CenterRules.standard().attestedClauses()),
            texts(),
            days(),
            Arbitraries.oneOf(
                Arbitraries.strings()
                    .withChars("0123456789abcdef")
                    .ofLength(64)
                    .map(h -> "sha256:" + h),
                texts()
                    .filter(t -> !Character.isWhitespace(t.charAt(0)) && !t.startsWith("sha256:"))),
            Arbitraries.integers().between(0, 2000).optional(),
            Arbitraries.strings().ofMaxLength(20))
        .as(
            (clause, by, on, evidence, days, statement) ->
                new Attestation(
                    clause,
                    by,
                    on,
                    EvidenceReference.of(evidence),
                    days.map(d -> plusDaysCapped(on, d)),
                    statement));
  }
}
