package org.db3311.sgc.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransactionalEventPublisherTest {

  private static final Instant T = Instant.parse("2026-12-31T15:00:00Z");

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryOutbox outbox = new InMemoryOutbox();
  private final InMemoryDomainEventPublisher atomic = new InMemoryDomainEventPublisher();
  private final InMemoryDomainEventPublisher later = new InMemoryDomainEventPublisher();
  private final List<String> failures = new ArrayList<>();
  private final TransactionalEventPublisher publisher =
      new TransactionalEventPublisher(
          outbox,
          unitOfWork,
          atomic,
          later,
          (event, error) -> failures.add(event.aggregateId() + ":" + error.getMessage()));

  @Test
  @DisplayName("events raised in one save get their own numbers within their aggregate")
  void every_event_gets_its_own_sequence_number() {
    unitOfWork.run(
        () -> {
          publisher.publish(new TestEvent("m-1", "REGISTER", T));
          publisher.publish(new TestEvent("m-1", "ACCEPT", T));
          publisher.publish(new TestEvent("m-2", "REGISTER", T));
        });
    unitOfWork.run(() -> publisher.publish(new TestEvent("m-1", "CLOSE", T)));

    assertThat(outbox.all())
        .extracting(IntegrationEvent::eventId)
        .containsExactly("Test/m-1/1", "Test/m-1/2", "Test/m-2/1", "Test/m-1/3");
    assertThat(outbox.all()).extracting(IntegrationEvent::type).first().isEqualTo("Test.REGISTER");
  }

  @Test
  void atomic_followers_see_the_event_inside_the_unit_later_ones_only_after_the_commit() {
    List<String> order = new ArrayList<>();
    atomic.subscribe(TestEvent.class, e -> order.add("atomic:" + e.actionName()));
    later.subscribe(TestEvent.class, e -> order.add("later:" + e.actionName()));

    unitOfWork.run(
        () -> {
          publisher.publish(new TestEvent("m-1", "REGISTER", T));
          order.add("end of use case");
        });

    assertThat(order).containsExactly("atomic:REGISTER", "end of use case", "later:REGISTER");
  }

  @Test
  @DisplayName("a rolled-back change leaves no outbox row and no later follower ever hears of it")
  void a_rolled_back_change_publishes_nothing() {
    List<String> heard = new ArrayList<>();
    later.subscribe(TestEvent.class, e -> heard.add(e.actionName()));

    assertThatThrownBy(
            () ->
                unitOfWork.run(
                    () -> {
                      publisher.publish(new TestEvent("m-1", "REGISTER", T));
                      throw new IllegalStateException("the save after the event failed");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(outbox.all()).isEmpty();
    assertThat(heard).isEmpty();
  }

  @Test
  void a_failing_atomic_follower_rolls_the_change_back() {
    atomic.subscribe(
        TestEvent.class,
        e -> {
          throw new IllegalStateException("the reaction that must be atomic failed");
        });
    assertThatThrownBy(
            () -> unitOfWork.run(() -> publisher.publish(new TestEvent("m-1", "REGISTER", T))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(outbox.all()).isEmpty();
  }

  @Test
  @DisplayName("a later follower that fails is reported; the change stands and other events go on")
  void a_failing_later_follower_is_reported_and_stops_nothing() {
    List<String> heard = new ArrayList<>();
    InMemoryVersionedStore<String> written = new InMemoryVersionedStore<>("Reaction");
    later.subscribe(
        TestEvent.class,
        e -> {
          written.save(e.aggregateId(), Version.NEW, "reacted");
          if (e.aggregateId().equals("bad")) {
            throw new IllegalStateException("cannot react");
          }
          heard.add(e.aggregateId());
        });

    unitOfWork.run(
        () -> {
          publisher.publish(new TestEvent("bad", "REGISTER", T));
          publisher.publish(new TestEvent("good", "REGISTER", T));
        });

    assertThat(failures).containsExactly("bad:cannot react");
    assertThat(heard).containsExactly("good");
    assertThat(outbox.all()).hasSize(2);
    assertThat(written.find("bad")).as("the failed reaction's own unit rolled back").isEmpty();
    assertThat(written.find("good")).isPresent();
  }

  @Test
  @DisplayName("integration events carry references and states, nothing about persons")
  void integration_events_carry_no_personal_fields() {
    assertThat(IntegrationEvent.class.getRecordComponents())
        .extracting(c -> c.getName())
        .containsExactly(
            "eventId",
            "type",
            "schemaVersion",
            "aggregateType",
            "aggregateId",
            "sequence",
            "occurredAt",
            "action",
            "fromState",
            "toState",
            "aggregateVersion");
    IntegrationEvent ie = IntegrationEvent.of(new TestEvent("m-1", "REGISTER", T), 1);
    assertThat(ie.eventId()).isEqualTo("Test/m-1/1");
    assertThat(ie.fromState()).contains("A");
    assertThat(ie.toState()).isEqualTo("B");
    assertThat(ie.aggregateVersion()).isEqualTo(new Version(1));
  }

  @Test
  void an_integration_event_whose_id_or_type_does_not_follow_the_contract_is_refused() {
    assertThatThrownBy(
            () ->
                new IntegrationEvent(
                    "Test/m-1/2",
                    "Test.REGISTER",
                    1,
                    "Test",
                    "m-1",
                    1,
                    T,
                    "REGISTER",
                    java.util.Optional.empty(),
                    "B",
                    new Version(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Test/m-1/1");
    assertThatThrownBy(() -> IntegrationEvent.of(new TestEvent("m-1", "REGISTER", T), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
