package org.db3311.sgc.core.reception;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.Actor;

/** Incoming port: publish a month's rota (定期公开领导接访安排), and read what is published. */
@Implements("6.2.1.2")
public interface PublishRotaUseCase {

  /** Publishes the rota; returns why not when a working day lacks its leader (empty on success). */
  List<String> publish(Command command);

  /** The published rota of a month, as the public sees it. */
  Optional<Map<LocalDate, CountyLeader>> published(YearMonth month);

  record Command(YearMonth month, Actor actor) {
    public Command {
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
