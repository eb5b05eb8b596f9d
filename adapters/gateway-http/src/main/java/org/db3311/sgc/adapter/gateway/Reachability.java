package org.db3311.sgc.adapter.gateway;

import java.net.URI;
import java.util.Objects;

/**
 * Whether another body answered its health endpoint ({@code GET {base-url}/health}) with the
 * center's credentials, as a health check reports it.
 *
 * @param detail why it is down ("connection refused", "HTTP 401: credentials refused", …), or
 *     {@code "HTTP 200"}
 */
public record Reachability(String body, URI baseUrl, boolean up, String detail) {

  public Reachability {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(detail, "detail");
  }
}
