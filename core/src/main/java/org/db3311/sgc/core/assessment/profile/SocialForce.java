package org.db3311.sgc.core.assessment.profile;

import java.util.Objects;

/**
 * A social service force (社会力量) hosted by the center (4.1.3.3).
 *
 * @param kind what service it provides
 * @param name its name, e.g. 青田县婚姻家庭纠纷调解委员会
 */
public record SocialForce(SocialForceKind kind, String name) {

  public SocialForce {
    Objects.requireNonNull(kind, "social force kind");
    Checks.text(name, "social force name");
  }
}
