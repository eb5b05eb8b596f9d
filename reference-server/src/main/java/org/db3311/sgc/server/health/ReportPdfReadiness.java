package org.db3311.sgc.server.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.db3311.sgc.server.console.ReportFont;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The console's report PDFs (6.4.1), as the readiness check {@code report-pdf}: the CJK font they
 * embed ({@value ReportFont#PROPERTY}, else the usual paths). Without one only the PDF download is
 * refused (503, saying how to configure a font) — the pages and their printing work — so, like the
 * displays, it answers UP with {@code report-pdf: DEGRADED} and every path tried, rather than DOWN.
 */
@Readiness
@ApplicationScoped
public class ReportPdfReadiness implements HealthCheck {

  static final String NAME = "report-pdf";

  @Override
  public HealthCheckResponse call() {
    var b = HealthCheckResponse.named(NAME).up();
    try {
      ReportFont.Choice font =
          ReportFont.choose(
              ConfigProvider.getConfig().getOptionalValue(ReportFont.PROPERTY, String.class));
      return switch (font) {
        case ReportFont.Found f ->
            b.withData(NAME, "UP").withData("font", f.file() + " " + f.name()).build();
        case ReportFont.Missing m ->
            b.withData(NAME, "DEGRADED").withData("font", m.detail()).build();
      };
    } catch (RuntimeException e) {
      return b.withData(NAME, "DEGRADED").withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
