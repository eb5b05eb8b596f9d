package org.db3311.sgc.core.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Notification;

/**
 * The messages that carry a {@link SupplementNotice} to the applicants (一次性告知, 6.1.1.1): one per
 * applicant, listing every item of the notice (R7), with the registration number. A text message
 * where the applicant gave a mobile number, a call for a fixed line, else a letter. Template {@code
 * supplement} with the field {@code materials} (the items joined by {@code 、}); the reference is
 * the registration number.
 */
@Implements({"6.1.1.1", "R7"})
final class SupplementNotices {

  private SupplementNotices() {}

  /** The notifications telling every applicant of {@code matter} what {@code notice} asks. */
  public static List<Notification> toApplicants(
      RegistrationNumber matter, Registration registration, SupplementNotice notice) {
    String materials =
        notice.items().stream().map(SupplementNotices::describe).collect(Collectors.joining("、"));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("materials", materials);
    values.put("notice", Integer.toString(notice.number()));
    return registration.parties().stream()
        .filter(p -> p.role() == PartyRole.APPLICANT)
        .map(MatterParty::party)
        .map(
            p ->
                new Notification(
                        p.asRecipient(),
                        channelFor(p),
                        "补正材料告知",
                        "您登记的事项（" + matter + "）需补正材料，请一次性补齐：" + materials + "。",
                        matter.toString())
                    .withTemplate("supplement", values))
        .toList();
  }

  /** A missing material by its name; a defect by its material's name and what is wrong. */
  static String describe(SupplementItem item) {
    return item.problem() == SupplementItem.Problem.MISSING
        ? item.kind().nameZh()
        : item.kind().nameZh() + "（" + item.reason() + "）";
  }

  private static Notification.Channel channelFor(Party p) {
    return p.phone()
        .map(ph -> ph.isMobile() ? Notification.Channel.SMS : Notification.Channel.PHONE_CALL)
        .orElse(Notification.Channel.LETTER);
  }
}
