package org.db3311.sgc.core.intake;

import java.util.List;
import java.util.Objects;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: the applicant hands in materials, e.g. answering a supplement notice. */
public interface SubmitMaterialsUseCase {

  void submit(Command command);

  record Command(RegistrationNumber number, List<Material.Submitted> materials, Actor actor) {
    public Command {
      Objects.requireNonNull(number, "number");
      materials = List.copyOf(materials);
      if (materials.isEmpty()) {
        throw new IllegalArgumentException("submit at least one material");
      }
      Objects.requireNonNull(actor, "actor");
    }
  }
}
