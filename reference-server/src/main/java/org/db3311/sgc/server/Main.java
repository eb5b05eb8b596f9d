package org.db3311.sgc.server;

import org.db3311.sgc.server.console.ReportFont;
import org.db3311.sgc.server.security.DemoIssuer;
import org.db3311.sgc.server.wiring.ServerSettings;
import org.db3311.sgc.server.wiring.StoreHeadStart;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Starts the reference server (Helidon MP) with the configuration on the classpath. */
public final class Main {

  /** Weld's switch for checking every beans.xml against the XML schema as it boots. */
  static final String WELD_XML_VALIDATION_OFF = "org.jboss.weld.xml.disableValidating";

  private Main() {}

  public static void main(String[] args) {
    // Loading the beans.xml schema to check the descriptors took 3 % of the main thread's start-up
    // (JFR). The descriptors are the ones in the jar, and every test boots CDI without this Main,
    // with the check on: a bad one fails the build, not a county's server.
    if (System.getProperty(WELD_XML_VALIDATION_OFF) == null) {
      System.setProperty(WELD_XML_VALIDATION_OFF, "true");
    }
    // Start-up is mostly one thread (CDI, then JAX-RS); what the first readiness check needs is
    // made meanwhile on others: the demo issuer's key pair, the first county's store, the PDF font.
    DemoIssuer.prepareInBackground();
    // read once here, before CDI, which then finds the same configuration built
    Config config = ConfigProvider.getConfig();
    try {
      StoreHeadStart.begin(ServerSettings.from(config));
    } catch (RuntimeException badSettings) {
      // CDI reads them again and stops start-up naming the property
    }
    ReportFont.chooseInBackground(config.getOptionalValue(ReportFont.PROPERTY, String.class));
    io.helidon.Main.main(args);
  }
}
