package org.db3311.sgc.core.common;

import java.util.Objects;
import java.util.Optional;

/**
 * A message to a party or a unit: a result notice, a supervision notice, a survey call.
 *
 * @param recipient who is to receive it
 * @param channel how it is to be delivered
 * @param subject a short title
 * @param body the text
 * @param reference the matter or case the message is about (e.g. its registration number)
 */
public record Notification(
    Recipient recipient, Channel channel, String subject, String body, String reference) {

  public Notification {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channel, "channel");
    if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
      throw new IllegalArgumentException("a notification needs a subject and a body");
    }
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("a notification names what it is about");
    }
    if (channel == Channel.SMS && recipient.phone().filter(PhoneNumber::isMobile).isEmpty()) {
      throw new IllegalArgumentException(
          "a text message needs a mobile number; " + recipient.name() + " has none");
    }
    if ((channel == Channel.PHONE_CALL || channel == Channel.AUTOMATED_CALL)
        && recipient.phone().isEmpty()) {
      throw new IllegalArgumentException("a call needs a phone number; " + recipient.name());
    }
    if (channel == Channel.UNIT_INBOX && recipient.unit().isEmpty()) {
      throw new IllegalArgumentException("a unit inbox message needs a unit recipient");
    }
  }

  /** Delivery channels. */
  public enum Channel {
    /** 短信. */
    SMS,
    /** 电话, by a member of staff. */
    PHONE_CALL,
    /** 智能语音外呼. */
    AUTOMATED_CALL,
    /** Told in person at the center or on a visit. */
    IN_PERSON,
    /** A letter to the postal address. */
    LETTER,
    /** The web or app account of the party. */
    WEB,
    /** The case-handling inbox of a unit. */
    UNIT_INBOX
  }

  /** The receiver: a person (with a phone when known) or a unit. */
  public record Recipient(String name, Optional<PhoneNumber> phone, Optional<UnitId> unit) {
    public Recipient {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a recipient needs a name");
      }
      Objects.requireNonNull(phone, "phone");
      Objects.requireNonNull(unit, "unit");
    }

    public static Recipient person(String name, PhoneNumber phone) {
      return new Recipient(name, Optional.ofNullable(phone), Optional.empty());
    }

    public static Recipient unit(UnitId unit, String name) {
      return new Recipient(name, Optional.empty(), Optional.of(unit));
    }
  }
}
