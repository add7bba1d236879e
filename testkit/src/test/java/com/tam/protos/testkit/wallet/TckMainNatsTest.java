package com.tam.protos.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.NatsEventBus;
import com.tam.protos.testkit.support.NatsServerProcess;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.tck.TckMain;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import io.nats.client.Connection;
import io.nats.client.Nats;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code TckMain --nats}: the wallet suite run from the command line against a reference wallet
 * that publishes on a real nats-server, with every test also checking the events published there.
 * Tagged {@code nats}: runs in the nats gate.
 */
@Tag("nats")
class TckMainNatsTest {
  private NatsServerProcess nats;
  private NatsEventBus bus;
  private PlatformServer server;

  @BeforeEach
  void startNats() throws Exception {
    nats = NatsServerProcess.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (bus != null) {
      bus.close();
    }
    nats.close();
  }

  /**
   * Starts a reference wallet over TCP whose events go to {@code events} (wrapping the NATS bus).
   */
  private int wallet(java.util.function.Function<EventBus, EventBus> events) {
    MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
    bus = NatsEventBus.connect(nats.url(), clock);
    PlatformServer.Builder builder = PlatformServer.newBuilder(clock).tcp("127.0.0.1", 0);
    ServiceContext ctx =
        new ServiceContext(
            clock,
            events.apply(bus),
            builder.channel(),
            BearerToken.of(DemoTokens.SERVICE_TOKEN),
            Ids.seeded(5));
    server = builder.addService(new ReferenceWalletService(ctx)).start();
    return server.port();
  }

  private static int tck(int port, String natsUrl, Path junitXml, ByteArrayOutputStream out) {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return TckMain.run(
        new String[] {
          "--suite",
          "wallet",
          "--target",
          "127.0.0.1:" + port,
          "--nats",
          natsUrl,
          "--junit-xml",
          junitXml.toString()
        },
        print,
        print);
  }

  @Test
  void theWalletSuitePassesWithItsEventsCheckedOnNats(@TempDir Path dir) {
    int port = wallet(b -> b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int code = tck(port, nats.url(), dir.resolve("report.xml"), out);

    assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .as("the wallet's own events reached the tap")
        .containsPattern("events: [1-9][0-9]+ received on " + nats.url());
  }

  @Test
  void eventsThatBreakTheirContractFailTheSuiteNamingTheRule(@TempDir Path dir) throws Exception {
    try (Connection raw = Nats.connect(nats.url())) {
      AtomicBoolean sent = new AtomicBoolean();
      // With the first ledger entry, a broken publisher beside the wallet puts three bad messages
      // on the server, past the kit's publisher (which would refuse them).
      Consumer<Message> alongside =
          event -> {
            if (event instanceof TransactionRecordedEvent && sent.compareAndSet(false, true)) {
              raw.publish("tam.wallet.v1.wallet.opened", badCurrency().toByteArray());
              raw.publish(
                  "tam.wallet.v1.transaction.recorded",
                  new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff});
              raw.publish("tam.wallet.v1.no.such.event", new byte[0]);
            }
          };
      int port =
          wallet(
              b ->
                  new EventBus() {
                    @Override
                    public void publish(Message event) {
                      b.publish(event);
                      alongside.accept(event);
                    }

                    @Override
                    public <T extends Message> void subscribe(
                        String consumer, T prototype, Consumer<? super T> handler) {
                      b.subscribe(consumer, prototype, handler);
                    }
                  });
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Path xml = dir.resolve("report.xml");

      int code = tck(port, nats.url(), xml, out);

      assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(1);
      assertThat(sent).isTrue();
      assertThat(Files.readString(xml))
          .contains(
              "[events.valid] wallet.v1.WalletOpenedEvent 00000000-0000-4000-8000-000000000001")
          .contains("currency: string.pattern")
          .contains("[events.decodable] a message on tam.wallet.v1.transaction.recorded")
          .contains(
              "[events.declared] a message on tam.wallet.v1.no.such.event, which no event"
                  + " declares");
    }
  }

  private static WalletOpenedEvent badCurrency() {
    return WalletOpenedEvent.newBuilder()
        .setMetadata(
            EventMetadata.newBuilder()
                .setEventId("00000000-0000-4000-8000-000000000001")
                .setOccurTime(Timestamp.newBuilder().setSeconds(1_780_315_200L))
                .setProducer("wallet-service")
                .setSubject("tam.wallet.v1.wallet.opened")
                .setAggregateId("nobody")
                .setAggregateVersion(1))
        .setUserId("nobody")
        .setCurrency("euro")
        .build();
  }
}
