package com.tam.protos.events;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real nats-server with JetStream for the {@code nats} tests: the binary installed by
 * scripts/nats-tools.sh ({@code -Dtam.nats.server=PATH}, default {@code .tools/bin/nats-server}),
 * on a free loopback port, storing in a temporary directory that is deleted on {@link #close()}.
 */
public final class NatsTestServer implements AutoCloseable {

  private final Path binary;
  private final Path storeDir;
  private final Path logFile;
  private final int port;
  private Process process;

  private NatsTestServer(Path binary, Path storeDir, int port) {
    this.binary = binary;
    this.storeDir = storeDir;
    this.logFile = storeDir.resolve("nats-server.log");
    this.port = port;
  }

  /** Starts a server; fails with the install command when the binary is missing. */
  public static NatsTestServer start() throws IOException, InterruptedException {
    Path binary =
        Path.of(
            System.getProperty(
                "tam.nats.server",
                Path.of(System.getProperty("basedir", "."), ".tools/bin/nats-server").toString()));
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "no nats-server at " + binary + ": install it with scripts/nats-tools.sh");
    }
    NatsTestServer server =
        new NatsTestServer(binary, Files.createTempDirectory("tam-nats-"), freePort());
    server.launch();
    return server;
  }

  /** The client URL, {@code nats://127.0.0.1:<port>}. */
  public String url() {
    return "nats://127.0.0.1:" + port;
  }

  /** Connection options that reconnect forever (the restart test relies on it). */
  public Options.Builder options() {
    return new Options.Builder()
        .server(url())
        .connectionTimeout(Duration.ofSeconds(5))
        .reconnectWait(Duration.ofMillis(100))
        .maxReconnects(-1);
  }

  /** A new connection. */
  public Connection connect() throws IOException, InterruptedException {
    return Nats.connect(options().build());
  }

  /**
   * Creates every stream from the committed nats/streams/*.json files through the JetStream API,
   * exactly as {@code nats stream add --config} sends them, with {@code num_replicas} set to 1 (one
   * server).
   */
  public void createStreams(Connection nc) throws IOException, InterruptedException {
    Path dir = Path.of(System.getProperty("basedir", "."), "nats/streams");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String json =
            Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("\"num_replicas\": \\d+", "\"num_replicas\": 1");
        String name = file.getFileName().toString().replace(".json", "");
        Message reply =
            nc.request(
                "$JS.API.STREAM.CREATE." + name,
                json.getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(10));
        String body = new String(reply.getData(), StandardCharsets.UTF_8);
        if (body.contains("\"error\"")) {
          throw new IllegalStateException("stream " + file + " refused: " + body);
        }
      }
    }
  }

  /** Kills the server (SIGKILL, like a crash) and starts it again on the same port and store. */
  public void crashAndRestart() throws IOException, InterruptedException {
    process.destroyForcibly().waitFor();
    launch();
  }

  /** Stops the server (SIGKILL: nothing is kept) and deletes its store. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (process != null) {
      process.destroyForcibly().waitFor();
    }
    try (Stream<Path> walk = Files.walk(storeDir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private void launch() throws IOException, InterruptedException {
    int readyBefore = readyLines();
    process =
        new ProcessBuilder(
                List.of(
                    binary.toString(),
                    "-js",
                    "-a",
                    "127.0.0.1",
                    "-p",
                    Integer.toString(port),
                    "-sd",
                    storeDir.resolve("jetstream").toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "nats-server exited: " + Files.readString(logFile, StandardCharsets.UTF_8));
      }
      try (Socket s = new Socket("127.0.0.1", port)) {
        if (readyLines() > readyBefore) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("nats-server did not start within 20 s on port " + port);
  }

  private int readyLines() throws IOException {
    if (!Files.exists(logFile)) {
      return 0;
    }
    return (int)
        Files.readAllLines(logFile, StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains("Server is ready"))
            .count();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
