package org.db3311.sgc.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;

/**
 * What is registered about a new matter (登记): how it came in, who brought it against whom, what it
 * is about, where, and the materials handed in.
 *
 * @param source for a transfer, the source system's own reference (required then, absent otherwise)
 * @param preference for the 解纷码 entry, the applicant's choice (required then, absent otherwise)
 * @param occurredAt when the matter happened (发生时间, 6.4.1.1), when the applicant or the source
 *     record tells it; not after registration
 * @param cause the code of its cause in the configured {@link CauseTaxonomy}, when known
 */
@Implements({"6.1.1.1", "6.1.1.2.1", "6.1.1.2.2", "6.1.1.3", "6.4.1.1"})
public record Registration(
    Channel channel,
    Optional<SourceReference> source,
    Optional<ResolutionPreference> preference,
    List<MatterParty> parties,
    String categoryCode,
    Place place,
    String description,
    List<Material.Submitted> materials,
    Optional<Instant> occurredAt,
    Optional<String> cause) {

  public Registration {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(cause, "cause");
    cause = cause.map(String::strip).filter(c -> !c.isEmpty());
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(preference, "preference");
    parties = List.copyOf(parties);
    materials = List.copyOf(materials);
    Objects.requireNonNull(place, "place");
    if (channel.isTransfer() && source.isEmpty()) {
      throw new IllegalArgumentException(
          "a matter transferred from " + channel + " carries that system's reference");
    }
    if (source.isPresent() && source.get().system() != channel) {
      throw new IllegalArgumentException(
          "the source reference is from " + source.get().system() + ", not " + channel);
    }
    if (channel.asksForResolutionPreference() != preference.isPresent()) {
      throw new IllegalArgumentException(
          channel.asksForResolutionPreference()
              ? "the 解纷码 entry records the applicant's choice of online mediation or a visit"
              : "only the 解纷码 entry records a resolution preference");
    }
    if (parties.stream().noneMatch(p -> p.role() == PartyRole.APPLICANT)) {
      throw new IllegalArgumentException("a matter has at least one applicant");
    }
    if (categoryCode == null || categoryCode.isBlank()) {
      throw new IllegalArgumentException("a matter has a category");
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("a matter has a description");
    }
  }

  /** A registration whose time of occurrence and cause are not (yet) known. */
  public Registration(
      Channel channel,
      Optional<SourceReference> source,
      Optional<ResolutionPreference> preference,
      List<MatterParty> parties,
      String categoryCode,
      Place place,
      String description,
      List<Material.Submitted> materials) {
    this(
        channel,
        source,
        preference,
        parties,
        categoryCode,
        place,
        description,
        materials,
        Optional.empty(),
        Optional.empty());
  }

  /** This registration with the time the matter happened. */
  public Registration occurred(Instant at) {
    return new Registration(
        channel,
        source,
        preference,
        parties,
        categoryCode,
        place,
        description,
        materials,
        Optional.of(at),
        cause);
  }

  /** This registration with the code of its cause. */
  public Registration withCause(String causeCode) {
    return new Registration(
        channel,
        source,
        preference,
        parties,
        categoryCode,
        place,
        description,
        materials,
        occurredAt,
        Optional.of(causeCode));
  }

  /** This registration at another place. */
  public Registration at(Place where) {
    return new Registration(
        channel,
        source,
        preference,
        parties,
        categoryCode,
        where,
        description,
        materials,
        occurredAt,
        cause);
  }

  /** A registration at the intake window. */
  public static Registration atWindow(
      List<MatterParty> parties,
      String categoryCode,
      Place place,
      String description,
      List<Material.Submitted> materials) {
    return new Registration(
        Channel.WINDOW,
        Optional.empty(),
        Optional.empty(),
        parties,
        categoryCode,
        place,
        description,
        materials);
  }

  public List<MatterParty> applicants() {
    return parties.stream().filter(p -> p.role() == PartyRole.APPLICANT).toList();
  }
}
