package org.db3311.sgc.core.intake;

/** Outgoing port: the queue-calling screens at the windows and in the waiting zone (叫号屏). */
public interface DisplayBoard {

  void show(QueueCall call);
}
