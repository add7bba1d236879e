package com.tam.protos.testkit.platform;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.testkit.notification.ReferenceNotificationService;
import com.tam.protos.testkit.orderbook.ReferenceOrderBookService;
import com.tam.protos.testkit.reporting.ReferenceReportingService;
import com.tam.protos.testkit.risk.ReferenceRiskService;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.user.ReferenceUserService;
import com.tam.protos.testkit.validator.OrderValidatorConfig;
import com.tam.protos.testkit.validator.ReferenceOrderValidatorService;
import com.tam.protos.testkit.wallet.ReferenceWalletService;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.StartDepositRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Channel;
import java.time.Instant;
import java.util.List;

/**
 * Builds the reference services of one platform on one server builder and seeds their demo data.
 * Every service is built from the same {@link ServiceContext}; the user-service is the server's
 * user-service, so it validates every call's token (JWTs it issued and the demo tokens).
 */
final class Assembly {
  final ServiceContext ctx;
  final ReferenceUserService users;
  final ReferenceWalletService wallet;
  final ReferenceRiskService risk;
  final ReferenceOrderBookService orderBook;
  final ReferenceOrderValidatorService orderValidator;
  final ReferenceNotificationService notifications;
  final ReferenceReportingService reporting;

  Assembly(
      PlatformServer.Builder server,
      ServiceContext ctx,
      String temporalAddress,
      List<AutoCloseable> resources) {
    this.ctx = ctx;
    this.users = new ReferenceUserService(ctx);
    server.userService(users);
    // With risk-analyzer on the platform, deposits and withdrawals are checked by it.
    this.wallet =
        new ReferenceWalletService(ctx, ReferenceWalletService.Config.defaults().withRisk(true));
    this.risk = new ReferenceRiskService(ctx);
    this.orderBook = new ReferenceOrderBookService(ctx);
    // The contract's AssessBet budget is 100 ms per attempt; a cold JVM on a loaded machine (first
    // CEL compilation of the request's rules) can exceed it and fail the order closed, so the
    // in-process platform gives risk-analyzer 2 s (docs/testkit.md, "Order validator").
    this.orderValidator =
        new ReferenceOrderValidatorService(
            ctx,
            OrderValidatorConfig.defaults()
                .withTemporalAddress(temporalAddress)
                .withAssessAttemptTimeout(java.time.Duration.ofSeconds(2)));
    resources.add(orderValidator);
    server.addService(wallet).addService(risk).addService(orderBook).addService(orderValidator);
    this.notifications = new ReferenceNotificationService(ctx);
    this.reporting = new ReferenceReportingService(ctx);
    resources.add(reporting);
    server.addService(notifications).addService(reporting);
  }

  /**
   * Moves time-driven work along, as the services' background jobs would: expires due holds in the
   * wallet, retries the order-book's pending wallet bookings and resolves due in-play delays.
   *
   * @return the order-book's bookings still pending afterwards
   */
  int housekeeping() {
    wallet.expireDue();
    return orderBook.runPendingWork();
  }

  /**
   * Whether every saga the order-validator started has ended (or is FAILED, awaiting an operator).
   *
   * @param timeout the longest wait
   * @return true when none is running
   */
  boolean awaitSagas(java.time.Duration timeout) {
    return orderValidator.awaitSagas(timeout);
  }

  /**
   * Seeds the accounts of the demo users (their registration event opens their wallets and risk
   * profiles).
   */
  void seedUsers() {
    for (String id : ReferencePlatform.DEMO_USERS) {
      users.seedUser(
          id,
          id + "@example.com",
          ReferencePlatform.DEMO_PASSWORD,
          ReferencePlatform.DEMO_CURRENCY);
    }
  }

  /**
   * Funds the demo wallets and opens the demo market through the RPCs, as the service and the
   * operator (after {@link #seedUsers()} and quiescence).
   *
   * @param channel a channel to the started server
   */
  void seedMoneyAndMarket(Channel channel) {
    var walletStub =
        WalletServiceGrpc.newBlockingStub(channel)
            .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
    for (String id : ReferencePlatform.DEMO_USERS) {
      // The registration event has opened it already; OpenWallet is naturally idempotent.
      walletStub.openWallet(
          OpenWalletRequest.newBuilder()
              .setUserId(id)
              .setCurrency(ReferencePlatform.DEMO_CURRENCY)
              .setIdempotencyKey("open-wallet:" + id)
              .build());
      var payment =
          walletStub
              .startDeposit(
                  StartDepositRequest.newBuilder()
                      .setUserId(id)
                      .setAmount(ReferencePlatform.DEMO_BALANCE)
                      .setCurrency(ReferencePlatform.DEMO_CURRENCY)
                      .setIdempotencyKey("demo-deposit:" + id)
                      .build())
              .getPayment();
      walletStub.confirmDeposit(
          ConfirmDepositRequest.newBuilder()
              .setUserId(id)
              .setPaymentId(payment.getPaymentId())
              .setAmount(ReferencePlatform.DEMO_BALANCE)
              .setCurrency(ReferencePlatform.DEMO_CURRENCY)
              .setPaymentReference("demo-psp-" + id)
              .setIdempotencyKey("demo-deposit-confirm:" + id)
              .build());
    }
    Instant kickOff = ctx.clock().instant().plus(java.time.Duration.ofDays(2));
    OrderBookServiceGrpc.newBlockingStub(channel)
        .withCallCredentials(BearerToken.of(DemoTokens.OPERATOR_TOKEN))
        .openMarket(
            OpenMarketRequest.newBuilder()
                .setMarketId(ReferencePlatform.DEMO_MARKET_ID)
                .setFixture(
                    Fixture.newBuilder()
                        .setFixtureId("demo-fixture")
                        .setDisplayName("Arsenal v Chelsea")
                        .setSport("football")
                        .setCompetitionId("premier-league-2026")
                        .setCompetitionName("Premier League")
                        .setCountryCode("GB")
                        .setStartTime(Timestamp.newBuilder().setSeconds(kickOff.getEpochSecond())))
                .setMarketType("MATCH_ODDS")
                .setDisplayName("Match Odds")
                .setCurrency(ReferencePlatform.DEMO_CURRENCY)
                .addRunners(runner("home", "Arsenal"))
                .addRunners(runner("draw", "The Draw"))
                .addRunners(runner("away", "Chelsea"))
                .setCommissionRateBp(500)
                .setBetDelay(Duration.getDefaultInstance())
                .setIdempotencyKey("demo-market")
                .build());
  }

  private static Runner runner(String id, String name) {
    return Runner.newBuilder().setSelectionId(id).setDisplayName(name).build();
  }
}
