package com.tam.protos.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.common.v1.BetSide;
import com.tam.protos.order.v1.CloseMarketRequest;
import com.tam.protos.order.v1.GetOrderRequest;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceOrderRequest;
import com.tam.protos.order.v1.SelectionResult;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.order.v1.SettleMarketRequest;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A bet end to end on the assembled platform, as the README's sandbox walk-through does it: the
 * saga (order-validator on Temporal) reserves, places and commits; order-book matches; the operator
 * settles; the wallet pays.
 */
class ReferencePlatformBetTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static ReferencePlatform p;

  @BeforeAll
  static void start() {
    p = ReferencePlatform.builder().seed(11).demoData(true).start();
  }

  @AfterAll
  static void stop() {
    p.close();
  }

  private static Order place(String user, BetSide side, String key) throws InterruptedException {
    var orders =
        OrderValidatorServiceGrpc.newBlockingStub(p.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.userToken(user)));
    var placed =
        orders.placeOrder(
            PlaceOrderRequest.newBuilder()
                .setUserId(user)
                .setMarketId(ReferencePlatform.DEMO_MARKET_ID)
                .setSelectionId("home")
                .setSide(side)
                .setPrice("2.00")
                .setStake("10.00")
                .setCurrency("EUR")
                .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_PERSIST)
                .setIdempotencyKey(key)
                .build());
    assertThat(p.awaitQuiescence(WAIT)).isTrue();
    return orders
        .getOrder(GetOrderRequest.newBuilder().setOrderId(placed.getOrderId()).build())
        .getOrder();
  }

  private static String balance(String user) {
    return WalletServiceGrpc.newBlockingStub(p.channel())
        .withCallCredentials(BearerToken.of(DemoTokens.userToken(user)))
        .getBalance(GetBalanceRequest.newBuilder().setUserId(user).build())
        .getBalance();
  }

  @Test
  @DisplayName(
      "alice backs, bob lays, the operator settles: the saga completes and the wallets pay")
  void aBetEndToEnd() throws Exception {
    assertThat(balance("alice")).isEqualTo("1000.00");

    Order back = place("alice", BetSide.BET_SIDE_BACK, "alice-back-1");
    Order lay = place("bob", BetSide.BET_SIDE_LAY, "bob-lay-1");

    assertThat(back.getState()).as(back.toString()).isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    assertThat(lay.getState()).as(lay.toString()).isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    assertThat(back.getBetId()).isNotEmpty();
    assertThat(balance("alice")).isEqualTo("990.00");
    assertThat(balance("bob")).isEqualTo("990.00");

    var operator =
        OrderBookServiceGrpc.newBlockingStub(p.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.OPERATOR_TOKEN));
    operator.closeMarket(
        CloseMarketRequest.newBuilder()
            .setMarketId(ReferencePlatform.DEMO_MARKET_ID)
            .setIdempotencyKey("close-1")
            .build());
    operator.settleMarket(
        SettleMarketRequest.newBuilder()
            .setMarketId(ReferencePlatform.DEMO_MARKET_ID)
            .addResults(result("home", SelectionResultType.SELECTION_RESULT_TYPE_WIN))
            .addResults(result("draw", SelectionResultType.SELECTION_RESULT_TYPE_LOSE))
            .addResults(result("away", SelectionResultType.SELECTION_RESULT_TYPE_LOSE))
            .setIdempotencyKey("settle-1")
            .build());
    assertThat(p.awaitQuiescence(WAIT)).isTrue();

    // alice: 990.00 + 20.00 payout - 5 % commission on her net winnings of 10.00.
    assertThat(balance("alice")).isEqualTo("1009.50");
    assertThat(balance("bob")).isEqualTo("990.00");
  }

  private static SelectionResult result(String id, SelectionResultType type) {
    return SelectionResult.newBuilder().setSelectionId(id).setResult(type).build();
  }
}
