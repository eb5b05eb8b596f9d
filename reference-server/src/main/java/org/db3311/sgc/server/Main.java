package org.db3311.sgc.server;

/** Starts the reference server (Helidon MP) with the configuration on the classpath. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    io.helidon.Main.main(args);
  }
}
