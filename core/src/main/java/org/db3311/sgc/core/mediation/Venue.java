package org.db3311.sgc.core.mediation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.UnitId;

/** Where a dispute is mediated (6.2.1.1.1). */
@Implements("6.2.1.1.1")
public sealed interface Venue {

  /** The unit answerable for the mediation, which supervision follows. */
  UnitId lead();

  /** The units taking part besides the lead, which the unified supervision view counts too. */
  default Set<UnitId> participants() {
    return Set.of();
  }

  /** 相关责任部门. */
  record ResponsibleDepartment(UnitId lead) implements Venue {
    public ResponsibleDepartment {
      Objects.requireNonNull(lead, "lead");
    }
  }

  /** 多部门联合调处: several units, one of which leads (8.2.3 unified coordination). */
  @Implements("8.2.3")
  record JointMediation(UnitId lead, List<UnitId> members) implements Venue {
    public JointMediation {
      Objects.requireNonNull(lead, "lead");
      members = List.copyOf(members);
      if (members.isEmpty()) {
        throw new IllegalArgumentException("a joint mediation has members besides its lead");
      }
      if (members.contains(lead)) {
        throw new IllegalArgumentException("the lead unit is not also a member");
      }
    }

    @Override
    public Set<UnitId> participants() {
      return Set.copyOf(members);
    }
  }

  /** 属地调解组织: the local people's mediation committee. */
  record MediationCommittee(UnitId lead) implements Venue {
    public MediationCommittee {
      Objects.requireNonNull(lead, "lead");
    }
  }
}
