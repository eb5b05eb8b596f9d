package org.db3311.sgc.server.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.db3311.sgc.server.problem.Problem;
import org.db3311.sgc.server.wiring.ServerSettings;

/**
 * Refuses request bodies above {@code sgc.http.max-body-bytes} (default 1 MiB) with 413, whether
 * the client declares the length or streams the body in chunks — before anything is parsed.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

  @Inject ServerSettings settings;

  @Override
  public void filter(ContainerRequestContext request) {
    long max = settings.maxBodyBytes();
    if (request.getLength() > max) {
      throw tooLarge(max);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream(), max));
    }
  }

  /** The 413 problem of a body above {@code max} bytes, for every handler that reads bodies. */
  public static Problem.Exception tooLarge(long max) {
    return new Problem.Exception(
        new Problem(
            URI.create("urn:db3311:problem:body-too-large"),
            "Request body too large",
            413,
            "Request bodies are limited to " + max + " bytes.",
            List.of()));
  }

  private static final class Limited extends FilterInputStream {
    private final long max;
    private long read;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      read += n;
      if (read > max) {
        throw tooLarge(max);
      }
    }
  }
}
