package org.db3311.sgc.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.db3311.sgc.adapter.jpa.JpaLeases;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.common.Actor;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.intake.DecideIntakeUseCase;
import org.db3311.sgc.core.intake.DivisionRegistry;
import org.db3311.sgc.core.intake.Material;
import org.db3311.sgc.core.intake.MaterialDefect;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MatterParty;
import org.db3311.sgc.core.intake.Party;
import org.db3311.sgc.core.intake.Place;
import org.db3311.sgc.core.intake.Refusal;
import org.db3311.sgc.core.intake.RegisterMatterUseCase;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RegistrationNumber;
import org.db3311.sgc.core.intake.WithdrawMatterUseCase;
import org.db3311.sgc.core.mediation.AssessSuitabilityUseCase;
import org.db3311.sgc.core.mediation.CloseMediationUseCase;
import org.db3311.sgc.core.mediation.ConcludeMediationUseCase;
import org.db3311.sgc.core.mediation.MediationAgreement;
import org.db3311.sgc.core.mediation.MediationCaseId;
import org.db3311.sgc.core.mediation.MediationRecord;
import org.db3311.sgc.core.mediation.OpenMediationUseCase;
import org.db3311.sgc.core.mediation.RecordConsentUseCase;
import org.db3311.sgc.core.mediation.RecordSessionUseCase;
import org.db3311.sgc.core.mediation.RouteMediationUseCase;
import org.db3311.sgc.core.mediation.ScheduleSessionUseCase;
import org.db3311.sgc.server.wiring.Centers;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A living demo (enabled by {@code sgc.demo=true}, which {@code bin/run --demo} sets): once per
 * database, a few hundred matters in 莲都区 (331102), spread over its townships and streets, every
 * dispute category and every intake state — waiting for a decision, awaiting a supplement,
 * accepted, refused, withdrawn, in mediation, closed — made through the core's own use cases, in
 * the background so that start-up does not wait. Only the embedded profile loads it.
 */
@ApplicationScoped
public class DemoCounty {

  private static final Logger LOG = Logger.getLogger(DemoCounty.class.getName());
  static final DivisionCode COUNTY = DivisionCode.of("331102");

  @Inject Centers centers;
  @Inject Clock clock;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    var config = ConfigProvider.getConfig();
    boolean demo = config.getOptionalValue("sgc.demo", Boolean.class).orElse(false);
    boolean production =
        config
            .getOptionalValue("sgc.profile", String.class)
            .orElse("embedded")
            .equals("production");
    if (!demo || production) {
      return;
    }
    int size = config.getOptionalValue("sgc.demo.matters", Integer.class).orElse(300);
    Thread t = new Thread(() -> loadOnce(size), "sgc-demo-loader");
    t.setDaemon(true);
    t.start();
  }

  /** Loads the demo county unless this database already has it; returns how many were made. */
  public int loadOnce(int size) {
    try {
      Centers.County county = centers.of(COUNTY).orElseThrow();
      // a lease that never lapses marks the database as loaded, for every instance and restart
      if (!new JpaLeases(county.store())
          .tryAcquire(
              "demo-county-loaded",
              "demo-" + java.util.UUID.randomUUID(),
              Duration.ofDays(365L * 100),
              clock.instant())) {
        return 0;
      }
      int made = load(county.center(), size);
      LOG.info(() -> "demo county 331102 loaded: " + made + " matters");
      return made;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the demo county could not be loaded", e);
      return 0;
    }
  }

  private int load(GovernanceCenter center, int size) {
    List<String[]> townships = townships();
    String[] categories = {
      "dispute.neighbour", "dispute.marriage_family", "dispute.labour", "dispute.damages",
      "dispute.property_management", "dispute.consumer", "dispute.traffic", "dispute.forest_land",
      "dispute.medical", "dispute.business", "dispute.village_affairs", "dispute.other"
    };
    String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "吴", "周", "徐", "叶", "蓝", "雷"};
    Random random = new Random(331102);
    Actor clerk = new Actor("demo-clerk", "莲都窗口受理员");
    Actor mediator = new Actor("demo-mediator", "莲都调解员");
    int made = 0;
    for (int i = 0; i < size; i++) {
      try {
        String[] t = townships.get(random.nextInt(townships.size()));
        String applicant = surnames[random.nextInt(surnames.length)] + "某" + (i % 97);
        String respondent = surnames[random.nextInt(surnames.length)] + "某" + (i % 89 + 100);
        boolean complete = random.nextInt(10) < 7;
        List<Material.Submitted> materials = new ArrayList<>();
        materials.add(new Material.Submitted(MaterialKind.ID_CARD, "身份证复印件"));
        materials.add(new Material.Submitted(MaterialKind.APPLICATION, "申请书"));
        if (complete) {
          materials.add(new Material.Submitted(MaterialKind.REGISTRATION_FORM, "登记表"));
        }
        Registration r =
            Registration.atWindow(
                List.of(
                    MatterParty.applicant(
                        new Party.Citizen(applicant, Optional.empty(), Optional.empty())),
                    MatterParty.respondent(
                        new Party.Citizen(respondent, Optional.empty(), Optional.empty()))),
                categories[random.nextInt(categories.length)],
                Place.coded(t[0], null, t[1], t[1] + "某路" + (1 + random.nextInt(200)) + "号"),
                "演示事项 " + (i + 1) + "：双方就相关问题发生争议，申请调解",
                materials);
        RegistrationNumber n =
            center.intake().register(new RegisterMatterUseCase.Command(r, clerk)).number();
        made++;
        int fate = random.nextInt(20);
        if (fate < 3) {
          continue; // waiting for the clerk's decision
        }
        if (fate == 3) {
          center
              .intake()
              .decide(
                  new DecideIntakeUseCase.Command(
                      n,
                      new DecideIntakeUseCase.Verdict.Refuse(new Refusal("不属于受理范围", "区人民法院诉讼服务中心")),
                      clerk));
          continue;
        }
        if (fate == 4) {
          center.intake().withdraw(new WithdrawMatterUseCase.Command(n, "当事人自行和解", clerk));
          continue;
        }
        List<MaterialDefect> defects =
            fate == 5 ? List.of(new MaterialDefect(2, "申请书未签名")) : List.of();
        center
            .intake()
            .decide(
                new DecideIntakeUseCase.Command(
                    n, new DecideIntakeUseCase.Verdict.Review(defects), clerk));
        if (!complete || fate == 5 || fate < 9) {
          continue; // awaiting a supplement, or accepted and waiting
        }
        mediate(center, n, applicant, respondent, mediator, fate >= 14);
      } catch (RuntimeException e) {
        // one demo matter that fails stops no other
        LOG.log(Level.FINE, "demo matter " + i + " failed", e);
      }
    }
    return made;
  }

  private void mediate(
      GovernanceCenter center,
      RegistrationNumber n,
      String applicant,
      String respondent,
      Actor mediator,
      boolean toClosure) {
    var m = center.mediation();
    MediationCaseId id = m.open(new OpenMediationUseCase.Command(n, mediator));
    m.assess(new AssessSuitabilityUseCase.Command(id, true, "事实清楚，适宜调解", mediator));
    m.recordConsent(new RecordConsentUseCase.Command(id, 0, true, true, mediator));
    m.recordConsent(new RecordConsentUseCase.Command(id, 1, true, true, mediator));
    m.route(new RouteMediationUseCase.Command(id, mediator));
    m.schedule(
        new ScheduleSessionUseCase.Command(
            id, ScheduleSessionUseCase.Mode.OFFLINE, clock.instant(), Optional.empty(), mediator));
    if (!toClosure) {
      return;
    }
    List<String> parties = List.of(applicant, respondent);
    m.recordSession(
        new RecordSessionUseCase.Command(
            id,
            new MediationRecord(
                clock.instant(),
                "中心调解室",
                "莲都调解员",
                "记录员",
                parties,
                true,
                Map.of(applicant, "要求对方赔偿", respondent, "同意协商"),
                "事实基本清楚",
                "释法明理",
                List.of(applicant, respondent, "莲都调解员", "记录员")),
            mediator));
    LocalDate today = LocalDate.now(clock);
    m.conclude(
        new ConcludeMediationUseCase.Command(
            id,
            new ConcludeMediationUseCase.Outcome.Agreement(
                new MediationAgreement(
                    parties,
                    "双方发生争议",
                    "争议事项",
                    "双方协商一致",
                    List.of(
                        new MediationAgreement.Obligation(
                            respondent, "赔偿 2000 元", "现金", "莲都区", today.plusDays(10))),
                    false,
                    Set.of(applicant, respondent, "莲都调解员"),
                    "莲都调解员",
                    true,
                    today)),
            mediator));
    m.close(new CloseMediationUseCase.Command(id, mediator));
  }

  /**
   * 莲都区's townships and streets, from the division list the core ships: read through core's API,
   * since on the module path core's data files are not visible to other modules.
   */
  private static List<String[]> townships() {
    List<String[]> out = new ArrayList<>();
    DivisionRegistry.lishui()
        .townships(COUNTY)
        .forEach((code, name) -> out.add(new String[] {code.value(), name}));
    if (out.isEmpty()) {
      out.add(new String[] {"331102001", "紫金街道"});
    }
    return out;
  }
}
