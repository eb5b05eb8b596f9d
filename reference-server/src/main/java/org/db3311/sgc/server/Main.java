package org.db3311.sgc.server;

/** Starts the reference server (Helidon MP) with the configuration on the classpath. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // on a second core while CDI boots: the demo issuer's key pair is needed only once it has
    org.db3311.sgc.server.security.DemoIssuer.prepareInBackground();
    io.helidon.Main.main(args);
  }
}
