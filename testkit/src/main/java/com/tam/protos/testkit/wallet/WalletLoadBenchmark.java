package com.tam.protos.testkit.wallet;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import com.google.protobuf.Message;
import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Grpc;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthGrpc;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Load generator for the wallet throughput figure of docs/BENCHMARKS.md (not a test): the reference
 * wallet's ReserveBalance with fresh keys against {@code grpc.health.v1.Health/Check} on the same
 * {@link PlatformServer} over Netty loopback, side by side in one run. Both go through the full
 * server chain (session interceptor, validation interceptor); ReserveBalance also authenticates a
 * service token, runs the replay rule, books a hold and prepares two events.
 *
 * <p>Closed loop: {@code --concurrency} callers each keep one call in flight for {@code --seconds};
 * the two phases alternate for {@code --rounds} rounds after a warm-up of {@code --warmup} seconds
 * each. Short phases and many rounds pair the two phases of a round more closely in time, so that
 * the machine's drift cancels in each round's ratio; the median of those ratios is the figure.
 * {@code --events validated} (the default) runs the wallet as the testkit does, every published
 * event checked by {@code Envelopes.prepare}; {@code --events unvalidated} fills the envelopes
 * without re-validating events built from validated values (a service that trusts its typed code to
 * build valid events and validates them in its tests). One configuration per JVM, so that neither
 * heap nor JIT state of one run colours the other. {@code --serve PORT} only starts the funded
 * server and waits, for an external load generator (ghz). Run with {@code scripts/bench-wallet.sh},
 * which runs both configurations.
 */
public final class WalletLoadBenchmark {
  private WalletLoadBenchmark() {}

  /**
   * Runs the benchmark and prints the figures.
   *
   * @param args {@code --concurrency N --seconds S --rounds R --warmup W --users U}
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    int concurrency = intArg(args, "--concurrency", 64);
    int seconds = intArg(args, "--seconds", 5);
    int rounds = intArg(args, "--rounds", 10);
    int warmup = intArg(args, "--warmup", 15);
    int users = intArg(args, "--users", 64);
    String events = stringArg(args, "--events", "validated");
    String phases = stringArg(args, "--phases", "health,reserve"); // a subset, for profiling
    ReferenceWalletService.Config config =
        switch (events) {
          case "validated" -> ReferenceWalletService.Config.defaults();
          case "unvalidated" -> ReferenceWalletService.Config.defaults().withEventValidation(false);
          default ->
              throw new IllegalArgumentException(
                  "--events is validated or unvalidated, not " + events);
        };
    try (Bench bench = new Bench(config, users)) {
      HealthGrpc.HealthFutureStub health = HealthGrpc.newFutureStub(bench.channel);
      IntFunction<ListenableFuture<? extends Message>> healthCall =
          caller -> health.check(HealthCheckRequest.getDefaultInstance());
      IntFunction<ListenableFuture<? extends Message>> reserveCall = bench.reserveCall(users);
      System.out.printf(
          Locale.ROOT,
          "machine: %d cores, %s %s, max heap %d MiB%n",
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.vm.name"),
          System.getProperty("java.version"),
          Runtime.getRuntime().maxMemory() >> 20);
      System.out.printf(
          Locale.ROOT,
          "load: %d callers (closed loop), %d s warm-up, %d s per phase, %d rounds, %d wallets,"
              + " events %s%n",
          concurrency,
          warmup,
          seconds,
          rounds,
          users,
          events);
      // Each phase warms up first: the JIT needs 10 to 15 s under this load.
      boolean runHealth = phases.contains("health");
      boolean runReserve = phases.contains("reserve");
      if (runHealth) {
        phase("warm-up health", healthCall, concurrency, warmup);
      }
      if (runReserve) {
        phase("warm-up reserve", reserveCall, concurrency, warmup);
      }
      List<Double> healthRates = new ArrayList<>();
      List<Double> reserveRates = new ArrayList<>();
      for (int r = 1; r <= rounds; r++) {
        if (runHealth) {
          healthRates.add(phase("round " + r + " Health/Check", healthCall, concurrency, seconds));
        }
        if (runReserve) {
          reserveRates.add(
              phase("round " + r + " ReserveBalance", reserveCall, concurrency, seconds));
        }
      }
      double h = average(healthRates);
      double w = average(reserveRates);
      // Each round measures both phases back to back, so a round's ratio is paired: a drift of the
      // machine's speed over the run (a 2-core VM varies by +-20 % from one minute to the next)
      // shows in the means but mostly cancels in the ratio of one round.
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < Math.min(healthRates.size(), reserveRates.size()); r++) {
        ratios.add(reserveRates.get(r) / healthRates.get(r));
      }
      System.out.printf(
          Locale.ROOT,
          "RESULT events %s: Health/Check %.0f calls/s; ReserveBalance %.0f calls/s;"
              + " ratio of the means %.2f; per round %s, median %.2f (target >= 0.80);"
              + " %d reservations held%n",
          events,
          h,
          w,
          w / h,
          ratios.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList(),
          median(ratios),
          bench.wallet.reservations().size());
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    if (n == 0) {
      return 0;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double average(List<Double> rates) {
    return rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** One PlatformServer over TCP with a reference wallet and funded wallets. */
  private static final class Bench implements AutoCloseable {
    final ReferenceWalletService wallet;
    final PlatformServer server;
    final ManagedChannel channel;
    final AtomicLong sequence = new AtomicLong();

    Bench(ReferenceWalletService.Config config, int users) {
      MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
      PlatformServer.Builder builder = PlatformServer.newBuilder(clock).tcp("127.0.0.1", 0);
      wallet =
          new ReferenceWalletService(
              new ServiceContext(
                  clock,
                  new DiscardingBus(),
                  builder.channel(),
                  BearerToken.of(DemoTokens.SERVICE_TOKEN),
                  Ids.seeded(7)),
              config);
      server = builder.addService(wallet).start();
      channel =
          Grpc.newChannelBuilder("127.0.0.1:" + server.port(), InsecureChannelCredentials.create())
              .build();
      WalletServiceGrpc.WalletServiceBlockingStub setup =
          WalletServiceGrpc.newBlockingStub(channel)
              .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
      for (int u = 0; u < users; u++) {
        String user = "bench-" + u;
        setup.openWallet(
            OpenWalletRequest.newBuilder()
                .setUserId(user)
                .setCurrency("EUR")
                .setIdempotencyKey("open-" + user)
                .build());
        setup.confirmDeposit(
            ConfirmDepositRequest.newBuilder()
                .setUserId(user)
                .setAmount("10000000.00")
                .setCurrency("EUR")
                .setPaymentReference("bench-funding-" + user)
                .setIdempotencyKey("fund-" + user)
                .build());
      }
    }

    /**
     * ReserveBalance with a fresh saga and key every call, 1.00 EUR from the caller's own wallet
     * (caller {@code c} bets from wallet {@code c mod users}): bettors place bets side by side, and
     * one bettor's bets follow one another.
     */
    IntFunction<ListenableFuture<? extends Message>> reserveCall(int users) {
      WalletServiceGrpc.WalletServiceFutureStub stub =
          WalletServiceGrpc.newFutureStub(channel)
              .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
      return caller -> {
        long n = sequence.incrementAndGet();
        String saga = "bench-saga-" + n;
        return stub.reserveBalance(
            ReserveBalanceRequest.newBuilder()
                .setUserId("bench-" + (caller % users))
                .setAmount("1.00")
                .setCurrency("EUR")
                .setSagaId(saga)
                .setIdempotencyKey(saga + ":reserve")
                .build());
      };
    }

    @Override
    public void close() {
      channel.shutdownNow();
      server.close();
    }
  }

  private static double phase(
      String name, IntFunction<ListenableFuture<? extends Message>> call, int callers, int seconds)
      throws InterruptedException {
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    long cpuStart = processCpuNanos();
    long gcStart = gcMillis();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    CountDownLatch done = new CountDownLatch(callers);
    long start = System.nanoTime();
    for (int c = 0; c < callers; c++) {
      int caller = c;
      new Object() {
        void next() {
          if (System.nanoTime() >= end) {
            done.countDown();
            return;
          }
          Futures.addCallback(
              call.apply(caller),
              new FutureCallback<Message>() {
                @Override
                public void onSuccess(Message result) {
                  ok.incrementAndGet();
                  next();
                }

                @Override
                public void onFailure(Throwable t) {
                  if (failed.incrementAndGet() == 1) {
                    System.err.println(name + ": first failure: " + t);
                  }
                  next();
                }
              },
              MoreExecutors.directExecutor());
        }
      }.next();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    double rate = ok.get() / elapsed;
    long cpu = processCpuNanos() - cpuStart;
    long gc = gcMillis() - gcStart;
    System.out.printf(
        Locale.ROOT,
        "%-26s %9d ok %6d failed in %5.1f s = %8.0f calls/s, %6.1f us CPU per call,"
            + " GC pauses %4d ms%n",
        name,
        ok.get(),
        failed.get(),
        elapsed,
        rate,
        cpu / 1e3 / Math.max(1, ok.get()),
        gc);
    return rate;
  }

  /** CPU time of this process (client and servers together), in nanoseconds. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Time the collectors spent in collections so far (pauses; concurrent work is in the CPU). */
  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .filter(t -> t > 0)
        .sum();
  }

  private static String stringArg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }

  /** A bus that drops every event (the benchmark measures the wallet, not a consumer). */
  private static final class DiscardingBus implements EventBus {
    @Override
    public void publish(Message event) {}

    @Override
    public <T extends Message> void subscribe(
        String consumer, T prototype, Consumer<? super T> handler) {}
  }
}
