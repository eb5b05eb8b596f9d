package org.db3311.sgc.adapter.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder between the board and the real broker, so that a test can cut the board's
 * connection (as a network failure would) without touching the broker other tests share.
 */
final class TcpProxy implements AutoCloseable {

  private final ServerSocket server;
  private final String upstreamHost;
  private final int upstreamPort;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  TcpProxy(String upstreamHost, int upstreamPort) throws IOException {
    this.upstreamHost = upstreamHost;
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  /** Cuts every connection through the proxy; new ones are still accepted. */
  void dropConnections() {
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException e) {
        // already closed
      }
    }
    open.clear();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket downstream = server.accept();
        Socket upstream = new Socket(upstreamHost, upstreamPort);
        open.add(downstream);
        open.add(upstream);
        Thread.ofVirtual().start(() -> pump(downstream, upstream));
        Thread.ofVirtual().start(() -> pump(upstream, downstream));
      } catch (IOException e) {
        // the server socket was closed, or the broker refused: the client sees a closed connection
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // one side closed
    } finally {
      try {
        from.close();
        to.close();
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    dropConnections();
  }
}
