package org.db3311.sgc.core.common;

import java.util.LinkedHashMap;
import java.util.Map;
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
 * @param template the approved message template a text-message gateway sends it with, and the
 *     values of its fields; empty: the subject and body are sent as they are
 */
public record Notification(
    Recipient recipient,
    Channel channel,
    String subject,
    String body,
    String reference,
    Optional<Template> template) {

  /** A notification without a template. */
  public Notification(
      Recipient recipient, Channel channel, String subject, String body, String reference) {
    this(recipient, channel, subject, body, reference, Optional.empty());
  }

  public Notification {
    Objects.requireNonNull(template, "template");
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
          "a text message needs a mobile number; the recipient has none");
    }
    if ((channel == Channel.PHONE_CALL || channel == Channel.AUTOMATED_CALL)
        && recipient.phone().isEmpty()) {
      throw new IllegalArgumentException("a call needs a phone number; the recipient has none");
    }
    if (channel == Channel.UNIT_INBOX && recipient.unit().isEmpty()) {
      throw new IllegalArgumentException("a unit inbox message needs a unit recipient");
    }
  }

  /** Leaves out the body, which may name people; the recipient shows itself masked. */
  @Override
  public String toString() {
    return "Notification["
        + channel
        + " to "
        + recipient
        + ", "
        + subject
        + ", about "
        + reference
        + "]";
  }

  /** The same notification sent with the approved template {@code key} and its field values. */
  public Notification withTemplate(String key, Map<String, String> values) {
    return new Notification(
        recipient, channel, subject, body, reference, Optional.of(new Template(key, values)));
  }

  /**
   * An approved message template (短信模板) by its key, with the values of its fields in order. The
   * reference is always available to a template as the field {@code reference}.
   *
   * @param key e.g. {@code result}, {@code supplement}
   * @param values field name to value, in the order given; names are letters, digits and '-'
   */
  public record Template(String key, Map<String, String> values) {

    public Template {
      if (key == null || !key.matches("[a-z][a-z0-9-]{0,63}")) {
        throw new IllegalArgumentException(
            "a template key is lower-case letters, digits and '-', not '" + key + "'");
      }
      LinkedHashMap<String, String> copy = new LinkedHashMap<>();
      Objects.requireNonNull(values, "values")
          .forEach(
              (k, v) -> {
                if (k == null || !k.matches("[A-Za-z][A-Za-z0-9-]{0,63}")) {
                  throw new IllegalArgumentException(
                      "a template field name is a word, not '" + k + "'");
                }
                copy.put(k, Objects.requireNonNull(v, "value of " + k));
              });
      values = java.util.Collections.unmodifiableMap(copy);
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

    /** Names no person and shows only a masked number: the recipient is personal data. */
    @Override
    public String toString() {
      return "Recipient["
          + unit.map(u -> "unit " + u.value()).orElse("a person")
          + phone.map(p -> ", " + p.masked()).orElse("")
          + "]";
    }
  }
}
