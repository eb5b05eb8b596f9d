package org.db3311.sgc.adapter.profilejson;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.db3311.sgc.core.assessment.profile.Attestation;
import org.db3311.sgc.core.assessment.profile.CenterProfile;
import org.db3311.sgc.core.assessment.profile.Certificate;
import org.db3311.sgc.core.assessment.profile.Display;
import org.db3311.sgc.core.assessment.profile.EnteredUnit;
import org.db3311.sgc.core.assessment.profile.Hardware;
import org.db3311.sgc.core.assessment.profile.ManagementArrangements;
import org.db3311.sgc.core.assessment.profile.ManagementBody;
import org.db3311.sgc.core.assessment.profile.PostHolder;
import org.db3311.sgc.core.assessment.profile.ServiceWindow;
import org.db3311.sgc.core.assessment.profile.Sign;
import org.db3311.sgc.core.assessment.profile.SocialForce;
import org.db3311.sgc.core.assessment.profile.StaffPost;
import org.db3311.sgc.core.assessment.profile.Term;
import org.db3311.sgc.core.assessment.profile.Zone;

/** Writes a profile as JSON with the English canonical values, in the schema's property order. */
final class ProfileWriter {

  private static final JsonGeneratorFactory FACTORY =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private final Function<Enum<?>, String> spelling;

  private ProfileWriter(Function<Enum<?>, String> spelling) {
    this.spelling = spelling;
  }

  /** Writes the English constants, the canonical form. */
  static void write(CenterProfile p, Writer out) {
    new ProfileWriter(Enum::name).profile(p, out);
  }

  /** Writes the standard's Chinese terms instead, for people who read the file. */
  static void writeChinese(CenterProfile p, Writer out) {
    new ProfileWriter(e -> ((Term) e).zh()).profile(p, out);
  }

  private String spell(Enum<?> e) {
    return spelling.apply(e);
  }

  private void profile(CenterProfile p, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStartObject("county")
          .write("code", p.county().code().value())
          .write("name", p.county().name())
          .writeEnd();
      g.write("tier", spell(p.tier()));
      g.write("totalFloorAreaSquareMetres", p.totalFloorArea());
      names(g, "platforms", p.platforms());
      if (p.managementBody().isPresent()) {
        ManagementBody b = p.managementBody().get();
        g.writeStartObject("managementBody")
            .write("name", b.name())
            .write("dedicated", b.dedicated())
            .write("operatingForReal", b.operatingForReal());
        names(g, "functions", b.functions());
        g.writeEnd();
      }
      g.writeStartArray("units");
      for (EnteredUnit u : p.units()) {
        g.writeStartObject()
            .write("kind", spell(u.kind()))
            .write("name", u.name())
            .write("entryMode", spell(u.mode()));
        u.form().ifPresent(f -> g.write("entryForm", spell(f)));
        g.writeEnd();
      }
      g.writeEnd();
      g.writeStartArray("designatedUnits");
      p.designatedUnits().forEach(g::write);
      g.writeEnd();
      g.writeStartArray("socialForces");
      for (SocialForce f : p.socialForces()) {
        g.writeStartObject().write("kind", spell(f.kind())).write("name", f.name()).writeEnd();
      }
      g.writeEnd();
      g.writeStartArray("staff");
      for (StaffPost post : p.staff()) {
        g.writeStartObject().write("title", post.title()).write("kind", spell(post.kind()));
        post.requiredCertificate().ifPresent(c -> g.write("requiredCertificate", c));
        g.writeStartArray("holders");
        for (PostHolder h : post.holders()) {
          g.writeStartObject().write("name", h.name()).writeStartArray("certificates");
          for (Certificate c : h.certificates()) {
            g.writeStartObject().write("name", c.name());
            c.number().ifPresent(n -> g.write("number", n));
            c.validFrom().ifPresent(d -> g.write("validFrom", d.toString()));
            c.validUntil().ifPresent(d -> g.write("validUntil", d.toString()));
            g.writeEnd();
          }
          g.writeEnd().writeEnd();
        }
        g.writeEnd().writeEnd();
      }
      g.writeEnd();
      g.writeStartArray("zones");
      for (Zone z : p.zones()) {
        g.writeStartObject().write("kind", spell(z.kind()));
        names(g, "functions", z.functions());
        g.writeEnd();
      }
      g.writeEnd();
      names(g, "facilities", p.facilities());
      g.writeStartArray("signs");
      for (Sign s : p.signs()) {
        g.writeStartObject()
            .write("kind", spell(s.kind()))
            .write("text", s.text())
            .write("location", spell(s.location()));
        s.dimensions()
            .ifPresent(d -> g.write("widthMm", d.widthMm()).write("heightMm", d.heightMm()));
        g.writeEnd();
      }
      g.writeEnd();
      g.writeStartArray("windows");
      for (ServiceWindow w : p.windows()) {
        g.writeStartObject().write("label", w.label()).write("function", w.function());
        w.screen()
            .ifPresent(
                s ->
                    g.writeStartObject("screen")
                        .write("kind", spell(s.kind()))
                        .write("text", s.text())
                        .writeEnd());
        g.writeEnd();
      }
      g.writeEnd();
      hardware(g, p.hardware());
      management(g, p.management());
      g.writeStartArray("attestations");
      for (Attestation a : p.attestations()) {
        g.writeStartObject()
            .write("clause", a.clause().value())
            .write("attestedBy", a.attestedBy())
            .write("attestedOn", a.attestedOn().toString())
            .write("evidence", a.evidence().value());
        a.validUntil().ifPresent(d -> g.write("validUntil", d.toString()));
        if (!a.statement().isEmpty()) {
          g.write("statement", a.statement());
        }
        g.writeEnd();
      }
      g.writeEnd();
      g.writeEnd();
    }
  }

  private void hardware(JsonGenerator g, Hardware h) {
    g.writeStartObject("hardware");
    names(g, "rooms", h.rooms());
    names(g, "systems", h.systems());
    h.bandwidthMbps().ifPresent(b -> g.write("bandwidthMbps", b));
    names(g, "networkEquipment", h.networkEquipment());
    g.writeStartArray("displays");
    for (Display d : h.displays()) {
      g.writeStartObject()
          .write("name", d.name())
          .write("sizeInches", d.sizeInches())
          .writeStartObject("physicalResolution")
          .write("width", d.physicalResolution().width())
          .write("height", d.physicalResolution().height())
          .writeEnd()
          .writeEnd();
    }
    g.writeEnd();
    names(g, "displayComponents", h.displayComponents());
    h.videoConference()
        .ifPresent(
            vc -> {
              g.writeStartObject("videoConference")
                  .write("transmission", vc.progressiveLines() + "p");
              names(g, "components", vc.components());
              g.writeEnd();
            });
    names(g, "functionalDevices", h.functionalDevices());
    g.writeEnd();
  }

  private void management(JsonGenerator g, ManagementArrangements m) {
    g.writeStartObject("management");
    names(g, "regulations", m.regulations());
    g.write("visitorScreening", m.visitorScreening());
    g.write("accessControl", m.accessControl());
    dates(g, "fireDrills", m.fireDrills());
    g.write("emergencyPlan", m.emergencyPlan());
    dates(g, "emergencySafetyTrainings", m.emergencySafetyTrainings());
    g.writeEnd();
  }

  private void names(JsonGenerator g, String key, Collection<? extends Enum<?>> values) {
    g.writeStartArray(key);
    for (Enum<?> e : new TreeSet<Enum<?>>(values)) {
      g.write(spell(e));
    }
    g.writeEnd();
  }

  private static void dates(JsonGenerator g, String key, Collection<LocalDate> days) {
    g.writeStartArray(key);
    days.forEach(d -> g.write(d.toString()));
    g.writeEnd();
  }
}
