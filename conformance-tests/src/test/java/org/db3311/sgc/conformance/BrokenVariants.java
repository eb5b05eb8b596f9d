package org.db3311.sgc.conformance;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.db3311.sgc.adapter.jpa.JpaArchiveStore;
import org.db3311.sgc.adapter.jpa.JpaCaseFactStore;
import org.db3311.sgc.adapter.jpa.JpaDutyRosterRepository;
import org.db3311.sgc.adapter.jpa.JpaEpidemicCaseRepository;
import org.db3311.sgc.adapter.jpa.JpaFollowUpRepository;
import org.db3311.sgc.adapter.jpa.JpaGovernanceEventRepository;
import org.db3311.sgc.adapter.jpa.JpaMatterRepository;
import org.db3311.sgc.adapter.jpa.JpaReceptionRepository;
import org.db3311.sgc.adapter.jpa.JpaStore;
import org.db3311.sgc.adapter.jpa.JpaSupervisionFileRepository;
import org.db3311.sgc.adapter.jpa.JpaVolumeStore;
import org.db3311.sgc.core.GovernanceCenter;
import org.db3311.sgc.core.archive.ArchiveStore;
import org.db3311.sgc.core.archive.SealedFile;
import org.db3311.sgc.core.archive.filing.VolumeStore;
import org.db3311.sgc.core.calendar.HolidayTableCalendar;
import org.db3311.sgc.core.calendar.WorkingCalendar;
import org.db3311.sgc.core.common.DivisionCode;
import org.db3311.sgc.core.common.UnitId;
import org.db3311.sgc.core.epidemic.EpidemicCase;
import org.db3311.sgc.core.epidemic.EpidemicCaseRepository;
import org.db3311.sgc.core.epidemic.EpidemicCaseSnapshot;
import org.db3311.sgc.core.eventhandling.CityCenterGateway;
import org.db3311.sgc.core.eventhandling.DutyRoster;
import org.db3311.sgc.core.eventhandling.DutyRosterRepository;
import org.db3311.sgc.core.eventhandling.DutyRosterSnapshot;
import org.db3311.sgc.core.eventhandling.DutyRosterState;
import org.db3311.sgc.core.eventhandling.EventReview;
import org.db3311.sgc.core.eventhandling.EventState;
import org.db3311.sgc.core.eventhandling.GovernanceEvent;
import org.db3311.sgc.core.eventhandling.GovernanceEventRepository;
import org.db3311.sgc.core.eventhandling.GovernanceEventSnapshot;
import org.db3311.sgc.core.facts.Assignment;
import org.db3311.sgc.core.facts.CaseFactStore;
import org.db3311.sgc.core.facts.MatterFact;
import org.db3311.sgc.core.followup.FollowUp;
import org.db3311.sgc.core.followup.FollowUpRepository;
import org.db3311.sgc.core.followup.FollowUpSnapshot;
import org.db3311.sgc.core.intake.CategoryTaxonomy;
import org.db3311.sgc.core.intake.DuplicateSourceReferenceException;
import org.db3311.sgc.core.intake.IntakeConfiguration;
import org.db3311.sgc.core.intake.MaterialKind;
import org.db3311.sgc.core.intake.MaterialRequirements;
import org.db3311.sgc.core.intake.Matter;
import org.db3311.sgc.core.intake.MatterRepository;
import org.db3311.sgc.core.intake.MatterSnapshot;
import org.db3311.sgc.core.intake.MatterState;
import org.db3311.sgc.core.intake.Refusal;
import org.db3311.sgc.core.intake.Registration;
import org.db3311.sgc.core.intake.RepeatDetectionRule;
import org.db3311.sgc.core.intake.SupplementNotice;
import org.db3311.sgc.core.reception.CountyLeader;
import org.db3311.sgc.core.reception.ReceptionRepository;
import org.db3311.sgc.core.reception.ReceptionRota;
import org.db3311.sgc.core.reception.ReceptionRotaSnapshot;
import org.db3311.sgc.core.reception.RotaState;
import org.db3311.sgc.core.supervision.NoticeLevel;
import org.db3311.sgc.core.supervision.SupervisionFile;
import org.db3311.sgc.core.supervision.SupervisionFileRepository;
import org.db3311.sgc.server.wiring.CenterVariant;

/**
 * Deliberately broken deployments: the real reference server with exactly one rule bent, through
 * {@link CenterVariant}. Each replaces one component of the county's center (the calendar, the
 * intake configuration) or wraps one standard repository so that one rule's outcome is bent; all
 * else is the real server.
 */
final class BrokenVariants {
  private BrokenVariants() {}

  /** Deadlines counted in calendar days: every day is a working day (R9). */
  public static final class CalendarDays implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      Set<Integer> years = new HolidayTableCalendar().coveredYears();
      b.calendar(
          new WorkingCalendar() {
            @Override
            public boolean isWorkingDay(LocalDate date) {
              return true;
            }

            @Override
            public Set<Integer> coveredYears() {
              return years;
            }
          });
    }
  }

  /** The one-time notice shows one item fewer than it was issued with (6.1.1.1, R7). */
  public static final class NoticeOmitsAnItem implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      MatterRepository real = new JpaMatterRepository(store);
      b.matters(
          wrap(
              MatterRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("find")) {
                  return null;
                }
                @SuppressWarnings("unchecked")
                Optional<Matter> found = (Optional<Matter>) call(method, real, args);
                return Optional.of(found.map(BrokenVariants::withoutLastItem));
              }));
    }
  }

  /** A transfer repeated with its source reference is registered again (6.1.1.2.2). */
  public static final class RepeatedTransferRegisteredAgain implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      MatterRepository real = new JpaMatterRepository(store);
      b.matters(
          wrap(
              MatterRepository.class,
              real,
              (method, args) -> {
                if (method.getName().equals("findBySource")) {
                  return Optional.of(Optional.empty());
                }
                if (method.getName().equals("save")) {
                  // the store's unique source reference would still catch the repeat: the bent
                  // deployment keeps a repeat without its reference, as a new matter
                  Matter m = (Matter) args[0];
                  try {
                    real.save(m);
                  } catch (DuplicateSourceReferenceException repeat) {
                    real.save(withoutSource(m));
                  }
                  return Optional.of(VOID);
                }
                return null;
              }));
    }
  }

  /** 6.1.2's registration form is not asked for. */
  public static final class RegistrationFormNotRequired implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      b.intakeConfiguration(
          new IntakeConfiguration(
              county,
              CategoryTaxonomy.defaults(),
              new MaterialRequirements(
                  Set.of(MaterialKind.ID_CARD, MaterialKind.APPLICATION), Map.of()),
              RepeatDetectionRule.defaults()));
    }
  }

  /** Contract disputes are accepted without a supervision file (6.2.1.3, 8.2.4). */
  public static final class ContractDisputesUnsupervised implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      SupervisionFileRepository real = new JpaSupervisionFileRepository(store);
      b.supervisionFiles(
          wrap(
              SupervisionFileRepository.class,
              real,
              (method, args) -> {
                if (method.getName().equals("save")
                    && ((SupervisionFile) args[0])
                        .snapshot()
                        .categoryCode()
                        .equals("dispute.contract")) {
                  return Optional.of(VOID);
                }
                return null;
              }));
    }
  }

  /** After the close only the first party is told the result (6.2.1.4.1). */
  public static final class ResultToFirstPartyOnly implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      FollowUpRepository real = new JpaFollowUpRepository(store);
      b.followUps(
          wrap(
              FollowUpRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("save")) {
                  return null;
                }
                FollowUp f = (FollowUp) args[0];
                FollowUpSnapshot s = f.snapshot();
                if (s.notices().size() > 1) {
                  f =
                      FollowUp.fromSnapshot(
                          new FollowUpSnapshot(
                              s.id(),
                              s.result(),
                              s.parties(),
                              s.openedAt(),
                              s.state(),
                              s.notices().subList(0, 1),
                              s.answers(),
                              s.reopenReason()),
                          f.version());
                }
                real.save(f);
                return Optional.of(VOID);
              }));
    }
  }

  /** A refusal is kept without the reason the clerk gave (6.1.1.1). */
  public static final class RefusalReasonLost implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      MatterRepository real = new JpaMatterRepository(store);
      b.matters(
          wrap(
              MatterRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("save")) {
                  return null;
                }
                Matter m = (Matter) args[0];
                MatterSnapshot s = m.snapshot();
                if (s.refusal().isPresent()) {
                  MatterSnapshot bent =
                      new MatterSnapshot(
                          s.number(),
                          s.registration(),
                          s.kind(),
                          s.registeredAt(),
                          s.state(),
                          s.materials(),
                          s.notices(),
                          Optional.of(new Refusal("不予受理", s.refusal().get().redirectTo())),
                          s.withdrawalReason(),
                          s.links(),
                          s.flags(),
                          s.warnings(),
                          s.handling(),
                          s.result(),
                          s.closedAt(),
                          s.reopenCount());
                  m = Matter.fromSnapshot(bent, m.version());
                }
                real.save(m);
                return Optional.of(VOID);
              }));
    }
  }

  /** A mediation's close never reaches the matter: it stays in handling (6.2.1.1.1). */
  public static final class MatterNeverCloses implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      MatterRepository real = new JpaMatterRepository(store);
      b.matters(
          wrap(
              MatterRepository.class,
              real,
              (method, args) ->
                  method.getName().equals("save")
                          && ((Matter) args[0]).snapshot().state() == MatterState.CLOSED
                      ? Optional.of(VOID)
                      : null));
    }
  }

  /** The supervision view counts every file twice (a join duplicating rows) (8.2.4, 6.2.1.3). */
  public static final class ViewCountsTwice implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      SupervisionFileRepository real = new JpaSupervisionFileRepository(store);
      b.supervisionFiles(
          wrap(
              SupervisionFileRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("countByUnitAndState")) {
                  return null;
                }
                @SuppressWarnings("unchecked")
                List<SupervisionFileRepository.StateCount> counts =
                    (List<SupervisionFileRepository.StateCount>) call(method, real, args);
                return Optional.of(
                    counts.stream()
                        .map(
                            c ->
                                new SupervisionFileRepository.StateCount(
                                    c.unit(), c.leading(), c.state(), c.files() * 2, c.overdue()))
                        .toList());
              }));
    }
  }

  /** A close opens no follow-up: nobody is told the result (6.2.1.4.1). */
  public static final class NoFollowUpAtClose implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      FollowUpRepository real = new JpaFollowUpRepository(store);
      b.followUps(
          wrap(
              FollowUpRepository.class,
              real,
              (method, args) -> method.getName().equals("save") ? Optional.of(VOID) : null));
    }
  }

  /** The adjusted working weekends (调休) are treated as days off, like any weekend (R9). */
  public static final class AdjustedWeekendsOff implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      WorkingCalendar real = new HolidayTableCalendar();
      b.calendar(
          new WorkingCalendar() {
            @Override
            public boolean isWorkingDay(LocalDate date) {
              return date.getDayOfWeek() != java.time.DayOfWeek.SATURDAY
                  && date.getDayOfWeek() != java.time.DayOfWeek.SUNDAY
                  && real.isWorkingDay(date);
            }

            @Override
            public Set<Integer> coveredYears() {
              return real.coveredYears();
            }

            @Override
            public Set<Integer> provisionalYears() {
              return real.provisionalYears();
            }
          });
    }
  }

  /** The overdue list never shows a file, however long past its last day (8.2.4). */
  public static final class OverdueNeverListed implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      SupervisionFileRepository real = new JpaSupervisionFileRepository(store);
      b.supervisionFiles(
          wrap(
              SupervisionFileRepository.class,
              real,
              (method, args) ->
                  method.getName().equals("dueBefore") ? Optional.of(List.of()) : null));
    }
  }

  /**
   * A registration still waiting for its materials is counted as accepted: the handling rate's
   * denominator holds matters never accepted (R8).
   */
  public static final class RegistrationsCountedAsAccepted implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      CaseFactStore real = new JpaCaseFactStore(store);
      b.caseFacts(
          wrap(
              CaseFactStore.class,
              real,
              (method, args) -> {
                Object answer = call(method, real, args);
                if (answer instanceof Stream<?> all) {
                  return Optional.of(all.map(f -> acceptedAtRegistration((MatterFact) f)));
                }
                if (answer instanceof Optional<?> one) {
                  return Optional.of(one.map(f -> acceptedAtRegistration((MatterFact) f)));
                }
                return Optional.ofNullable(answer == null ? VOID : answer);
              }));
    }

    private static MatterFact acceptedAtRegistration(MatterFact f) {
      return f.acceptedAt().isPresent()
          ? f
          : withComponent(f, "acceptedAt", Optional.of(f.registeredAt()));
    }
  }

  /**
   * The filing forgets which files it put in a volume, so a year is filed again and again (7.3.3).
   */
  public static final class FilingForgotten implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      VolumeStore real = new JpaVolumeStore(store);
      b.volumes(
          wrap(
              VolumeStore.class,
              real,
              (method, args) ->
                  method.getName().equals("isFiled") ? Optional.of(Boolean.FALSE) : null));
    }
  }

  /** Every matter counted against one department, whichever unit handled it (9.2.2). */
  public static final class DepartmentsMerged implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      CaseFactStore real = new JpaCaseFactStore(store);
      Optional<UnitId> one = Optional.of(UnitId.of("county.center"));
      b.caseFacts(
          wrap(
              CaseFactStore.class,
              real,
              (method, args) -> {
                Object answer = call(method, real, args);
                if (answer instanceof Stream<?> all) {
                  return Optional.of(
                      all.map(f -> withComponent((MatterFact) f, "handlingUnit", one)));
                }
                if (answer instanceof Optional<?> found) {
                  return Optional.of(
                      found.map(f -> withComponent((MatterFact) f, "handlingUnit", one)));
                }
                return Optional.ofNullable(answer == null ? VOID : answer);
              }));
    }
  }

  /** {@code f} with one record component replaced. */
  private static MatterFact withComponent(MatterFact f, String name, Object value) {
    RecordComponent[] parts = MatterFact.class.getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        values[i] = parts[i].getName().equals(name) ? value : parts[i].getAccessor().invoke(f);
      }
      return MatterFact.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Triage keeps the units but not the lead unit the center named (6.3.1.1). */
  public static final class LeadNotKept implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      GovernanceEventRepository real = new JpaGovernanceEventRepository(store);
      b.governanceEvents(
          wrap(
              GovernanceEventRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("save")) {
                  return null;
                }
                GovernanceEvent e = (GovernanceEvent) args[0];
                GovernanceEventSnapshot s = e.snapshot();
                if (s.lead().isPresent() && s.units().size() > 1) {
                  e = GovernanceEvent.fromSnapshot(withoutLead(s), e.version());
                }
                real.save(e);
                return Optional.of(VOID);
              }));
    }
  }

  /**
   * A published duty roster is never put in force: escalated events go to the fallback leader as if
   * the roster were still a draft (6.3.1.2).
   */
  public static final class DutyRosterNeverInForce implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      DutyRosterRepository real = new JpaDutyRosterRepository(store);
      b.dutyRosters(
          wrap(
              DutyRosterRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("find")) {
                  return null;
                }
                @SuppressWarnings("unchecked")
                Optional<DutyRoster> found = (Optional<DutyRoster>) call(method, real, args);
                return Optional.of(
                    found.map(
                        r -> {
                          DutyRosterSnapshot s = r.snapshot();
                          if (s.state() != DutyRosterState.PUBLISHED) {
                            return r;
                          }
                          return DutyRoster.fromSnapshot(
                              new DutyRosterSnapshot(
                                  s.id(),
                                  s.shifts(),
                                  s.fallback(),
                                  DutyRosterState.DRAFT,
                                  Optional.empty()),
                              r.version());
                        }));
              }));
    }
  }

  /** The link to the city center is missing: a cross-county event cannot be reported up (R12). */
  public static final class CityLinkDown implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      b.cityCenter(
          new CityCenterGateway() {
            @Override
            public String report(String reference, String summary) {
              throw new IllegalStateException("no link to the city center is configured");
            }
          });
    }
  }

  /** A closed event is taken as already reviewed and reported: it archives at once (6.3.1.3). */
  public static final class ArchivedWithoutReview implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      GovernanceEventRepository real = new JpaGovernanceEventRepository(store);
      b.governanceEvents(
          wrap(
              GovernanceEventRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("find")) {
                  return null;
                }
                @SuppressWarnings("unchecked")
                Optional<GovernanceEvent> found =
                    (Optional<GovernanceEvent>) call(method, real, args);
                return Optional.of(
                    found.map(
                        e ->
                            e.state() == EventState.CLOSED
                                ? GovernanceEvent.fromSnapshot(
                                    takenAsReported(e.snapshot()), e.version())
                                : e));
              }));
    }
  }

  /**
   * Publication lets a working day go without its receiving leader: the rota goes out published
   * with its last day's leader missing (6.2.1.2).
   */
  public static final class RotaDayWithoutLeaderPublished implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      ReceptionRepository real = new JpaReceptionRepository(store);
      b.receptions(
          wrap(
              ReceptionRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("save")
                    || !(args[0] instanceof ReceptionRota r)
                    || r.state() != RotaState.PUBLISHED
                    || r.days().isEmpty()) {
                  return null;
                }
                ReceptionRotaSnapshot s = r.snapshot();
                TreeMap<LocalDate, CountyLeader> days = new TreeMap<>(s.days());
                days.remove(days.lastKey());
                real.save(
                    ReceptionRota.fromSnapshot(
                        new ReceptionRotaSnapshot(s.month(), days, s.state(), s.publishedAt()),
                        r.version()));
                return Optional.of(VOID);
              }));
    }
  }

  /**
   * Verification reads the copy of each file kept when it was sealed, not the stored bytes: a file
   * changed in storage still verifies (7.3.2).
   */
  public static final class VerificationReadsACopy implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      ArchiveStore real = new JpaArchiveStore(store);
      Map<String, SealedFile> copies = new java.util.concurrent.ConcurrentHashMap<>();
      b.archive(
          wrap(
              ArchiveStore.class,
              real,
              (method, args) -> {
                if (method.getName().equals("add")) {
                  SealedFile f = (SealedFile) args[0];
                  real.add(f);
                  copies.put(f.fileId(), f);
                  return Optional.of(VOID);
                }
                if (method.getName().equals("find") && copies.containsKey((String) args[0])) {
                  return Optional.of(Optional.of(copies.get((String) args[0])));
                }
                return null;
              }));
    }
  }

  /** The snapshot as if reviewed and reported, with placeholders where the review would be. */
  private static GovernanceEventSnapshot takenAsReported(GovernanceEventSnapshot s) {
    return new GovernanceEventSnapshot(
        s.matter(),
        s.title(),
        s.categoryCode(),
        s.place(),
        s.receivedAt(),
        s.round(),
        EventState.RESULT_REPORTED,
        s.scope(),
        s.units(),
        s.lead(),
        s.dutyLeader(),
        s.cityReference(),
        s.handlingReports(),
        Optional.of(new EventReview("—", List.of("—"), "—")),
        Optional.of("—"),
        Optional.of("—"),
        s.dutyFallback(),
        s.transferReference());
  }

  private static GovernanceEventSnapshot withoutLead(GovernanceEventSnapshot s) {
    return new GovernanceEventSnapshot(
        s.matter(),
        s.title(),
        s.categoryCode(),
        s.place(),
        s.receivedAt(),
        s.round(),
        s.state(),
        s.scope(),
        s.units(),
        Optional.empty(),
        s.dutyLeader(),
        s.cityReference(),
        s.handlingReports(),
        s.review(),
        s.resultReport(),
        s.resultReference(),
        s.dutyFallback(),
        s.transferReference());
  }

  /**
   * A sign-for after its deadline is counted as a response: the response rate's numerator holds
   * late sign-fors (R8).
   */
  public static final class LateSignForCounted implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      CaseFactStore real = new JpaCaseFactStore(store);
      b.caseFacts(
          wrap(
              CaseFactStore.class,
              real,
              (method, args) -> {
                Object answer = call(method, real, args);
                if (answer instanceof Stream<?> all) {
                  return Optional.of(all.map(f -> signedInTime((MatterFact) f)));
                }
                if (answer instanceof Optional<?> one) {
                  return Optional.of(one.map(f -> signedInTime((MatterFact) f)));
                }
                return Optional.ofNullable(answer == null ? VOID : answer);
              }));
    }

    private static MatterFact signedInTime(MatterFact f) {
      if (f.signedForAt().isEmpty()
          && f.assignments().stream().allMatch(a -> a.signedForAt().isEmpty())) {
        return f;
      }
      List<Assignment> assignments =
          f.assignments().stream()
              .map(
                  a ->
                      new Assignment(
                          a.unit(),
                          a.assignedAt(),
                          a.responseDueAt(),
                          a.signedForAt().map(at -> earlier(at, a.responseDueAt()))))
              .toList();
      Optional<Instant> signed =
          f.signedForAt().map(at -> f.responseDueAt().map(due -> earlier(at, due)).orElse(at));
      RecordComponent[] parts = MatterFact.class.getRecordComponents();
      Object[] values = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      try {
        for (int i = 0; i < parts.length; i++) {
          types[i] = parts[i].getType();
          values[i] =
              switch (parts[i].getName()) {
                case "signedForAt" -> signed;
                case "assignments" -> assignments;
                default -> parts[i].getAccessor().invoke(f);
              };
        }
        return MatterFact.class.getDeclaredConstructor(types).newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The sign-for as if made by the deadline, never before the assignment. */
    private static Instant earlier(Instant signed, Instant due) {
      return signed.isAfter(due) ? due : signed;
    }
  }

  /**
   * A handled epidemic case is taken as fed back: it is assessed without supervision feedback
   * (6.7.1.1).
   */
  public static final class EpidemicLoopSkipsFeedback implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      EpidemicCaseRepository real = new JpaEpidemicCaseRepository(store);
      b.epidemicCases(
          wrap(
              EpidemicCaseRepository.class,
              real,
              (method, args) -> {
                if (!method.getName().equals("find")) {
                  return null;
                }
                @SuppressWarnings("unchecked")
                Optional<EpidemicCase> found = (Optional<EpidemicCase>) call(method, real, args);
                return Optional.of(
                    found.map(
                        c -> {
                          EpidemicCaseSnapshot s = c.snapshot();
                          if (s.state() != EpidemicCase.State.HANDLED) {
                            return c;
                          }
                          return EpidemicCase.fromSnapshot(
                              new EpidemicCaseSnapshot(
                                  s.id(),
                                  s.matter(),
                                  s.category(),
                                  s.summary(),
                                  EpidemicCase.State.FED_BACK,
                                  s.routedTo(),
                                  s.stageEnteredAt(),
                                  s.deadline(),
                                  s.steps()),
                              c.version());
                        }));
              }));
    }
  }

  /**
   * The deadline sweep's overdue notices are never kept: a passed deadline goes unsupervised
   * (6.2.1.3).
   */
  public static final class OverdueNoticesDropped implements CenterVariant {
    @Override
    public void apply(DivisionCode county, JpaStore store, GovernanceCenter.Builder b) {
      SupervisionFileRepository real = new JpaSupervisionFileRepository(store);
      b.supervisionFiles(
          wrap(
              SupervisionFileRepository.class,
              real,
              (method, args) ->
                  method.getName().equals("save")
                          && ((SupervisionFile) args[0])
                              .snapshot().notices().stream()
                                  .anyMatch(n -> n.level() != NoticeLevel.REMINDER)
                      ? Optional.of(VOID)
                      : null));
    }
  }

  private static final Object VOID = new Object();

  private static Matter withoutSource(Matter m) {
    MatterSnapshot s = m.snapshot();
    Registration r = s.registration();
    return Matter.fromSnapshot(
        copy(
            s,
            new Registration(
                r.channel(),
                Optional.empty(),
                r.preference(),
                r.parties(),
                r.categoryCode(),
                r.place(),
                r.description(),
                r.materials(),
                r.occurredAt(),
                r.cause()),
            s.notices()),
        m.version());
  }

  private static MatterSnapshot copy(
      MatterSnapshot s, Registration registration, List<SupplementNotice> notices) {
    return new MatterSnapshot(
        s.number(),
        registration,
        s.kind(),
        s.registeredAt(),
        s.state(),
        s.materials(),
        notices,
        s.refusal(),
        s.withdrawalReason(),
        s.links(),
        s.flags(),
        s.warnings(),
        s.handling(),
        s.result(),
        s.closedAt(),
        s.reopenCount());
  }

  private static Matter withoutLastItem(Matter m) {
    MatterSnapshot s = m.snapshot();
    if (s.notices().isEmpty()) {
      return m;
    }
    List<SupplementNotice> notices = new ArrayList<>(s.notices());
    SupplementNotice last = notices.get(notices.size() - 1);
    if (last.items().size() < 2) {
      return m;
    }
    notices.set(
        notices.size() - 1,
        new SupplementNotice(
            last.number(),
            last.issuedAt(),
            last.lastMaterialSeen(),
            last.items().subList(0, last.items().size() - 1)));
    return Matter.fromSnapshot(copy(s, s.registration(), notices), m.version());
  }

  /**
   * {@code real} behind {@code type}, one call bent: {@code bend} answers an Optional of the result
   * (VOID for a void method) to replace the call, or null to pass it through.
   */
  static <T> T wrap(Class<T> type, T real, BiFunction<Method, Object[], Optional<Object>> bend) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Optional<Object> bent = bend.apply(method, args);
              if (bent != null) {
                Object v = bent.orElse(null);
                return v == VOID ? null : v;
              }
              return call(method, real, args);
            }));
  }

  private static Object call(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
