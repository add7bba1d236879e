package com.tam.protos.testkit.simulation;

import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.GetMarketRequest;
import com.tam.protos.order.v1.GetOrderRequest;
import com.tam.protos.order.v1.ListBetFillsRequest;
import com.tam.protos.order.v1.ListBetFillsResponse;
import com.tam.protos.order.v1.ListBetsRequest;
import com.tam.protos.order.v1.ListBetsResponse;
import com.tam.protos.order.v1.Market;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderBookServiceGrpc.OrderBookServiceBlockingStub;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc.OrderValidatorServiceBlockingStub;
import com.tam.protos.reporting.v1.ReportTotals;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.ListTransactionsRequest;
import com.tam.protos.wallet.v1.ListTransactionsResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import com.tam.protos.wallet.v1.WalletServiceGrpc.WalletServiceBlockingStub;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an {@link AuditSnapshot} through the contracts' read RPCs only (GetBalance,
 * ListTransactions, GetReservation, GetOrder, ListBets, ListBetFills, GetMarket), as an auditor
 * with service and operator credentials would, so that the invariants can be checked against any
 * implementation of the services. Read calls follow the retry rule ({@link Calls}), since faults
 * may be injected into them too.
 */
public final class AuditCollector {

  private final WalletServiceBlockingStub wallet;
  private final OrderBookServiceBlockingStub book;
  private final OrderValidatorServiceBlockingStub orders;
  private final Calls calls;

  /**
   * A collector on a platform channel.
   *
   * @param channel the platform's channel
   * @param service service-role credentials (wallet reads of any user)
   * @param operator operator-role credentials (orders and bets of every user)
   * @param calls the retrying caller
   */
  public AuditCollector(
      Channel channel, CallCredentials service, CallCredentials operator, Calls calls) {
    this.wallet = WalletServiceGrpc.newBlockingStub(channel).withCallCredentials(service);
    this.book = OrderBookServiceGrpc.newBlockingStub(channel).withCallCredentials(operator);
    this.orders = OrderValidatorServiceGrpc.newBlockingStub(channel).withCallCredentials(operator);
    this.calls = calls;
  }

  /**
   * Reads the snapshot.
   *
   * @param clock the platform clock
   * @param users every user id
   * @param marketIds every market the simulation opened
   * @param orderIds every order the simulation placed
   * @param events the ledger rebuilt from events
   * @param voidedMarkets the markets the simulation voided
   * @param deposits confirmed deposits per currency
   * @param withdrawals withdrawals that left the platform per currency
   * @param reportCurrency the currency of {@code report}
   * @param report the daily report's totals (default instance when none)
   * @param reportProblem why there is no report, or ""
   * @return the snapshot
   */
  public AuditSnapshot collect(
      Clock clock,
      Collection<String> users,
      Collection<String> marketIds,
      Collection<String> orderIds,
      EventLedger events,
      EventAudit audit,
      Set<String> voidedMarkets,
      Map<String, BigDecimal> deposits,
      Map<String, BigDecimal> withdrawals,
      String reportCurrency,
      ReportTotals report,
      String reportProblem) {
    Map<String, GetBalanceResponse> balances = new LinkedHashMap<>();
    Map<String, List<Transaction>> ledgers = new LinkedHashMap<>();
    Set<String> reservationIds = new LinkedHashSet<>();
    for (String user : users) {
      balances.put(
          user,
          calls.call(
              () -> wallet.getBalance(GetBalanceRequest.newBuilder().setUserId(user).build())));
      List<Transaction> ledger = ledger(user);
      ledgers.put(user, ledger);
      ledger.forEach(
          t -> {
            if (!t.getReservationId().isEmpty()) {
              reservationIds.add(t.getReservationId());
            }
          });
    }
    List<Order> orderList = new ArrayList<>();
    for (String id : orderIds) {
      Order o =
          calls
              .call(() -> orders.getOrder(GetOrderRequest.newBuilder().setOrderId(id).build()))
              .getOrder();
      orderList.add(o);
      if (!o.getReservationId().isEmpty()) {
        reservationIds.add(o.getReservationId());
      }
    }
    List<Reservation> reservations = new ArrayList<>();
    for (String id : reservationIds) {
      reservations.add(
          calls
              .call(
                  () ->
                      wallet.getReservation(
                          GetReservationRequest.newBuilder().setReservationId(id).build()))
              .getReservation());
    }
    List<Market> markets = new ArrayList<>();
    List<Bet> bets = new ArrayList<>();
    Map<String, Fill> fills = new LinkedHashMap<>();
    for (String id : marketIds) {
      markets.add(
          calls
              .call(() -> book.getMarket(GetMarketRequest.newBuilder().setMarketId(id).build()))
              .getMarket());
      List<Bet> marketBets = bets(id);
      bets.addAll(marketBets);
      for (Bet b : marketBets) {
        if (b.getFillCount() > 0) {
          fills(b.getBetId()).forEach(f -> fills.putIfAbsent(f.getFillId(), f));
        }
      }
    }
    return new AuditSnapshot(
        clock.instant(),
        balances,
        ledgers,
        new HashMap<>(events.ledgers()),
        events.problems(),
        audit.findings(),
        reservations,
        orderList,
        bets,
        List.copyOf(fills.values()),
        markets,
        voidedMarkets,
        deposits,
        withdrawals,
        reportCurrency,
        report,
        reportProblem);
  }

  private List<Transaction> ledger(String user) {
    List<Transaction> out = new ArrayList<>();
    String token = "";
    do {
      String page = token;
      ListTransactionsResponse r =
          calls.call(
              () ->
                  wallet.listTransactions(
                      ListTransactionsRequest.newBuilder()
                          .setUserId(user)
                          .setPageSize(500)
                          .setPageToken(page)
                          .build()));
      out.addAll(r.getTransactionsList());
      token = r.getNextPageToken();
    } while (!token.isEmpty());
    out.sort(Comparator.comparingLong(Transaction::getSequence));
    return out;
  }

  private List<Bet> bets(String marketId) {
    List<Bet> out = new ArrayList<>();
    String token = "";
    do {
      String page = token;
      ListBetsResponse r =
          calls.call(
              () ->
                  book.listBets(
                      ListBetsRequest.newBuilder()
                          .setMarketId(marketId)
                          .setPageSize(500)
                          .setPageToken(page)
                          .build()));
      out.addAll(r.getBetsList());
      token = r.getNextPageToken();
    } while (!token.isEmpty());
    return out;
  }

  private List<Fill> fills(String betId) {
    List<Fill> out = new ArrayList<>();
    String token = "";
    do {
      String page = token;
      ListBetFillsResponse r =
          calls.call(
              () ->
                  book.listBetFills(
                      ListBetFillsRequest.newBuilder()
                          .setBetId(betId)
                          .setPageSize(1000)
                          .setPageToken(page)
                          .build()));
      out.addAll(r.getFillsList());
      token = r.getNextPageToken();
    } while (!token.isEmpty());
    return out;
  }
}
