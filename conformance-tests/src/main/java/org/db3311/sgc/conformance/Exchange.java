package org.db3311.sgc.conformance;

/**
 * One HTTP exchange a check made, kept as evidence with personal data already redacted (see {@link
 * Redaction}); the bearer token is never kept.
 */
public record Exchange(
    String method,
    String url,
    String requestBody,
    int status,
    String responseType,
    String responseBody,
    long millis) {

  /** The exchange as plain text, for an evidence file. */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("> ").append(method).append(' ').append(url).append('\n');
    if (requestBody != null && !requestBody.isEmpty()) {
      b.append(requestBody).append('\n');
    }
    b.append("< ").append(status).append(' ').append(responseType).append(" (").append(millis);
    b.append(" ms)\n");
    if (responseBody != null && !responseBody.isEmpty()) {
      b.append(responseBody).append('\n');
    }
    return b.toString();
  }
}
