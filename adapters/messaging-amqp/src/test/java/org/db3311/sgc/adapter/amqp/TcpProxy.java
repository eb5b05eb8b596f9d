package org.db3311.sgc.adapter.amqp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A port in front of the real broker that a test can take down and bring back: while it is down
 * nothing listens on it and every connection through it is cut, as when the broker's host is
 * unreachable; up again, it forwards to the broker as before.
 */
final class TcpProxy implements AutoCloseable {

  private final int target;
  private final int port;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;
  private volatile boolean refusing;

  TcpProxy(int target) throws IOException {
    this.target = target;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      this.port = probe.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  synchronized void up() throws IOException {
    refusing = false;
    if (server != null) {
      return;
    }
    ServerSocket s = new ServerSocket();
    s.setReuseAddress(true);
    s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = s;
    Thread.ofPlatform().daemon().start(() -> accept(s));
  }

  /**
   * The broker becomes unreachable: open connections are cut and new ones closed at once. The port
   * stays bound to the proxy, so no other program on the machine can take it over meanwhile.
   */
  synchronized void down() {
    refusing = true;
    for (Socket socket : sockets) {
      closeQuietly(socket);
    }
    sockets.clear();
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        if (refusing) {
          closeQuietly(client);
          continue;
        }
        Socket broker = new Socket(InetAddress.getLoopbackAddress(), target);
        sockets.add(client);
        sockets.add(broker);
        pump(client, broker);
        pump(broker, client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // one side closed: close both
              } finally {
                closeQuietly(from);
                closeQuietly(to);
              }
            });
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // already closed
    }
  }

  @Override
  public synchronized void close() {
    down();
    ServerSocket s = server;
    server = null;
    if (s != null) {
      closeQuietly(s);
    }
  }
}
