package org.db3311.sgc.adapter.profilejson;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.db3311.sgc.core.assessment.finding.EvidenceMode;
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
import org.db3311.sgc.core.catalog.Clause;
import org.db3311.sgc.core.catalog.ClauseCatalog;
import org.db3311.sgc.core.catalog.ClauseId;

/**
 * Reads one profile document, collecting every error with its path instead of stopping at the
 * first. Each reader method returns {@code null} for a value it rejected (having recorded why), so
 * that reading goes on with the value's siblings; records are only built from error-free parts.
 */
final class ProfileReader {

  static final Pattern RESOLUTION =
      Pattern.compile("^([1-9][0-9]{0,4}|100000)[xX×*]([1-9][0-9]{0,4}|100000)$");
  static final Pattern TRANSMISSION = Pattern.compile("^([1-9][0-9]{0,4}|100000)[pP]$");
  private static final Pattern COUNTY_CODE = Pattern.compile("[1-9][0-9]{3}(?!00)[0-9]{2}");

  private static final Set<String> TOP =
      Set.of(
          "$schema",
          "comment",
          "assessment",
          "county",
          "tier",
          "totalFloorAreaSquareMetres",
          "platforms",
          "managementBody",
          "units",
          "designatedUnits",
          "socialForces",
          "staff",
          "zones",
          "facilities",
          "signs",
          "windows",
          "hardware",
          "management",
          "attestations");

  // made once, not on every object read
  private static final Set<String> COUNTY_KEYS = Set.of("code", "name");
  private static final Set<String> MANAGEMENT_BODY_KEYS =
      Set.of("name", "dedicated", "operatingForReal", "functions");
  private static final Set<String> UNIT_KEYS = Set.of("kind", "name", "entryMode", "entryForm");
  private static final Set<String> SOCIAL_FORCE_KEYS = Set.of("kind", "name");
  private static final Set<String> POST_KEYS =
      Set.of("title", "kind", "requiredCertificate", "holders");
  private static final Set<String> HOLDER_KEYS = Set.of("name", "certificates");
  private static final Set<String> CERTIFICATE_KEYS =
      Set.of("name", "number", "validFrom", "validUntil");
  private static final Set<String> ZONE_KEYS = Set.of("kind", "functions");
  private static final Set<String> SIGN_KEYS =
      Set.of("kind", "text", "location", "widthMm", "heightMm");
  private static final Set<String> WINDOW_KEYS = Set.of("label", "function", "screen");
  private static final Set<String> SCREEN_KEYS = Set.of("kind", "text");
  private static final Set<String> HARDWARE_KEYS =
      Set.of(
          "rooms",
          "systems",
          "bandwidthMbps",
          "networkEquipment",
          "displays",
          "displayComponents",
          "videoConference",
          "functionalDevices");
  private static final Set<String> DISPLAY_KEYS =
      Set.of("name", "sizeInches", "physicalResolution");
  private static final Set<String> RESOLUTION_KEYS = Set.of("width", "height");
  private static final Set<String> VIDEO_CONFERENCE_KEYS = Set.of("transmission", "components");
  private static final Set<String> MANAGEMENT_KEYS =
      Set.of(
          "regulations",
          "visitorScreening",
          "accessControl",
          "fireDrills",
          "emergencyPlan",
          "emergencySafetyTrainings");
  private static final Set<String> ATTESTATION_KEYS =
      Set.of("clause", "attestedBy", "attestedOn", "evidence", "validUntil", "statement");
  private static final Set<String> ASSESSMENT_KEYS = Set.of("assessedOn", "evidenceMode");

  private final List<ProfileError> errors = new ArrayList<>();
  private final ClauseCatalog catalog;
  private final Attested attested;

  /**
   * @param catalog the clauses and rulings that exist
   * @param attested the clauses some rule reads attestations of (ruling R6)
   */
  ProfileReader(ClauseCatalog catalog, Attested attested) {
    this.catalog = catalog;
    this.attested = attested;
  }

  /**
   * The clauses some rule reads attestations of: in their order for messages, and hashed for lookup
   * (a sorted set compares clause ids by splitting them, on every attestation read).
   */
  record Attested(SortedSet<ClauseId> inOrder, Set<ClauseId> lookup) {
    Attested(SortedSet<ClauseId> inOrder) {
      this(inOrder, Set.copyOf(inOrder));
    }
  }

  ProfileParseResult read(Reader source) {
    Object root;
    try {
      root = JsonTree.read(source, this::error);
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null
              ? ""
              : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
      return new ProfileParseResult.Rejected(
          List.of(new ProfileError("$", "not valid JSON" + where + ": " + e.getMessage())));
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      return new ProfileParseResult.Rejected(
          List.of(new ProfileError("$", "not valid JSON: " + e.getMessage())));
    } catch (NumberFormatException | ArithmeticException e) {
      // JSON allows any exponent; BigDecimal does not, and the reader converts numbers eagerly
      return new ProfileParseResult.Rejected(
          List.of(new ProfileError("$", "contains a number too large to read: " + e.getMessage())));
    }
    CenterProfile profile = profile(root, ValuePath.ROOT);
    if (!errors.isEmpty() || profile == null) {
      return new ProfileParseResult.Rejected(errors);
    }
    return new ProfileParseResult.Parsed(profile);
  }

  private CenterProfile profile(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, TOP);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    if (o.containsKey("$schema")) {
      text(o.get("$schema"), path.key("$schema"));
    }
    if (o.containsKey("comment")) {
      anyText(o.get("comment"), path.key("comment"));
    }
    if (o.containsKey("assessment")) {
      assessment(o.get("assessment"), path.key("assessment"));
    }
    County county = required(o, path, "county", this::county);
    Tier tier = required(o, path, "tier", (v, p) -> enumValue(v, Tier.class, p));
    BigDecimal area =
        required(o, path, "totalFloorAreaSquareMetres", quantity(Quantity.FLOOR_AREA));
    List<Platform> platforms = enums(o, path, "platforms", Platform.class);
    Optional<ManagementBody> body = optional(o, path, "managementBody", this::managementBody);
    List<EnteredUnit> units = array(o, path, "units", this::unit);
    List<String> designated = array(o, path, "designatedUnits", this::text);
    List<SocialForce> forces = array(o, path, "socialForces", this::socialForce);
    List<StaffPost> staff = array(o, path, "staff", this::post);
    List<Zone> zones = array(o, path, "zones", this::zone);
    List<Facility> facilities = enums(o, path, "facilities", Facility.class);
    List<Sign> signs = array(o, path, "signs", this::sign);
    List<ServiceWindow> windows = array(o, path, "windows", this::window);
    Optional<Hardware> hardware = optional(o, path, "hardware", this::hardware);
    Optional<ManagementArrangements> management = optional(o, path, "management", this::management);
    List<Attestation> attestations = array(o, path, "attestations", this::attestation);
    if (errors.size() > mark) {
      return null;
    }
    return build(
        path,
        () ->
            CenterProfile.builder(county, tier, area)
                .platforms(platforms)
                .managementBody(body)
                .units(units)
                .designatedUnits(designated)
                .socialForces(forces)
                .staff(staff)
                .zones(zones)
                .facilities(facilities)
                .signs(signs)
                .windows(windows)
                .hardware(hardware.orElse(Hardware.NONE))
                .management(management.orElse(ManagementArrangements.NONE))
                .attestations(attestations)
                .build());
  }

  private County county(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, COUNTY_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    String code = required(o, path, "code", this::text);
    String name = required(o, path, "name", this::text);
    if (code != null && !COUNTY_CODE.matcher(code).matches()) {
      error(
          path.key("code"),
          "must be a county-level GB/T 2260 code: six digits, not starting with 0, not ending in"
              + " 00 (e.g. 331121)");
    }
    return errors.size() > mark ? null : build(path, () -> County.of(code, name));
  }

  private ManagementBody managementBody(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, MANAGEMENT_BODY_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    String name = required(o, path, "name", this::text);
    Boolean dedicated = required(o, path, "dedicated", this::bool);
    Boolean real = required(o, path, "operatingForReal", this::bool);
    List<ManagementFunction> functions = enums(o, path, "functions", ManagementFunction.class);
    return errors.size() > mark
        ? null
        : build(path, () -> ManagementBody.of(name, dedicated, real, functions));
  }

  private EnteredUnit unit(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, UNIT_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    UnitKind kind = required(o, path, "kind", (v, p) -> enumValue(v, UnitKind.class, p));
    String name = required(o, path, "name", this::text);
    EntryMode mode = required(o, path, "entryMode", (v, p) -> enumValue(v, EntryMode.class, p));
    Optional<EntryForm> form =
        optional(o, path, "entryForm", (v, p) -> enumValue(v, EntryForm.class, p));
    return errors.size() > mark ? null : build(path, () -> new EnteredUnit(kind, name, mode, form));
  }

  private SocialForce socialForce(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, SOCIAL_FORCE_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    SocialForceKind kind =
        required(o, path, "kind", (v, p) -> enumValue(v, SocialForceKind.class, p));
    String name = required(o, path, "name", this::text);
    return errors.size() > mark ? null : build(path, () -> new SocialForce(kind, name));
  }

  private StaffPost post(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, POST_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    String title = required(o, path, "title", this::text);
    PostKind kind = required(o, path, "kind", (v, p) -> enumValue(v, PostKind.class, p));
    Optional<String> certificate = optional(o, path, "requiredCertificate", this::text);
    List<PostHolder> holders = array(o, path, "holders", this::holder);
    return errors.size() > mark
        ? null
        : build(path, () -> new StaffPost(title, kind, certificate, holders));
  }

  private PostHolder holder(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, HOLDER_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    String name = required(o, path, "name", this::text);
    List<Certificate> certificates = array(o, path, "certificates", this::certificate);
    return errors.size() > mark ? null : build(path, () -> new PostHolder(name, certificates));
  }

  private Certificate certificate(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, CERTIFICATE_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    String name = required(o, path, "name", this::text);
    Optional<String> number = optional(o, path, "number", this::text);
    Optional<LocalDate> from = optional(o, path, "validFrom", this::date);
    Optional<LocalDate> until = optional(o, path, "validUntil", this::date);
    return errors.size() > mark
        ? null
        : build(path, () -> new Certificate(name, number, from, until));
  }

  private Zone zone(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, ZONE_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    ZoneKind kind = required(o, path, "kind", (v, p) -> enumValue(v, ZoneKind.class, p));
    List<ZoneFunction> functions = enums(o, path, "functions", ZoneFunction.class);
    return errors.size() > mark ? null : build(path, () -> new Zone(kind, Set.copyOf(functions)));
  }

  private Sign sign(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, SIGN_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    SignKind kind = required(o, path, "kind", (v, p) -> enumValue(v, SignKind.class, p));
    String text = required(o, path, "text", this::text);
    SignLocation location =
        required(o, path, "location", (v, p) -> enumValue(v, SignLocation.class, p));
    Optional<BigDecimal> width = optional(o, path, "widthMm", quantity(Quantity.SIGN_SIDE));
    Optional<BigDecimal> height = optional(o, path, "heightMm", quantity(Quantity.SIGN_SIDE));
    if (o.containsKey("widthMm") != o.containsKey("heightMm")) {
      error(
          path.key(o.containsKey("widthMm") ? "heightMm" : "widthMm"),
          "is required when the other dimension is given: record both width and height or"
              + " neither");
    }
    if (errors.size() > mark) {
      return null;
    }
    Optional<Dimensions> dimensions =
        width.isPresent()
            ? Optional.of(new Dimensions(width.get(), height.get()))
            : Optional.empty();
    return build(path, () -> new Sign(kind, text, location, dimensions));
  }

  private ServiceWindow window(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, WINDOW_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    String label = required(o, path, "label", this::text);
    String function = required(o, path, "function", this::text);
    Optional<WindowScreen> screen = optional(o, path, "screen", this::screen);
    return errors.size() > mark
        ? null
        : build(path, () -> new ServiceWindow(label, function, screen));
  }

  private WindowScreen screen(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, SCREEN_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    WindowScreenKind kind =
        required(o, path, "kind", (v, p) -> enumValue(v, WindowScreenKind.class, p));
    String text = required(o, path, "text", this::text);
    return errors.size() > mark ? null : build(path, () -> new WindowScreen(kind, text));
  }

  private Hardware hardware(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, HARDWARE_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    List<HardwareRoom> rooms = enums(o, path, "rooms", HardwareRoom.class);
    List<HardwareSystem> systems = enums(o, path, "systems", HardwareSystem.class);
    Optional<BigDecimal> bandwidth =
        optional(o, path, "bandwidthMbps", quantity(Quantity.BANDWIDTH));
    List<NetworkEquipment> equipment = enums(o, path, "networkEquipment", NetworkEquipment.class);
    List<Display> displays = array(o, path, "displays", this::display);
    List<DisplayComponent> components = enums(o, path, "displayComponents", DisplayComponent.class);
    Optional<VideoConference> vc = optional(o, path, "videoConference", this::videoConference);
    List<FunctionalDevice> devices = enums(o, path, "functionalDevices", FunctionalDevice.class);
    return errors.size() > mark
        ? null
        : build(
            path,
            () ->
                new Hardware(
                    Set.copyOf(rooms),
                    Set.copyOf(systems),
                    bandwidth,
                    Set.copyOf(equipment),
                    displays,
                    Set.copyOf(components),
                    vc,
                    Set.copyOf(devices)));
  }

  private Display display(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, DISPLAY_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    String name = required(o, path, "name", this::text);
    BigDecimal size = required(o, path, "sizeInches", quantity(Quantity.DISPLAY_DIAGONAL));
    Resolution resolution = required(o, path, "physicalResolution", this::resolution);
    return errors.size() > mark ? null : build(path, () -> new Display(name, size, resolution));
  }

  private Resolution resolution(Object value, ValuePath path) {
    if (value instanceof String s) {
      Matcher m = RESOLUTION.matcher(s);
      if (!m.matches()) {
        error(
            path,
            "must be width×height in pixels, e.g. \"1920x1080\" or {\"width\": 1920, \"height\": 1080}");
        return null;
      }
      return new Resolution(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    JsonTree.Obj o = object(value, path, RESOLUTION_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    Integer width = required(o, path, "width", this::pixels);
    Integer height = required(o, path, "height", this::pixels);
    return errors.size() > mark ? null : build(path, () -> new Resolution(width, height));
  }

  private VideoConference videoConference(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, VIDEO_CONFERENCE_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    Integer lines = required(o, path, "transmission", this::transmission);
    List<VideoConferenceComponent> components =
        enums(o, path, "components", VideoConferenceComponent.class);
    return errors.size() > mark
        ? null
        : build(path, () -> new VideoConference(lines, Set.copyOf(components)));
  }

  private Integer transmission(Object value, ValuePath path) {
    String s = text(value, path);
    if (s == null) {
      return null;
    }
    Matcher m = TRANSMISSION.matcher(s);
    if (!m.matches()) {
      error(path, "must be a progressive HD format such as \"1080p\" (at most 100000p)");
      return null;
    }
    return Integer.parseInt(m.group(1));
  }

  private ManagementArrangements management(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, MANAGEMENT_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    List<ManagementRegulation> regulations =
        enums(o, path, "regulations", ManagementRegulation.class);
    Optional<Boolean> screening = optional(o, path, "visitorScreening", this::bool);
    Optional<Boolean> access = optional(o, path, "accessControl", this::bool);
    List<LocalDate> drills = array(o, path, "fireDrills", this::date);
    Optional<Boolean> plan = optional(o, path, "emergencyPlan", this::bool);
    List<LocalDate> trainings = array(o, path, "emergencySafetyTrainings", this::date);
    return errors.size() > mark
        ? null
        : build(
            path,
            () ->
                new ManagementArrangements(
                    Set.copyOf(regulations),
                    screening.orElse(false),
                    access.orElse(false),
                    drills,
                    plan.orElse(false),
                    trainings));
  }

  private Attestation attestation(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, ATTESTATION_KEYS);
    if (o == null) {
      return null;
    }
    int mark = errors.size();
    ClauseId clause = required(o, path, "clause", this::clause);
    String by = required(o, path, "attestedBy", this::text);
    LocalDate on = required(o, path, "attestedOn", this::date);
    EvidenceReference evidence = required(o, path, "evidence", this::evidence);
    Optional<LocalDate> until = optional(o, path, "validUntil", this::date);
    Optional<String> statement = optional(o, path, "statement", this::anyText);
    return errors.size() > mark
        ? null
        : build(path, () -> new Attestation(clause, by, on, evidence, until, statement.orElse("")));
  }

  private ClauseId clause(Object value, ValuePath path) {
    String s = text(value, path);
    if (s == null) {
      return null;
    }
    Optional<Clause> found = catalog.find(s);
    if (found.isEmpty()) {
      error(path, "'" + s + "' is not a clause or ruling of the catalog (e.g. 5.3.2)");
      return null;
    }
    ClauseId id = found.get().id();
    if (!attested.lookup().contains(id)) {
      // an attestation no rule reads would be ignored, and the center thought attested
      error(
          path,
          "no rule of the assessment reads attestations of "
              + s
              + "; attestations are taken for "
              + String.join(", ", attested.inOrder().stream().map(ClauseId::value).toList()));
      return null;
    }
    return id;
  }

  private EvidenceReference evidence(Object value, ValuePath path) {
    String s = text(value, path);
    return s == null ? null : build(path, () -> EvidenceReference.of(s));
  }

  // ---- values ----

  private <E extends Enum<E>> E enumValue(Object value, Class<E> type, ValuePath path) {
    if (!(value instanceof String s)) {
      error(path, "must be a text, one of " + Vocabulary.expected(type));
      return null;
    }
    Optional<E> e = Vocabulary.lookup(type, s);
    if (e.isEmpty()) {
      error(path, "'" + s + "' is not one of " + Vocabulary.expected(type));
      return null;
    }
    return e.get();
  }

  private String anyText(Object value, ValuePath path) {
    if (!(value instanceof String s)) {
      error(path, "must be a text");
      return null;
    }
    return s;
  }

  private String text(Object value, ValuePath path) {
    String s = anyText(value, path);
    if (s == null) {
      return null;
    }
    if (s.isBlank()) {
      error(path, "must not be blank");
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\t') {
        error(path, "must not contain control characters");
        return null;
      }
    }
    return s;
  }

  /**
   * Reads a {@link Quantity}, checking its bounds before anything could expand it (an exponent such
   * as {@code 1e-400000000} is valid JSON).
   */
  private BiFunction<Object, ValuePath, BigDecimal> quantity(Quantity kind) {
    return (value, path) -> {
      BigDecimal n =
          number(
              value,
              path,
              "must be a number greater than 0 and at most "
                  + kind.maximum().toPlainString()
                  + " "
                  + kind.unit());
      if (n == null) {
        return null;
      }
      Optional<String> problem = kind.problem(n);
      if (problem.isPresent()) {
        error(path, problem.get());
        return null;
      }
      return n;
    };
  }

  /** Pixels are written as integer literals (1920, not 1920.0), as the schema's integer type. */
  private Integer pixels(Object value, ValuePath path) {
    String reason = "must be a whole number of pixels from 1 to " + Resolution.MAX_PIXELS;
    BigDecimal n = number(value, path, reason);
    if (n == null) {
      return null;
    }
    // as JSON-P's isIntegral: 1920 is whole, 1920.0 and 1.92e3 are not
    if (n.scale() != 0
        || n.compareTo(BigDecimal.ONE) < 0
        || n.compareTo(BigDecimal.valueOf(Resolution.MAX_PIXELS)) > 0) {
      error(path, reason);
      return null;
    }
    return n.intValueExact();
  }

  private BigDecimal number(Object value, ValuePath path, String reason) {
    if (!(value instanceof BigDecimal n)) {
      error(path, reason);
      return null;
    }
    return n;
  }

  private Boolean bool(Object value, ValuePath path) {
    if (value instanceof Boolean b) {
      return b;
    }
    error(path, "must be true or false");
    return null;
  }

  /** The day and mode a document is meant to be assessed with (examples carry one); not a fact. */
  private void assessment(Object value, ValuePath path) {
    JsonTree.Obj o = object(value, path, ASSESSMENT_KEYS);
    if (o == null) {
      return;
    }
    required(o, path, "assessedOn", this::date);
    required(
        o,
        path,
        "evidenceMode",
        (v, p) -> {
          String s = anyText(v, p);
          for (EvidenceMode m : EvidenceMode.values()) {
            if (m.name().equals(s)) {
              return m;
            }
          }
          if (s != null) {
            error(p, "'" + s + "' is not one of SELF_ASSESSMENT, INSPECTION");
          }
          return null;
        });
  }

  private LocalDate date(Object value, ValuePath path) {
    String s = text(value, path);
    if (s == null) {
      return null;
    }
    if (dateShaped(s)) {
      if (s.startsWith("0000")) {
        error(path, "'" + s + "' is not a day of the years 0001 to 9999");
        return null;
      }
      try {
        // what LocalDate.parse checks (strictly) for this shape, without its formatter's cost
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
      } catch (DateTimeException e) {
        error(path, "'" + s + "' is not a calendar date");
        return null;
      }
    }
    error(path, "must be a date written YYYY-MM-DD, not '" + s + "'");
    return null;
  }

  /** {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}, the whole text. */
  private static boolean dateShaped(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i != 4 && i != 7 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  // ---- structure ----

  private JsonTree.Obj object(Object value, ValuePath path, Set<String> allowed) {
    if (!(value instanceof JsonTree.Obj o)) {
      error(path, "must be an object");
      return null;
    }
    for (String key : o.keys()) {
      if (!allowed.contains(key)) {
        error(
            path.key(key),
            "unknown property; expected one of " + String.join(", ", sorted(allowed)));
      }
    }
    return o;
  }

  private <T> T required(
      JsonTree.Obj o, ValuePath path, String key, BiFunction<Object, ValuePath, T> read) {
    if (!o.containsKey(key)) {
      error(path.key(key), "is required");
      return null;
    }
    return read.apply(o.get(key), path.key(key));
  }

  /** An absent property is empty; a present one must be valid (null is not accepted). */
  private <T> Optional<T> optional(
      JsonTree.Obj o, ValuePath path, String key, BiFunction<Object, ValuePath, T> read) {
    if (!o.containsKey(key)) {
      return Optional.empty();
    }
    return Optional.ofNullable(read.apply(o.get(key), path.key(key)));
  }

  /** An absent array is empty; elements that fail are reported and left out. */
  private <T> List<T> array(
      JsonTree.Obj o, ValuePath path, String key, BiFunction<Object, ValuePath, T> element) {
    List<T> result = new ArrayList<>();
    if (!o.containsKey(key)) {
      return result;
    }
    ValuePath p = path.key(key);
    if (!(o.get(key) instanceof List<?> a)) {
      error(p, "must be an array");
      return result;
    }
    for (int i = 0; i < a.size(); i++) {
      T t = element.apply(a.get(i), p.index(i));
      if (t != null) {
        result.add(t);
      }
    }
    return result;
  }

  private <E extends Enum<E>> List<E> enums(
      JsonTree.Obj o, ValuePath path, String key, Class<E> type) {
    return array(o, path, key, (v, p) -> enumValue(v, type, p));
  }

  private <T> T build(ValuePath path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      error(path, e.getMessage());
      return null;
    }
  }

  private void error(ValuePath path, String reason) {
    error(path.toString(), reason);
  }

  private void error(String path, String reason) {
    errors.add(new ProfileError(path, reason));
  }

  /** The JSONPath of a property: {@code $.a.b}, or {@code $['面积']} for a key that is not a name. */
  static String at(String path, String key) {
    if (simpleKey(key)) {
      return path + "." + key;
    }
    return path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /**
   * {@code [A-Za-z_$][A-Za-z0-9_$]*} without a regular expression: every key of every profile
   * passes here, and the matcher was a tenth of the time an assessment over HTTP spent reading.
   */
  private static boolean simpleKey(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static List<String> sorted(Set<String> keys) {
    List<String> list = new ArrayList<>(keys);
    list.sort(null);
    return list;
  }
}
