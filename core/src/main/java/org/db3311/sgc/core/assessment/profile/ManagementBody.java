package org.db3311.sgc.core.assessment.profile;

import java.util.Collection;
import java.util.Set;

/**
 * The center's management body (管理部门, 4.1.2).
 *
 * @param name the body's name
 * @param dedicated whether it is a dedicated body (专门的管理机构) rather than a side duty of another
 * @param operatingForReal whether it operates as a real entity (实体化运作)
 * @param functions the functions it performs
 */
public record ManagementBody(
    String name, boolean dedicated, boolean operatingForReal, Set<ManagementFunction> functions) {

  public ManagementBody {
    Checks.text(name, "management body name");
    functions = Checks.enums(ManagementFunction.class, functions, "management functions");
  }

  public static ManagementBody of(
      String name,
      boolean dedicated,
      boolean operatingForReal,
      Collection<ManagementFunction> functions) {
    return new ManagementBody(name, dedicated, operatingForReal, Set.copyOf(functions));
  }
}
