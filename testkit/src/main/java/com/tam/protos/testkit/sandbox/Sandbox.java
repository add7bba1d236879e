package com.tam.protos.testkit.sandbox;

import com.tam.protos.testkit.platform.ReferencePlatform;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.MutableClock;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The platform on a laptop: all seven reference services in one process on {@code 127.0.0.1:9090},
 * with gRPC server reflection and {@code grpc.health.v1}, seeded with the demo data ({@link
 * ReferencePlatform#DEMO_USERS}, the demo tokens, one open market). Started by {@code
 * scripts/sandbox.sh}.
 *
 * <pre>
 * Sandbox [--port N] [--host ADDR] [--temporal HOST:PORT] [--nats URL] [--seed N]
 * </pre>
 *
 * <p>Its clock follows the wall clock (holds expire, tokens age) and the services' time-driven jobs
 * run every second ({@link ReferencePlatform#housekeeping()}). SIGINT (Ctrl-C) or SIGTERM stops the
 * server, the saga's Temporal worker and the event bus, and the process exits with status 0.
 */
public final class Sandbox {
  private Sandbox() {}

  /** The parsed command line. */
  record Options(String host, int port, String temporal, String nats, long seed) {
    static Options parse(String[] args) {
      String host = "127.0.0.1";
      int port = 9090;
      String temporal = null;
      String nats = null;
      long seed = 1;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--port" -> port = Integer.parseInt(value(args, ++i, a));
          case "--host" -> host = value(args, ++i, a);
          case "--temporal" -> temporal = value(args, ++i, a);
          case "--nats" -> nats = value(args, ++i, a);
          case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
          default -> throw new IllegalArgumentException("unknown argument " + a);
        }
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port must be 0..65535: " + port);
      }
      return new Options(host, port, temporal, nats, seed);
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return args[i];
    }
  }

  /**
   * Runs the sandbox until SIGINT or SIGTERM.
   *
   * @param args the command line
   * @throws InterruptedException if the main thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      usage(System.out);
      return;
    }
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("sandbox: " + e.getMessage());
      usage(System.err);
      System.exit(2);
      return;
    }
    MutableClock clock = MutableClock.startingAt(Instant.now());
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sandbox-clock");
              t.setDaemon(true);
              return t;
            });
    // The platform's clock follows the wall clock (it only moves forward).
    ticker.scheduleAtFixedRate(
        () -> {
          Instant now = Instant.now();
          if (now.isAfter(clock.instant())) {
            clock.set(now);
          }
        },
        100,
        100,
        TimeUnit.MILLISECONDS);

    ReferencePlatform platform;
    try {
      platform =
          ReferencePlatform.builder()
              .clock(clock)
              .seed(options.seed())
              .tcp(options.host(), options.port())
              .temporalAddress(options.temporal())
              .natsUrl(options.nats())
              .demoData(true)
              .start();
    } catch (RuntimeException e) {
      System.err.println("sandbox: cannot start: " + e.getMessage());
      e.printStackTrace();
      System.exit(1);
      return;
    }

    // The services' time-driven jobs (hold expiry, pending wallet bookings), as background jobs.
    ticker.scheduleWithFixedDelay(
        () -> {
          try {
            platform.housekeeping();
          } catch (RuntimeException e) {
            // A job that fails now runs again in a second (and at the start of every call).
          }
        },
        1,
        1,
        TimeUnit.SECONDS);

    CountDownLatch stop = new CountDownLatch(1);
    AtomicBoolean closed = new AtomicBoolean();
    Runnable shutdown =
        () -> {
          if (closed.compareAndSet(false, true)) {
            System.out.println("sandbox: stopping (server, saga worker, event bus)");
            platform.close();
            ticker.shutdownNow();
            System.out.println("sandbox: stopped");
          }
        };
    // Ctrl-C and SIGTERM end main normally (exit status 0); the hook covers any other exit.
    Signals.onInterruptOrTerminate(stop::countDown);
    Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "sandbox-shutdown"));

    banner(System.out, options, platform);
    stop.await();
    shutdown.run();
    // Every resource is closed; a lingering non-daemon thread must not keep the process alive.
    System.exit(0);
  }

  private static void banner(PrintStream out, Options o, ReferencePlatform p) {
    String address = o.host() + ":" + p.port();
    List<String> lines = new ArrayList<>();
    lines.add("TAM sandbox: the seven reference services on " + address + " (plaintext gRPC)");
    lines.add("  reflection and grpc.health.v1: grpcurl -plaintext " + address + " list");
    lines.add(
        "  saga:   "
            + (o.temporal() == null
                ? "in-process Temporal test service"
                : "Temporal frontend " + o.temporal()));
    lines.add(
        "  events: " + (o.nats() == null ? "in-memory event bus" : "NATS JetStream " + o.nats()));
    lines.add("Demo credentials (send as  authorization: Bearer <token>):");
    lines.add("  service token   " + DemoTokens.SERVICE_TOKEN);
    lines.add("  operator token  " + DemoTokens.OPERATOR_TOKEN);
    for (String user : ReferencePlatform.DEMO_USERS) {
      lines.add(
          "  user "
              + user
              + "  token "
              + DemoTokens.userToken(user)
              + "  (or LoginUser "
              + user
              + "@example.com / "
              + ReferencePlatform.DEMO_PASSWORD
              + "), wallet "
              + ReferencePlatform.DEMO_BALANCE
              + " "
              + ReferencePlatform.DEMO_CURRENCY);
    }
    lines.add(
        "Demo market: "
            + ReferencePlatform.DEMO_MARKET_ID
            + " (football, match odds, open), runners "
            + String.join(", ", ReferencePlatform.DEMO_RUNNERS));
    lines.add("Ready. Ctrl-C stops it.");
    lines.forEach(out::println);
    out.flush();
  }

  private static void usage(PrintStream out) {
    out.println(
        "usage: scripts/sandbox.sh [--port N] [--host ADDR] [--temporal HOST:PORT] [--nats URL]"
            + " [--seed N]");
    out.println("  --port N             listen port (default 9090; 0 picks a free one)");
    out.println("  --host ADDR          listen address (default 127.0.0.1)");
    out.println("  --temporal HOST:PORT run the bet saga on a real Temporal frontend");
    out.println("                       (default: the in-process Temporal test service)");
    out.println("  --nats URL           carry events on a NATS JetStream server, e.g.");
    out.println("                       nats://127.0.0.1:4222 (default: in-memory event bus)");
    out.println("  --seed N             seed of ids and random choices (default 1)");
  }
}
