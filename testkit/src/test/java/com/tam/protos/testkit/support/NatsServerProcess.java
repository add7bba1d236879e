package com.tam.protos.testkit.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real nats-server with JetStream on a free loopback port and a temporary store, for the tests
 * tagged {@code nats} (the binary comes from scripts/nats-tools.sh, or {@code
 * -Dtam.nats.server=PATH}). Close it to stop the server and delete the store.
 */
public final class NatsServerProcess implements AutoCloseable {
  private final Process server;
  private final Path store;
  private final String url;

  private NatsServerProcess(Process server, Path store, String url) {
    this.server = server;
    this.store = store;
    this.url = url;
  }

  /**
   * Starts a server and returns once it accepts connections.
   *
   * @return the running server
   * @throws IOException if the binary is missing or the server does not start
   * @throws InterruptedException if interrupted while waiting
   */
  public static NatsServerProcess start() throws IOException, InterruptedException {
    Path binary =
        Path.of(
            System.getProperty(
                "tam.nats.server",
                Path.of(System.getProperty("basedir", "."), "../.tools/bin/nats-server")
                    .toString()));
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "no nats-server at " + binary + ": install it with scripts/nats-tools.sh");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path store = Files.createTempDirectory("tam-testkit-nats-");
    Process server =
        new ProcessBuilder(
                binary.toString(),
                "-js",
                "-a",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-sd",
                store.resolve("js").toString())
            .redirectErrorStream(true)
            .redirectOutput(store.resolve("server.log").toFile())
            .start();
    NatsServerProcess running = new NatsServerProcess(server, store, "nats://127.0.0.1:" + port);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return running;
      } catch (IOException e) {
        if (System.nanoTime() > deadline || !server.isAlive()) {
          running.close();
          throw new IOException("nats-server did not start", e);
        }
        Thread.sleep(50);
      }
    }
  }

  /**
   * The server's URL.
   *
   * @return {@code nats://127.0.0.1:<port>}
   */
  public String url() {
    return url;
  }

  /** Stops the server and deletes its store. */
  @Override
  public void close() throws IOException, InterruptedException {
    server.destroyForcibly().waitFor();
    try (Stream<Path> walk = Files.walk(store)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
