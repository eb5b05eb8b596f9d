package org.db3311.sgc.conformance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The reference server's packaged jar, started as a separate process on a free port, so the kit is
 * tested exactly as an inspector runs it: over HTTP, against a running deployment.
 */
final class ReferenceServerProcess implements AutoCloseable {

  private final Process process;
  private final URI base;
  private final Path log;

  private ReferenceServerProcess(Process process, URI base, Path log) {
    this.process = process;
    this.base = base;
    this.log = log;
  }

  static ReferenceServerProcess start() throws IOException, InterruptedException {
    Path root = Path.of("").toAbsolutePath().getParent();
    Path jar = root.resolve("reference-server/target/sgc-reference-server.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: the kit's tests run after the server is packaged (bin/test)");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path work = Files.createDirectories(Path.of("target/reference-server-" + port));
    Path log = work.resolve("server.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Dserver.port=" + port,
                    "-Dserver.host=127.0.0.1",
                    "-Dsgc.data-dir=" + work.toAbsolutePath().resolve("data"),
                    "-jar",
                    jar.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    ReferenceServerProcess server =
        new ReferenceServerProcess(p, URI.create("http://127.0.0.1:" + port + "/"), log);
    server.awaitHealthy(Duration.ofSeconds(90));
    return server;
  }

  URI base() {
    return base;
  }

  private void awaitHealthy(Duration limit) throws InterruptedException, IOException {
    Deployment d = new Deployment(base);
    Instant until = Instant.now().plus(limit);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "reference server exited with " + process.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        if (d.get("/health").status() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the port is not open yet
      }
      Thread.sleep(250);
    }
    close();
    throw new IllegalStateException("reference server not healthy within " + limit);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
