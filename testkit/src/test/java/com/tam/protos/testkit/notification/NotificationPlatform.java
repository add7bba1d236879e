package com.tam.protos.testkit.notification;

import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.InMemoryEventBus;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.tck.TckEvents;
import com.tam.protos.testkit.user.ReferenceTarget;
import com.tam.protos.testkit.user.ReferenceUserService;
import java.time.Instant;
import java.util.function.Function;

/** A platform server with the reference user-service and notification-service. */
final class NotificationPlatform implements AutoCloseable {
  final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  final RecordingEventBus bus = new RecordingEventBus();
  final EventBus events;

  /**
   * What the services publish (none when the bus keeps no record); one instance for the platform.
   */
  final TckEvents tap;

  final ReferenceUserService users;
  final ReferenceNotificationService notifications;
  final PlatformServer server;

  NotificationPlatform(Function<ServiceContext, ReferenceNotificationService> factory) {
    this(factory, null);
  }

  /** A platform whose services share {@code events} (the recording bus when null). */
  NotificationPlatform(
      Function<ServiceContext, ReferenceNotificationService> factory, EventBus events) {
    this.events = events == null ? bus : events;
    this.tap =
        this.events instanceof InMemoryEventBus memory
            ? memory::published
            : this.events == bus ? bus::published : null;
    PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
    ServiceContext ctx =
        new ServiceContext(
            clock,
            this.events,
            builder.channel(),
            BearerToken.of(DemoTokens.SERVICE_TOKEN),
            Ids.seeded(3));
    users = new ReferenceUserService(ctx);
    notifications = factory.apply(ctx);
    server = builder.userService(users).addService(notifications).start();
  }

  ReferenceTarget target() {
    return new ReferenceTarget(server.channel(), users, clock, tap);
  }

  @Override
  public void close() {
    server.close();
  }
}
