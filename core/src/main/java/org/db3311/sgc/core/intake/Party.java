package org.db3311.sgc.core.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.common.CreditCode;
import org.db3311.sgc.core.common.Notification;
import org.db3311.sgc.core.common.PhoneNumber;
import org.db3311.sgc.core.common.ResidentIdNumber;

/** A party to a matter (当事人): a citizen or an organisation. */
public sealed interface Party {

  String name();

  Optional<PhoneNumber> phone();

  /** A key that identifies the same party across matters, when the data allows it. */
  Optional<String> identityKey();

  /** Warnings raised by the party's data that do not stop registration. */
  List<String> warnings();

  default Notification.Recipient asRecipient() {
    return new Notification.Recipient(name(), phone(), Optional.empty());
  }

  /** A natural person, identified by a GB 11643 number when one is given. */
  record Citizen(String name, Optional<ResidentIdNumber> idNumber, Optional<PhoneNumber> phone)
      implements Party {
    public Citizen {
      requireName(name);
      Objects.requireNonNull(idNumber, "idNumber");
      Objects.requireNonNull(phone, "phone");
    }

    public static Citizen of(String name, String idNumber, String phone) {
      return new Citizen(
          name,
          Optional.ofNullable(idNumber).map(ResidentIdNumber::of),
          Optional.ofNullable(phone).map(PhoneNumber::of));
    }

    @Override
    public Optional<String> identityKey() {
      if (idNumber.isPresent()) {
        return Optional.of("id:" + idNumber.get().value());
      }
      return phone.map(p -> "person:" + name + ":" + p.value());
    }

    @Override
    public List<String> warnings() {
      return List.of();
    }
  }

  /**
   * An organisation, identified by its GB 32100 credit code. A code failing its checksum is kept
   * with a warning, since real registries hold such codes.
   */
  record Organisation(String name, CreditCode creditCode, Optional<PhoneNumber> phone)
      implements Party {
    public Organisation {
      requireName(name);
      Objects.requireNonNull(creditCode, "creditCode");
      Objects.requireNonNull(phone, "phone");
    }

    public static Organisation of(String name, String creditCode, String phone) {
      return new Organisation(
          name, CreditCode.of(creditCode), Optional.ofNullable(phone).map(PhoneNumber::of));
    }

    @Override
    public Optional<String> identityKey() {
      return Optional.of("org:" + creditCode.value());
    }

    @Override
    public List<String> warnings() {
      return creditCode.checkDigitWarning().map(w -> name + ": " + w).stream().toList();
    }
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a party needs a name");
    }
  }
}
