package org.db3311.sgc.core.emergency;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Who leads a major incident (6.6.1): a responsible leader, or a task force stationed on it. */
public sealed interface Leadership {

  Actor head();

  /** 相关责任领导牵头. */
  record LeadLeader(Actor head, String post) implements Leadership {
    public LeadLeader {
      Objects.requireNonNull(head, "head");
      if (post == null || post.isBlank()) {
        throw new IllegalArgumentException("a lead leader's post is named");
      }
    }
  }

  /** 工作专班入驻指导. */
  record TaskForce(String name, Actor head, List<Actor> members) implements Leadership {
    public TaskForce {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a task force has a name");
      }
      Objects.requireNonNull(head, "head");
      members = List.copyOf(members);
    }
  }
}
