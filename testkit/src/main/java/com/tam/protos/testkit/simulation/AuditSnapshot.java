package com.tam.protos.testkit.simulation;

import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.Market;
import com.tam.protos.order.v1.Order;
import com.tam.protos.reporting.v1.ReportTotals;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the invariants look at, read after quiescence through the contracts' read RPCs and the
 * event bus (see {@link AuditCollector}), plus the simulation's own book of what entered and left
 * the platform from outside (the payment provider's view).
 *
 * @param now the platform clock when the snapshot was taken
 * @param balances each user's {@code GetBalance}, by user id
 * @param ledgers each user's ledger ({@code ListTransactions}), oldest first (by {@code sequence})
 * @param eventLedgers each user's ledger rebuilt from {@code TransactionRecordedEvent}s, consumed
 *     as a consumer would (FACT order per wallet), oldest first
 * @param eventProblems what the event consumer could not apply (events held behind a gap, invalid
 *     envelopes), one line each
 * @param eventFindings what the events published during the run broke ({@link EventAudit})
 * @param reservations every reservation the ledgers or the orders name ({@code GetReservation})
 * @param orders every order the simulation placed ({@code GetOrder})
 * @param bets every bet of every market ({@code ListBets})
 * @param fills every fill of every bet ({@code ListBetFills}), each once
 * @param markets every market the simulation opened ({@code GetMarket})
 * @param voidedMarkets the markets the simulation voided ({@code VoidMarket})
 * @param deposits per currency, the deposits the payment provider confirmed
 * @param withdrawals per currency, the withdrawals that left the platform (started and not failed)
 * @param reportCurrency the currency of {@code report}
 * @param report the totals of reporting-service's daily report of the run's day ({@code
 *     GenerateReport} + {@code GetReport}), or the default instance when there is none
 * @param reportProblem why there is no report ("" when there is one)
 */
public record AuditSnapshot(
    Instant now,
    Map<String, GetBalanceResponse> balances,
    Map<String, List<Transaction>> ledgers,
    Map<String, List<Transaction>> eventLedgers,
    List<String> eventProblems,
    List<String> eventFindings,
    List<Reservation> reservations,
    List<Order> orders,
    List<Bet> bets,
    List<Fill> fills,
    List<Market> markets,
    Set<String> voidedMarkets,
    Map<String, BigDecimal> deposits,
    Map<String, BigDecimal> withdrawals,
    String reportCurrency,
    ReportTotals report,
    String reportProblem) {

  /** Copies every collection, so that a snapshot never changes. */
  public AuditSnapshot {
    balances = Map.copyOf(balances);
    ledgers = Map.copyOf(ledgers);
    eventLedgers = Map.copyOf(eventLedgers);
    eventProblems = List.copyOf(eventProblems);
    eventFindings = List.copyOf(eventFindings);
    reservations = List.copyOf(reservations);
    orders = List.copyOf(orders);
    bets = List.copyOf(bets);
    fills = List.copyOf(fills);
    markets = List.copyOf(markets);
    voidedMarkets = Set.copyOf(voidedMarkets);
    deposits = Map.copyOf(deposits);
    withdrawals = Map.copyOf(withdrawals);
  }
}
