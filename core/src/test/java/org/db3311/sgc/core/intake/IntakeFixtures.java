package org.db3311.sgc.core.intake;

import java.util.List;
import java.util.Optional;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.InMemoryAuditTrail;
import org.db3311.sgc.core.common.InMemoryDomainEventPublisher;
import org.db3311.sgc.core.common.InMemoryNotifier;
import org.db3311.sgc.core.common.InMemorySequenceGenerator;
import org.db3311.sgc.core.common.MutableClock;

/** A center at 青田县 (331121) with in-memory adapters, and the people who come to it. */
public final class IntakeFixtures {

  public static final DivisionCode QINGTIAN = DivisionCode.of("331121");
  public static final Actor CLERK = Actor.of("clerk-7", "窗口人员王");

  public static final Party.Citizen ZHANG =
      Party.Citizen.of("张三", "11010519491231002X", "13905781234");
  public static final Party.Citizen LI =
      Party.Citizen.of("李四", "440524188001010014", "13905785678");
  public static final Party.Organisation FIRM =
      Party.Organisation.of("丽水某建筑有限公司", "91512081MA62K0260E", null);

  public static final List<Material.Submitted> ALL_MATERIALS =
      List.of(
          new Material.Submitted(MaterialKind.ID_CARD, "身份证复印件"),
          new Material.Submitted(MaterialKind.APPLICATION, "调解申请书"),
          new Material.Submitted(MaterialKind.REGISTRATION_FORM, "纠纷登记表"));

  public final MutableClock clock = MutableClock.at("2026-11-25T10:00:00");
  public final InMemoryMatterRepository matters = new InMemoryMatterRepository();
  public final InMemoryDomainEventPublisher events = new InMemoryDomainEventPublisher();
  public final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  public final InMemorySequenceGenerator sequences = new InMemorySequenceGenerator();
  public final InMemoryNotifier notifier = new InMemoryNotifier(clock);
  public final IntakeService intake;

  public IntakeFixtures() {
    this(new IntakeConfiguration(QINGTIAN));
  }

  public IntakeFixtures(IntakeConfiguration config) {
    intake = new IntakeService(matters, sequences, config, notifier, events, audit, clock);
  }

  public static Place place(String township) {
    return Place.of("331121", township, "青田县" + township + "某村");
  }

  public static Registration windowRegistration(
      Party applicant, String category, List<Material.Submitted> materials) {
    return Registration.atWindow(
        List.of(MatterParty.applicant(applicant), MatterParty.respondent(FIRM)),
        category,
        place("鹤城街道"),
        "拖欠工资三个月",
        materials);
  }

  public static Registration transfer(Channel channel, String reference) {
    return new Registration(
        channel,
        Optional.of(new SourceReference(channel, reference)),
        Optional.empty(),
        List.of(MatterParty.applicant(LI)),
        "event.public_demand",
        place("温溪镇"),
        "路灯损坏",
        List.of());
  }

  public RegisterMatterUseCase.RegistrationReceipt register(Registration r) {
    return intake.register(new RegisterMatterUseCase.Command(r, CLERK));
  }

  public RegistrationNumber registerComplete(String category) {
    return register(windowRegistration(ZHANG, category, ALL_MATERIALS)).number();
  }

  public IntakeDecision review(RegistrationNumber n, MaterialDefect... defects) {
    return intake.decide(
        new DecideIntakeUseCase.Command(
            n, new DecideIntakeUseCase.Verdict.Review(List.of(defects)), CLERK));
  }

  public Matter matter(RegistrationNumber n) {
    return matters.find(n).orElseThrow();
  }
}
