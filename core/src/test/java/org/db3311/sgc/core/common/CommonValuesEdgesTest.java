package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shared kernel's values: what each accepts, refuses and tells. */
@DisplayName("Shared kernel values")
class CommonValuesEdgesTest {

  private static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

  // ---- division and area codes (6.3.1.2 and R12: a cross-county event is told by its places)

  @Test
  void a_division_code_knows_its_county_city_and_province() {
    DivisionCode liandu = DivisionCode.of("331102");
    assertThat(liandu.isCountyLevel()).isTrue();
    assertThat(liandu.city()).isEqualTo(DivisionCode.of("331100"));
    assertThat(liandu.province()).isEqualTo(DivisionCode.of("330000"));
    assertThat(DivisionCode.of("331100").isCountyLevel()).isFalse();
    assertThat(liandu).hasToString("331102");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DivisionCode.of("031102"))
        .withMessage("a GB/T 2260 division code is six digits not starting with 0, not '031102'");
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.of(null));
    assertThatIllegalArgumentException().isThrownBy(() -> DivisionCode.of("33110"));
  }

  @Test
  void an_area_code_is_a_township_of_nine_digits_or_a_village_of_twelve() {
    AreaCode township = AreaCode.of("331102001");
    AreaCode village = AreaCode.of("331102001203");
    assertThat(township.isTownship()).isTrue();
    assertThat(township.isVillage()).isFalse();
    assertThat(village.isTownship()).isFalse();
    assertThat(village.isVillage()).isTrue();
    assertThat(village.township()).isEqualTo(township);
    assertThat(township.township()).isSameAs(township);
    assertThat(village.county()).isEqualTo(DivisionCode.of("331102"));
    assertThat(township.county()).isEqualTo(DivisionCode.of("331102"));
    assertThat(village).hasToString("331102001203");
    for (String bad : new String[] {"33110200", "3311020012", "031102001", "x31102001"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AreaCode.of(bad))
          .withMessage("a township code has 9 digits and a village code 12, not '" + bad + "'");
    }
    assertThatIllegalArgumentException().isThrownBy(() -> AreaCode.of(null));
  }

  // ---- versions (optimistic locking of every aggregate: a product choice)

  @Test
  void versions_start_new_at_zero_and_count_up() {
    assertThat(Version.NEW.isNew()).isTrue();
    assertThat(Version.NEW.next()).isEqualTo(new Version(1));
    assertThat(new Version(1).isNew()).isFalse();
    assertThat(new Version(41).next()).hasToString("42");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Version(-1))
        .withMessage("a version is not negative: -1");
  }

  @Property
  void versions_are_ordered_as_their_numbers(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE - 1) long a,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE - 1) long b) {
    assertThat(Integer.signum(new Version(a).compareTo(new Version(b))))
        .isEqualTo(Integer.signum(Long.compare(a, b)));
    assertThat(new Version(a).next().compareTo(new Version(a))).isPositive();
  }

  // ---- unit ids (a product choice: ids usable in URLs, queues and file names)

  @Test
  void a_unit_id_is_one_to_sixty_four_safe_characters() {
    assertThat(UnitId.of("a")).hasToString("a");
    assertThat(UnitId.of("county.court:12_a-b").value()).isEqualTo("county.court:12_a-b");
    assertThat(UnitId.of("x".repeat(64)).value()).hasSize(64);
    for (String bad : new String[] {"", "-a", "a b", "x".repeat(65), "法院"}) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> UnitId.of(bad))
          .withMessage(
              "a unit id is 1–64 letters, digits, '.', '_', ':' or '-', not '" + bad + "'");
    }
    assertThatIllegalArgumentException().isThrownBy(() -> UnitId.of(null));
  }

  // ---- actors and audit entries (7.3.2 "谁承办谁负责": every entry names who acted)

  @Test
  void an_actor_needs_an_id_and_a_name() {
    assertThat(Actor.of("u1", "王五")).isEqualTo(new Actor("u1", "王五"));
    assertThat(Actor.SYSTEM.id()).isEqualTo("system");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of(" ", "王五"))
        .withMessage("an actor needs an id");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of(null, "王五"))
        .withMessage("an actor needs an id");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of("u1", ""))
        .withMessage("actor u1 needs a name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of("u1", null))
        .withMessage("actor u1 needs a name");
  }

  @Test
  void an_audit_entry_copies_the_event_and_writes_a_dash_for_no_earlier_state() {
    AuditEntry moved = AuditEntry.of(new TestEvent("m-1", "ACCEPT", AT));
    assertThat(moved)
        .isEqualTo(new AuditEntry(AT, Actor.SYSTEM, "Test", "m-1", "ACCEPT", "A", "B", "test"));
    DomainEvent opened =
        new DomainEvent() {
          @Override
          public String aggregateType() {
            return "Test";
          }

          @Override
          public String aggregateId() {
            return "m-2";
          }

          @Override
          public Version version() {
            return new Version(1);
          }

          @Override
          public String actionName() {
            return "OPEN";
          }

          @Override
          public Optional<String> fromStateName() {
            return Optional.empty();
          }

          @Override
          public String toStateName() {
            return "OPENED";
          }

          @Override
          public Actor actor() {
            return Actor.of("u1", "王五");
          }

          @Override
          public Instant occurredAt() {
            return AT;
          }

          @Override
          public String detail() {
            return "";
          }
        };
    assertThat(AuditEntry.of(opened).fromState()).isEqualTo("-");
    assertThat(AuditEntry.of(opened).actor()).isEqualTo(Actor.of("u1", "王五"));
  }

  @Test
  void an_audit_entry_names_the_aggregate_the_action_and_both_states() {
    String message = "an audit entry names the aggregate, action and both states";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AuditEntry(AT, Actor.SYSTEM, " ", "m", "A", "X", "Y", ""))
        .withMessage(message);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new AuditEntry(AT, Actor.SYSTEM, "T", "m", "A", "X", null, ""))
        .withMessage(message);
    assertThatThrownBy(() -> new AuditEntry(AT, Actor.SYSTEM, "T", "m", "A", "X", "Y", null))
        .isInstanceOf(NullPointerException.class);
    assertThat(new AuditEntry(AT, Actor.SYSTEM, "T", "m", "A", "X", "Y", "").detail()).isEmpty();
  }

  @Test
  void a_change_is_audited_before_it_is_published_and_the_events_are_taken_once() {
    List<String> order = new ArrayList<>();
    AuditTrail audit =
        new AuditTrail() {
          @Override
          public void append(AuditEntry entry) {
            order.add("audit " + entry.aggregateId());
          }

          @Override
          public List<AuditEntry> of(String aggregateType, String aggregateId) {
            return List.of();
          }
        };
    DomainEventPublisher publisher = e -> order.add("publish " + e.aggregateId());
    ChangeRecorder recorder = new ChangeRecorder(publisher, audit);
    AggregateRoot<TestEvent> root = new AggregateRoot<>(Version.NEW) {};
    // raise is protected: an anonymous subclass in this package may call it
    raise(root, new TestEvent("a", "X", AT));
    raise(root, new TestEvent("b", "Y", AT));
    recorder.record(root);
    assertThat(order).containsExactly("audit a", "audit b", "publish a", "publish b");
    assertThat(root.pendingEvents()).isEmpty();
    recorder.record(root);
    assertThat(order).hasSize(4);
    assertThatThrownBy(() -> new ChangeRecorder(null, audit))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ChangeRecorder(publisher, null))
        .isInstanceOf(NullPointerException.class);
  }

  private static void raise(AggregateRoot<TestEvent> root, TestEvent e) {
    root.raise(e);
  }

  @Test
  void an_aggregate_keeps_its_version_until_stored_and_hands_out_copies_of_its_events() {
    AggregateRoot<TestEvent> root = new AggregateRoot<>(new Version(3)) {};
    assertThat(root.version()).isEqualTo(new Version(3));
    assertThat(root.nextVersion()).isEqualTo(new Version(4));
    raise(root, new TestEvent("a", "X", AT));
    List<TestEvent> pending = root.pendingEvents();
    assertThat(pending).hasSize(1);
    assertThatThrownBy(() -> pending.add(new TestEvent("b", "Y", AT)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(root.pendingEvents()).hasSize(1);
    assertThat(root.pullEvents()).extracting(TestEvent::aggregateId).containsExactly("a");
    assertThat(root.pullEvents()).isEmpty();
    root.markStored(new Version(4));
    assertThat(root.version()).isEqualTo(new Version(4));
  }

  // ---- sweeps (R10 and the project rule: one bad item never stops the others)

  @Test
  void a_sweep_is_complete_only_without_failures_and_a_failure_names_the_error() {
    assertThat(new SweepResult<>(List.of("a"), List.of()).complete()).isTrue();
    SweepResult<String> partial =
        new SweepResult<>(List.of("a"), List.of(new ItemFailure("b", "broken")));
    assertThat(partial.complete()).isFalse();
    assertThat(ItemFailure.of("m-1", new IllegalStateException("no calendar for 2031")))
        .isEqualTo(new ItemFailure("m-1", "IllegalStateException: no calendar for 2031"));
    assertThat(ItemFailure.of("m-2", new IllegalStateException()).reason())
        .isEqualTo("IllegalStateException");
    assertThat(ItemFailure.of("m-3", new IllegalStateException(" ")).reason())
        .isEqualTo("IllegalStateException");
  }

  // ---- integration events (the outbox's wire form: a product choice)

  @Test
  void an_integration_event_is_numbered_per_aggregate_and_typed_by_its_action() {
    IntegrationEvent e = IntegrationEvent.of(new TestEvent("m-1", "ACCEPT", AT), 3);
    assertThat(e.eventId()).isEqualTo("Test/m-1/3");
    assertThat(e.type()).isEqualTo("Test.ACCEPT");
    assertThat(e.schemaVersion()).isEqualTo(1);
    assertThat(e.sequence()).isEqualTo(3);
    assertThat(e.fromState()).contains("A");
    assertThat(e.toState()).isEqualTo("B");
    assertThat(e.aggregateVersion()).isEqualTo(new Version(1));
    assertThat(IntegrationEvent.of(new TestEvent("m-1", "ACCEPT", AT), 1).sequence()).isOne();
  }

  @Test
  void an_integration_event_refuses_a_sequence_or_schema_below_one_and_a_wrong_id_or_type() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event("Test/m/0", "Test.A", 1, 0))
        .withMessage("an event's sequence starts at 1, not 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event("Test/m/1", "Test.A", 0, 1))
        .withMessage("schema versions start at 1, not 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event("Test/m/2", "Test.A", 1, 1))
        .withMessage("event id Test/m/2 is not Test/m/1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event("Test/m/1", "Test.B", 1, 1))
        .withMessage("event type Test.B is not aggregateType.action");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new IntegrationEvent(
                    "Test/m/1",
                    "Test.A",
                    1,
                    "Test",
                    "m",
                    1,
                    AT,
                    "A",
                    Optional.empty(),
                    " ",
                    Version.NEW))
        .withMessage("an integration event needs toState");
    assertThat(event("Test/m/1", "Test.A", 1, 1).eventId()).isEqualTo("Test/m/1");
  }

  private static IntegrationEvent event(String id, String type, int schema, long sequence) {
    return new IntegrationEvent(
        id, type, schema, "Test", "m", sequence, AT, "A", Optional.empty(), "B", Version.NEW);
  }

  // ---- notifications (6.2.1.4: the parties are told the result; each channel needs its address)

  @Test
  void each_channel_needs_the_address_it_delivers_to() {
    Notification.Recipient mobile =
        Notification.Recipient.person("张三", PhoneNumber.of("13905781234"));
    Notification.Recipient fixed =
        Notification.Recipient.person("李四", PhoneNumber.of("0578-2123456"));
    Notification.Recipient nobody = Notification.Recipient.person("赵六", null);
    Notification.Recipient unit = Notification.Recipient.unit(UnitId.of("court"), "法院");

    assertThat(notice(mobile, Notification.Channel.SMS).channel())
        .isEqualTo(Notification.Channel.SMS);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notice(fixed, Notification.Channel.SMS))
        .withMessage("a text message needs a mobile number; the recipient has none");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notice(unit, Notification.Channel.SMS))
        .withMessage("a text message needs a mobile number; the recipient has none");
    assertThat(notice(fixed, Notification.Channel.PHONE_CALL).recipient()).isEqualTo(fixed);
    assertThat(notice(fixed, Notification.Channel.AUTOMATED_CALL).recipient()).isEqualTo(fixed);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notice(nobody, Notification.Channel.PHONE_CALL))
        .withMessage("a call needs a phone number; the recipient has none");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notice(nobody, Notification.Channel.AUTOMATED_CALL))
        .withMessage("a call needs a phone number; the recipient has none");
    assertThat(notice(unit, Notification.Channel.UNIT_INBOX).recipient().unit())
        .contains(UnitId.of("court"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notice(mobile, Notification.Channel.UNIT_INBOX))
        .withMessage("a unit inbox message needs a unit recipient");
    // channels that need no address of the recipient's
    assertThat(notice(nobody, Notification.Channel.LETTER).reference()).isEqualTo("m-1");
    assertThat(notice(nobody, Notification.Channel.IN_PERSON).subject()).isEqualTo("结果");
    assertThat(notice(nobody, Notification.Channel.WEB).body()).isEqualTo("已办结");
  }

  @Test
  void a_notification_needs_a_subject_a_body_and_what_it_is_about() {
    Notification.Recipient p = Notification.Recipient.person("张三", null);
    String words = "a notification needs a subject and a body";
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification(p, Notification.Channel.LETTER, " ", "b", "r"))
        .withMessage(words);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification(p, Notification.Channel.LETTER, null, "b", "r"))
        .withMessage(words);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification(p, Notification.Channel.LETTER, "s", "", "r"))
        .withMessage(words);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification(p, Notification.Channel.LETTER, "s", null, "r"))
        .withMessage(words);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification(p, Notification.Channel.LETTER, "s", "b", " "))
        .withMessage("a notification names what it is about");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification(p, Notification.Channel.LETTER, "s", "b", null))
        .withMessage("a notification names what it is about");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Notification.Recipient.person(" ", null))
        .withMessage("a recipient needs a name");
  }

  @Test
  void a_printed_notification_masks_the_phone_number_and_names_a_unit() {
    Notification sms =
        notice(
            Notification.Recipient.person("张三", PhoneNumber.of("13905781234")),
            Notification.Channel.SMS);
    assertThat(sms)
        .hasToString("Notification[SMS to Recipient[a person, 139****1234], 结果, about m-1]");
    Notification inbox =
        notice(
            Notification.Recipient.unit(UnitId.of("court"), "法院"), Notification.Channel.UNIT_INBOX);
    assertThat(inbox)
        .hasToString("Notification[UNIT_INBOX to Recipient[unit court], 结果, about m-1]");
  }

  @Test
  void a_template_keeps_its_fields_in_order_and_refuses_bad_keys_and_names() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("matter", "m-1");
    values.put("Due-date", "2026-03-09");
    Notification n =
        notice(Notification.Recipient.person("张三", null), Notification.Channel.LETTER)
            .withTemplate("result-1", values);
    assertThat(n.template()).isPresent();
    assertThat(n.template().get().key()).isEqualTo("result-1");
    assertThat(n.template().get().values().keySet()).containsExactly("matter", "Due-date");
    assertThat(n.subject()).isEqualTo("结果");
    assertThatThrownBy(() -> n.template().get().values().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification.Template("Result", Map.of()))
        .withMessage("a template key is lower-case letters, digits and '-', not 'Result'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification.Template(null, Map.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Notification.Template("r", Map.of("1st", "v")))
        .withMessage("a template field name is a word, not '1st'");
    assertThatThrownBy(() -> new Notification.Template("r", nullValue()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of k");
  }

  private static Map<String, String> nullValue() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("k", null);
    return m;
  }

  private static Notification notice(Notification.Recipient r, Notification.Channel c) {
    return new Notification(r, c, "结果", "已办结", "m-1");
  }
}
