package org.db3311.sgc.core.epidemic;

import java.util.ArrayList;
import java.util.List;
import org.db3311.sgc.core.catalog.Implements;
import org.db3311.sgc.core.common.AggregateRoot;
import org.db3311.sgc.core.common.Version;

/**
 * The county's epidemic-control command (疫情防控指挥部) as far as the center keeps it: the mode in force
 * (平时 or 战时) and the history of switches (平战转换). A small aggregate of its own, kept in an {@link
 * EpidemicCommandRepository}, so the mode survives a restart and two services cannot each believe a
 * different mode: a switch is saved with its version like any other change.
 */
@Implements("6.7.1.1")
public final class EpidemicCommand extends AggregateRoot<EpidemicModeSwitched> {

  /** The one command of the county: the id under which its state is stored. */
  public static final String ID = EpidemicModeSwitched.COMMAND;

  private EpidemicMode mode;
  private final List<ModeSwitch> switches;

  private EpidemicCommand(EpidemicCommandSnapshot s, Version version) {
    super(version);
    this.mode = s.mode();
    this.switches = new ArrayList<>(s.switches());
  }

  /** A command that has never switched: peacetime. */
  public static EpidemicCommand inPeacetime() {
    return new EpidemicCommand(
        new EpidemicCommandSnapshot(EpidemicMode.PEACETIME, List.of()), Version.NEW);
  }

  /** Rebuilds the stored command. */
  public static EpidemicCommand fromSnapshot(EpidemicCommandSnapshot snapshot, Version version) {
    return new EpidemicCommand(snapshot, version);
  }

  public EpidemicCommandSnapshot snapshot() {
    return new EpidemicCommandSnapshot(mode, switches);
  }

  /** Switches the mode; the switch is the command's next version. */
  ModeSwitch switchTo(ModeSwitch change) {
    if (change.from() != mode) {
      throw new IllegalArgumentException(
          "the command is in " + mode + ", not " + change.from() + ": cannot switch from it");
    }
    switches.add(change);
    mode = change.to();
    raise(new EpidemicModeSwitched(nextVersion(), change));
    return change;
  }

  public EpidemicMode mode() {
    return mode;
  }

  public List<ModeSwitch> switches() {
    return List.copyOf(switches);
  }
}
