package com.tam.protos.testkit.platform;

import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.user.ReferenceUserService;
import io.grpc.Channel;
import java.util.List;

/**
 * Builds the reference services of one platform on one server builder and seeds their demo data.
 * Every service is built from the same {@link ServiceContext}; the user-service is the server's
 * user-service, so it validates every call's token (JWTs it issued and the demo tokens).
 */
final class Assembly {
  final ReferenceUserService users;

  Assembly(
      PlatformServer.Builder server,
      ServiceContext ctx,
      String temporalAddress,
      List<AutoCloseable> resources) {
    this.users = new ReferenceUserService(ctx);
    server.userService(users);
  }

  /**
   * Seeds the demo data through the services' seeding methods and RPCs (as the service and operator
   * tokens): the demo users (their registration event opens their wallets), their deposits, the
   * demo market.
   *
   * @param channel a channel to the started server
   */
  void seedDemoData(Channel channel) {
    for (String id : ReferencePlatform.DEMO_USERS) {
      users.seedUser(
          id,
          id + "@example.com",
          ReferencePlatform.DEMO_PASSWORD,
          ReferencePlatform.DEMO_CURRENCY);
    }
  }
}
