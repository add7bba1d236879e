package com.tam.protos.testkit.simulation;

import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetState;
import com.tam.protos.order.v1.BookingStatus;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.FillState;
import com.tam.protos.order.v1.Market;
import com.tam.protos.order.v1.MarketState;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.RunnerStatus;
import com.tam.protos.order.v1.SelectionResult;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.wallet.v1.AdjustmentDirection;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The platform's invariants, checked over an {@link AuditSnapshot} taken after quiescence. Each
 * check is a named {@link Invariant} whose failure lists the violations and the seed that
 * reproduces the run. They rely only on what the contracts promise, so they hold for any correct
 * implementation of the seven services.
 */
public final class Invariants {

  /** Σ balances + net commission = Σ deposits − Σ withdrawals, per currency, exactly. */
  public static final String MONEY_CONSERVED = "money-conserved";

  /** Each wallet's balance is the sum of its ledger, whose entries chain without gaps. */
  public static final String LEDGER_ADDS_UP = "ledger-adds-up";

  /** No reservation is PENDING after its expire_time. */
  public static final String NO_EXPIRED_PENDING_HOLD = "no-expired-pending-hold";

  /** Each wallet's {@code reserved} equals the sum of its PENDING reservations. */
  public static final String RESERVED_MATCHES_HOLDS = "reserved-matches-pending-holds";

  /** Every order is terminal, or FAILED (documented as resolvable by ResolveOrder). */
  public static final String ORDERS_RESOLVED = "orders-terminal-or-resolvable";

  /** An order that ended without a bet moved no money; a COMPLETED order has its bet. */
  public static final String ORDER_OUTCOMES_MATCH_MONEY = "order-outcomes-match-money";

  /** At most one BET_WIN per bet; a bet's refunds never exceed the stake committed for it. */
  public static final String NO_BET_PAID_TWICE = "no-bet-paid-twice";

  /** A fill is VOIDED only in a voided market, on a removed runner or a VOID result. */
  public static final String NO_FILL_VOIDED_OUTSIDE_VOID = "no-fill-voided-outside-market-void";

  /** The ledger rebuilt from the wallet's events equals the wallet's ledger. */
  public static final String LEDGER_REBUILT_FROM_EVENTS = "ledger-rebuilt-from-events";

  /** Every event published in the run passes the conformance suites' event checks. */
  public static final String EVENTS_CONFORM = "events-conform";

  /** Each bet's sizes add up, and what the wallet paid for it is what order-book computed. */
  public static final String BET_MONEY_MATCHES_BOOK = "bet-money-matches-order-book";

  /** Every market ended SETTLED or VOIDED and no bet is left on the book or PENDING. */
  public static final String MARKETS_FINAL = "markets-and-bets-final";

  /** reporting-service's figures, computed from the events, agree with the wallet and the book. */
  public static final String REPORTING_AGREES = "reporting-agrees-with-wallet";

  private static final Set<OrderState> TERMINAL_ORDER =
      EnumSet.of(
          OrderState.ORDER_STATE_COMPLETED,
          OrderState.ORDER_STATE_COMPENSATED,
          OrderState.ORDER_STATE_REJECTED,
          OrderState.ORDER_STATE_RESOLVED);

  private Invariants() {}

  /**
   * Checks every invariant.
   *
   * @param s the snapshot
   * @param run the run, named in every failure
   * @return one outcome per invariant, in a fixed order
   */
  public static List<Invariant> checkAll(AuditSnapshot s, Reproduction run) {
    return List.of(
        moneyConserved(s, run),
        ledgerAddsUp(s, run),
        noExpiredPendingHold(s, run),
        reservedMatchesHolds(s, run),
        ordersResolved(s, run),
        orderOutcomesMatchMoney(s, run),
        noBetPaidTwice(s, run),
        noFillVoidedOutsideVoid(s, run),
        ledgerRebuiltFromEvents(s, run),
        eventsConform(s, run),
        betMoneyMatchesBook(s, run),
        marketsFinal(s, run),
        reportingAgrees(s, run));
  }

  /**
   * Money is conserved: per currency, Σ balances + net commission = Σ deposits − Σ withdrawals. Net
   * commission is the wallets' COMMISSION entries minus the commission given back by a resettlement
   * or a void (entries under the documented "commission:..." keys that credit the wallet). Requires
   * every market to be settled or voided, so that no stake is still held by the exchange.
   */
  public static Invariant moneyConserved(AuditSnapshot s, Reproduction run) {
    Map<String, BigDecimal> balances = new TreeMap<>();
    s.balances()
        .values()
        .forEach(b -> balances.merge(b.getCurrency(), dec(b.getBalance()), BigDecimal::add));
    Map<String, BigDecimal> commission = new TreeMap<>();
    for (List<Transaction> ledger : s.ledgers().values()) {
      for (Transaction t : ledger) {
        BigDecimal c = commissionEffect(t);
        if (c.signum() != 0) {
          commission.merge(t.getCurrency(), c, BigDecimal::add);
        }
      }
    }
    Set<String> currencies = new TreeSet<>();
    currencies.addAll(balances.keySet());
    currencies.addAll(commission.keySet());
    currencies.addAll(s.deposits().keySet());
    currencies.addAll(s.withdrawals().keySet());
    List<String> violations = new ArrayList<>();
    StringBuilder what =
        new StringBuilder("Σ balances + Σ commission = Σ deposits − Σ withdrawals");
    for (String c : currencies) {
      BigDecimal left =
          balances
              .getOrDefault(c, BigDecimal.ZERO)
              .add(commission.getOrDefault(c, BigDecimal.ZERO));
      BigDecimal right =
          s.deposits()
              .getOrDefault(c, BigDecimal.ZERO)
              .subtract(s.withdrawals().getOrDefault(c, BigDecimal.ZERO));
      what.append("; ")
          .append(c)
          .append(": ")
          .append(plain(balances.getOrDefault(c, BigDecimal.ZERO)));
      what.append(" + ").append(plain(commission.getOrDefault(c, BigDecimal.ZERO))).append(" = ");
      what.append(plain(s.deposits().getOrDefault(c, BigDecimal.ZERO))).append(" − ");
      what.append(plain(s.withdrawals().getOrDefault(c, BigDecimal.ZERO)));
      if (left.compareTo(right) != 0) {
        violations.add(
            c
                + ": balances "
                + plain(balances.getOrDefault(c, BigDecimal.ZERO))
                + " + commission "
                + plain(commission.getOrDefault(c, BigDecimal.ZERO))
                + " = "
                + plain(left)
                + ", but deposits − withdrawals = "
                + plain(right)
                + " (difference "
                + plain(left.subtract(right))
                + ")");
      }
    }
    return Invariant.of(MONEY_CONSERVED, what.toString(), violations, run);
  }

  /**
   * Each wallet's ledger is gap-free from sequence 1, every entry moves {@code balance} by its
   * signed amount from the previous entry's {@code balance_after}, and the last {@code
   * balance_after} (0 for an empty ledger) is the wallet's {@code balance}.
   */
  public static Invariant ledgerAddsUp(AuditSnapshot s, Reproduction run) {
    List<String> violations = new ArrayList<>();
    int entries = 0;
    for (Map.Entry<String, GetBalanceResponse> e : new TreeMap<>(s.balances()).entrySet()) {
      String user = e.getKey();
      List<Transaction> ledger = s.ledgers().getOrDefault(user, List.of());
      BigDecimal running = BigDecimal.ZERO;
      long expected = 1;
      for (Transaction t : ledger) {
        entries++;
        if (t.getSequence() != expected) {
          violations.add(
              user
                  + ": entry "
                  + t.getTransactionId()
                  + " has sequence "
                  + t.getSequence()
                  + ", expected "
                  + expected);
          expected = t.getSequence();
        }
        expected++;
        if (dec(t.getBalanceBefore()).compareTo(running) != 0) {
          violations.add(
              user
                  + ": entry "
                  + t.getSequence()
                  + " ("
                  + t.getType()
                  + ") starts from balance "
                  + t.getBalanceBefore()
                  + ", the previous entry left "
                  + plain(running));
        }
        BigDecimal after = dec(t.getBalanceBefore()).add(balanceEffect(t));
        if (dec(t.getBalanceAfter()).compareTo(after) != 0) {
          violations.add(
              user
                  + ": entry "
                  + t.getSequence()
                  + " ("
                  + t.getType()
                  + " "
                  + t.getAmount()
                  + ") goes from "
                  + t.getBalanceBefore()
                  + " to "
                  + t.getBalanceAfter()
                  + ", expected "
                  + plain(after));
        }
        running = dec(t.getBalanceAfter());
      }
      if (dec(e.getValue().getBalance()).compareTo(running) != 0) {
        violations.add(
            user
                + ": GetBalance says "
                + e.getValue().getBalance()
                + " but the ledger adds up to "
                + plain(running));
      }
    }
    return Invariant.of(
        LEDGER_ADDS_UP,
        s.balances().size()
            + " wallets, "
            + entries
            + " ledger entries chain gap-free to each balance",
        violations,
        run);
  }

  /** No reservation is PENDING at or after its {@code expire_time}. */
  public static Invariant noExpiredPendingHold(AuditSnapshot s, Reproduction run) {
    List<String> violations = new ArrayList<>();
    Instant now = s.now();
    for (Reservation r : s.reservations()) {
      Instant expiry =
          Instant.ofEpochSecond(r.getExpireTime().getSeconds(), r.getExpireTime().getNanos());
      if (r.getState() == ReservationState.RESERVATION_STATE_PENDING && !now.isBefore(expiry)) {
        violations.add(
            "reservation "
                + r.getReservationId()
                + " of saga "
                + r.getSagaId()
                + " ("
                + r.getAmount()
                + " "
                + r.getCurrency()
                + ") is still PENDING at "
                + now
                + ", its TTL ended at "
                + expiry);
      }
    }
    return Invariant.of(
        NO_EXPIRED_PENDING_HOLD,
        s.reservations().size() + " reservations, none PENDING past its expire_time at " + now,
        violations,
        run);
  }

  /** Each wallet's {@code reserved} equals the sum of its PENDING reservations. */
  public static Invariant reservedMatchesHolds(AuditSnapshot s, Reproduction run) {
    Map<String, BigDecimal> pending = new HashMap<>();
    for (Reservation r : s.reservations()) {
      if (r.getState() == ReservationState.RESERVATION_STATE_PENDING) {
        pending.merge(r.getUserId(), dec(r.getAmount()), BigDecimal::add);
      }
    }
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, GetBalanceResponse> e : new TreeMap<>(s.balances()).entrySet()) {
      BigDecimal p = pending.getOrDefault(e.getKey(), BigDecimal.ZERO);
      if (dec(e.getValue().getReserved()).compareTo(p) != 0) {
        violations.add(
            e.getKey()
                + ": reserved "
                + e.getValue().getReserved()
                + " but its PENDING reservations add up to "
                + plain(p));
      }
    }
    return Invariant.of(
        RESERVED_MATCHES_HOLDS,
        s.balances().size() + " wallets' reserved = Σ of their PENDING reservations",
        violations,
        run);
  }

  /**
   * Every order is terminal (COMPLETED, COMPENSATED, REJECTED, RESOLVED) or FAILED, the state the
   * contract documents as waiting for an operator's ResolveOrder; nothing is left mid-saga.
   */
  public static Invariant ordersResolved(AuditSnapshot s, Reproduction run) {
    List<String> violations = new ArrayList<>();
    Map<OrderState, Integer> counts = new TreeMap<>();
    for (Order o : s.orders()) {
      counts.merge(o.getState(), 1, Integer::sum);
      if (!TERMINAL_ORDER.contains(o.getState()) && o.getState() != OrderState.ORDER_STATE_FAILED) {
        violations.add(
            "order "
                + o.getOrderId()
                + " is "
                + o.getState()
                + " after quiescence (saga "
                + o.getSagaId()
                + ")");
      } else if (o.getState() == OrderState.ORDER_STATE_FAILED && o.getFailureReason().isEmpty()) {
        violations.add(
            "order "
                + o.getOrderId()
                + " is FAILED without a failure_reason: an operator cannot resolve it");
      }
    }
    return Invariant.of(
        ORDERS_RESOLVED,
        s.orders().size() + " orders terminal or FAILED-resolvable " + counts,
        violations,
        run);
  }

  /**
   * The money of each order matches its outcome: a COMPENSATED or REJECTED order has no
   * RESERVATION_COMMIT entry for its saga and its reservation (if any) is not COMMITTED; a
   * COMPLETED order has a bet, which is not PENDING or CANCELLED, and a committed reservation.
   */
  public static Invariant orderOutcomesMatchMoney(AuditSnapshot s, Reproduction run) {
    Map<String, Transaction> commitBySaga = new HashMap<>();
    forEachEntry(
        s,
        t -> {
          if (t.getType() == TransactionType.TRANSACTION_TYPE_RESERVATION_COMMIT) {
            commitBySaga.put(t.getSagaId(), t);
          }
        });
    Map<String, Reservation> reservationBySaga = new HashMap<>();
    s.reservations().forEach(r -> reservationBySaga.put(r.getSagaId(), r));
    Map<String, Bet> betById = new HashMap<>();
    s.bets().forEach(b -> betById.put(b.getBetId(), b));
    List<String> violations = new ArrayList<>();
    for (Order o : s.orders()) {
      switch (o.getState()) {
        case ORDER_STATE_COMPENSATED, ORDER_STATE_REJECTED -> {
          if (commitBySaga.containsKey(o.getSagaId())) {
            violations.add(
                "order "
                    + o.getOrderId()
                    + " is "
                    + o.getState()
                    + " but its saga's reservation was committed (entry "
                    + commitBySaga.get(o.getSagaId()).getTransactionId()
                    + ")");
          }
          Reservation r = reservationBySaga.get(o.getSagaId());
          if (r != null && r.getState() == ReservationState.RESERVATION_STATE_COMMITTED) {
            violations.add(
                "order "
                    + o.getOrderId()
                    + " is "
                    + o.getState()
                    + " but reservation "
                    + r.getReservationId()
                    + " is COMMITTED");
          }
          Bet b = betById.get(o.getBetId());
          if (b != null && b.getState() != BetState.BET_STATE_CANCELLED) {
            violations.add(
                "order "
                    + o.getOrderId()
                    + " is "
                    + o.getState()
                    + " but its bet "
                    + b.getBetId()
                    + " is "
                    + b.getState());
          }
        }
        case ORDER_STATE_COMPLETED -> {
          Bet b = betById.get(o.getBetId());
          if (b == null) {
            violations.add(
                "order "
                    + o.getOrderId()
                    + " is COMPLETED but order-book has no bet '"
                    + o.getBetId()
                    + "'");
          } else if (b.getState() == BetState.BET_STATE_PENDING
              || b.getState() == BetState.BET_STATE_CANCELLED) {
            violations.add(
                "order "
                    + o.getOrderId()
                    + " is COMPLETED but its bet "
                    + b.getBetId()
                    + " is "
                    + b.getState());
          }
          if (!commitBySaga.containsKey(o.getSagaId())) {
            violations.add(
                "order "
                    + o.getOrderId()
                    + " is COMPLETED but no RESERVATION_COMMIT entry exists for saga "
                    + o.getSagaId());
          }
        }
        default -> {}
      }
    }
    return Invariant.of(
        ORDER_OUTCOMES_MATCH_MONEY,
        s.orders().size() + " orders' outcomes agree with the wallet and the book",
        violations,
        run);
  }

  /**
   * No bet is paid twice: at most one CREDIT BET_WIN per bet, at most one settlement credit per bet
   * (a CREDIT under a "settlement:&lt;bet_id&gt;" key, whatever its reason: corrections go through
   * AdjustSettlement), and the BET_REFUND credits of a bet never exceed the stake committed for it
   * (its RESERVATION_COMMIT entries).
   */
  public static Invariant noBetPaidTwice(AuditSnapshot s, Reproduction run) {
    Map<String, String> betByReservation = new HashMap<>();
    s.bets().forEach(b -> betByReservation.put(b.getReservationId(), b.getBetId()));
    Map<String, Integer> wins = new TreeMap<>();
    Map<String, List<String>> settlementCredits = new TreeMap<>();
    Map<String, BigDecimal> refunds = new TreeMap<>();
    Map<String, BigDecimal> committed = new HashMap<>();
    forEachEntry(
        s,
        t -> {
          if (t.getType() == TransactionType.TRANSACTION_TYPE_RESERVATION_COMMIT) {
            String bet =
                !t.getBetId().isEmpty() ? t.getBetId() : betByReservation.get(t.getReservationId());
            if (bet != null) {
              committed.merge(bet, dec(t.getAmount()), BigDecimal::add);
            }
          } else if (t.getType() == TransactionType.TRANSACTION_TYPE_CREDIT) {
            if (t.getIdempotencyKey().startsWith("settlement:")) {
              settlementCredits
                  .computeIfAbsent(t.getBetId(), b -> new ArrayList<>())
                  .add(t.getIdempotencyKey() + " " + t.getCreditReason() + " " + t.getAmount());
            }
            if (t.getCreditReason() == CreditReason.CREDIT_REASON_BET_WIN) {
              wins.merge(t.getBetId(), 1, Integer::sum);
            } else if (t.getCreditReason() == CreditReason.CREDIT_REASON_BET_REFUND) {
              refunds.merge(t.getBetId(), dec(t.getAmount()), BigDecimal::add);
            }
          }
        });
    List<String> violations = new ArrayList<>();
    wins.forEach(
        (bet, n) -> {
          if (n > 1) {
            violations.add("bet " + bet + " has " + n + " BET_WIN credits");
          }
        });
    settlementCredits.forEach(
        (bet, credits) -> {
          if (credits.size() > 1) {
            violations.add(
                "bet " + bet + " has " + credits.size() + " settlement credits: " + credits);
          }
        });
    refunds.forEach(
        (bet, r) -> {
          BigDecimal c = committed.getOrDefault(bet, BigDecimal.ZERO);
          if (r.compareTo(c) > 0) {
            violations.add(
                "bet "
                    + bet
                    + " was refunded "
                    + plain(r)
                    + " but only "
                    + plain(c)
                    + " was committed for it");
          }
        });
    return Invariant.of(
        NO_BET_PAID_TWICE,
        wins.size()
            + " winning bets with one BET_WIN each; "
            + refunds.size()
            + " refunded bets within their committed stake",
        violations,
        run);
  }

  /**
   * A fill is VOIDED only where the contract allows it: its market was voided (VoidMarket), its
   * runner was removed, or its selection's result is VOID. Likewise a bet is VOIDED only in a
   * voided market.
   */
  public static Invariant noFillVoidedOutsideVoid(AuditSnapshot s, Reproduction run) {
    Map<String, Market> markets = new HashMap<>();
    s.markets().forEach(m -> markets.put(m.getMarketId(), m));
    List<String> violations = new ArrayList<>();
    int voided = 0;
    for (Fill f : s.fills()) {
      if (f.getState() != FillState.FILL_STATE_VOIDED) {
        continue;
      }
      voided++;
      if (!voidAllowed(s, markets.get(f.getMarketId()), f.getMarketId(), f.getSelectionId())) {
        violations.add(
            "fill "
                + f.getFillId()
                + " ("
                + f.getStake()
                + " at "
                + f.getPrice()
                + ", market "
                + f.getMarketId()
                + ", selection "
                + f.getSelectionId()
                + ") is VOIDED but the market was not voided, the runner not removed and the result not VOID");
      }
    }
    for (Bet b : s.bets()) {
      if (b.getState() == BetState.BET_STATE_VOIDED
          && !s.voidedMarkets().contains(b.getMarketId())) {
        violations.add(
            "bet "
                + b.getBetId()
                + " is VOIDED but its market "
                + b.getMarketId()
                + " was not voided");
      }
    }
    return Invariant.of(
        NO_FILL_VOIDED_OUTSIDE_VOID,
        voided
            + " voided fills of "
            + s.fills().size()
            + ", all in voided markets "
            + new TreeSet<>(s.voidedMarkets()),
        violations,
        run);
  }

  private static boolean voidAllowed(AuditSnapshot s, Market m, String marketId, String selection) {
    if (s.voidedMarkets().contains(marketId)) {
      return true;
    }
    if (m == null) {
      return false;
    }
    boolean removed =
        m.getRunnersList().stream()
            .anyMatch(
                r ->
                    r.getSelectionId().equals(selection)
                        && r.getStatus() == RunnerStatus.RUNNER_STATUS_REMOVED);
    boolean voidResult = false;
    for (SelectionResult r : m.getResultsList()) {
      voidResult |=
          r.getSelectionId().equals(selection)
              && r.getResult() == SelectionResultType.SELECTION_RESULT_TYPE_VOID;
    }
    return removed || voidResult;
  }

  /**
   * Every event published during the run, as a consumer received it, passes the conformance suites'
   * event checks ({@link EventAudit}): complete envelope, valid payload, no {@code event_id} reused
   * for another event, each FACT version once and no gap left in a FACT sequence.
   */
  public static Invariant eventsConform(AuditSnapshot s, Reproduction run) {
    return s.eventFindings().isEmpty()
        ? Invariant.holds(
            EVENTS_CONFORM,
            "every event delivered to the audit has a complete envelope, passes its rules, and"
                + " FACT sequences are unique and gap-free")
        : Invariant.of(
            EVENTS_CONFORM,
            "published events conform ([events.*] of the conformance suites)",
            s.eventFindings(),
            run);
  }

  /**
   * The ledger a consumer rebuilds from {@code tam.wallet.v1.transaction.recorded} (applying each
   * wallet's entries once, in {@code aggregate_version} order, whatever the bus did) equals the
   * wallet's own ledger, entry by entry, and nothing was left held behind a gap.
   */
  public static Invariant ledgerRebuiltFromEvents(AuditSnapshot s, Reproduction run) {
    List<String> violations = new ArrayList<>(s.eventProblems());
    Set<String> users = new TreeSet<>(s.ledgers().keySet());
    users.addAll(s.eventLedgers().keySet());
    int entries = 0;
    for (String user : users) {
      List<Transaction> wallet = s.ledgers().getOrDefault(user, List.of());
      List<Transaction> rebuilt = s.eventLedgers().getOrDefault(user, List.of());
      entries += wallet.size();
      if (wallet.size() != rebuilt.size()) {
        violations.add(
            user
                + ": the wallet has "
                + wallet.size()
                + " ledger entries, the events rebuild "
                + rebuilt.size());
      }
      for (int i = 0; i < Math.min(wallet.size(), rebuilt.size()); i++) {
        Transaction w = wallet.get(i);
        Transaction r = rebuilt.get(i);
        if (!sameEntry(w, r)) {
          violations.add(
              user
                  + ": entry "
                  + (i + 1)
                  + " differs: wallet "
                  + brief(w)
                  + ", events "
                  + brief(r));
          break;
        }
      }
    }
    return Invariant.of(
        LEDGER_REBUILT_FROM_EVENTS,
        users.size()
            + " wallets, "
            + entries
            + " entries rebuilt from TransactionRecordedEvent in FACT order",
        violations,
        run);
  }

  private static boolean sameEntry(Transaction a, Transaction b) {
    return a.getSequence() == b.getSequence()
        && a.getTransactionId().equals(b.getTransactionId())
        && a.getType() == b.getType()
        && dec(a.getAmount()).compareTo(dec(b.getAmount())) == 0
        && dec(a.getBalanceAfter()).compareTo(dec(b.getBalanceAfter())) == 0
        && Objects.equals(a.getBetId(), b.getBetId());
  }

  private static String brief(Transaction t) {
    return "#"
        + t.getSequence()
        + " "
        + t.getTransactionId()
        + " "
        + t.getType()
        + " "
        + t.getAmount()
        + " -> "
        + t.getBalanceAfter();
  }

  /**
   * Each bet's sizes add up (stake = matched + remaining + cancelled + lapsed + voided;
   * liability_held = liability − refunded_amount), and the wallet's entries for it agree with
   * order-book: the refunds under "refund:&lt;bet_id&gt;:..." keys (but an operator's
   * "...:resolve-order") add up to {@code refunded_amount}, and for a settled or voided bet whose
   * booking is BOOKED, the credit under "settlement:&lt;bet_id&gt;" plus its signed settlement
   * adjustments add up to the current settlement's {@code payout}.
   */
  public static Invariant betMoneyMatchesBook(AuditSnapshot s, Reproduction run) {
    Map<String, BigDecimal> refunds = new HashMap<>();
    Map<String, BigDecimal> settled = new HashMap<>();
    forEachEntry(
        s,
        t -> {
          String key = t.getIdempotencyKey();
          if (t.getType() == TransactionType.TRANSACTION_TYPE_CREDIT
              && key.startsWith("refund:")
              && !key.endsWith(":resolve-order")) {
            refunds.merge(t.getBetId(), dec(t.getAmount()), BigDecimal::add);
          } else if (t.getType() == TransactionType.TRANSACTION_TYPE_CREDIT
              && key.startsWith("settlement:")) {
            settled.merge(t.getBetId(), dec(t.getAmount()), BigDecimal::add);
          } else if (t.getType() == TransactionType.TRANSACTION_TYPE_BET_VOID_ADJUSTMENT
              && !t.getBetId().isEmpty()) {
            settled.merge(t.getBetId(), balanceEffect(t), BigDecimal::add);
          }
        });
    List<String> violations = new ArrayList<>();
    for (Bet b : s.bets()) {
      BigDecimal sizes =
          dec(b.getStakeMatched())
              .add(dec(b.getStakeRemaining()))
              .add(dec(b.getStakeCancelled()))
              .add(dec(b.getStakeLapsed()))
              .add(dec(b.getStakeVoided()));
      if (sizes.compareTo(dec(b.getStake())) != 0) {
        violations.add(
            "bet "
                + b.getBetId()
                + ": sizes add up to "
                + plain(sizes)
                + ", stake is "
                + b.getStake());
      }
      if (b.getState() == BetState.BET_STATE_PENDING
          || b.getState() == BetState.BET_STATE_CANCELLED) {
        continue;
      }
      if (dec(b.getLiability())
              .subtract(dec(b.getRefundedAmount()))
              .compareTo(dec(b.getLiabilityHeld()))
          != 0) {
        violations.add(
            "bet "
                + b.getBetId()
                + ": liability "
                + b.getLiability()
                + " − refunded "
                + b.getRefundedAmount()
                + " ≠ liability_held "
                + b.getLiabilityHeld());
      }
      BigDecimal r = refunds.getOrDefault(b.getBetId(), BigDecimal.ZERO);
      if (r.compareTo(dec(b.getRefundedAmount())) != 0) {
        violations.add(
            "bet "
                + b.getBetId()
                + ": the wallet refunded "
                + plain(r)
                + ", order-book says refunded_amount "
                + b.getRefundedAmount());
      }
      if (b.hasSettlement()
          && b.getSettlement().getBookingStatus() == BookingStatus.BOOKING_STATUS_BOOKED) {
        BigDecimal paid = settled.getOrDefault(b.getBetId(), BigDecimal.ZERO);
        if (paid.compareTo(dec(b.getSettlement().getPayout())) != 0) {
          violations.add(
              "bet "
                  + b.getBetId()
                  + " ("
                  + b.getState()
                  + ", settlement v"
                  + b.getSettlement().getSettlementVersion()
                  + "): the wallet paid "
                  + plain(paid)
                  + ", the settlement's payout is "
                  + b.getSettlement().getPayout());
        }
      }
    }
    return Invariant.of(
        BET_MONEY_MATCHES_BOOK,
        s.bets().size() + " bets: sizes add up, refunds and payouts booked as order-book computed",
        violations,
        run);
  }

  /**
   * Every market the simulation opened ended SETTLED or VOIDED, every settlement booking is BOOKED
   * or NOT_DUE, and no bet is left PENDING or EXECUTABLE, or with matched stake unsettled.
   */
  public static Invariant marketsFinal(AuditSnapshot s, Reproduction run) {
    List<String> violations = new ArrayList<>();
    for (Market m : s.markets()) {
      if (m.getState() != MarketState.MARKET_STATE_SETTLED
          && m.getState() != MarketState.MARKET_STATE_VOIDED) {
        violations.add("market " + m.getMarketId() + " is " + m.getState());
      }
    }
    Set<String> finalStates = new HashSet<>();
    for (Bet b : s.bets()) {
      switch (b.getState()) {
        case BET_STATE_SETTLED, BET_STATE_VOIDED -> {
          if (b.getSettlement().getBookingStatus() == BookingStatus.BOOKING_STATUS_PENDING) {
            violations.add(
                "bet "
                    + b.getBetId()
                    + " is "
                    + b.getState()
                    + " but its booking is still PENDING");
          }
        }
        case BET_STATE_CANCELLED -> {}
        case BET_STATE_EXECUTION_COMPLETE -> {
          if (dec(b.getStakeMatched()).signum() != 0) {
            violations.add(
                "bet "
                    + b.getBetId()
                    + " has matched stake "
                    + b.getStakeMatched()
                    + " but was never settled");
          }
        }
        default ->
            violations.add(
                "bet " + b.getBetId() + " is " + b.getState() + " in market " + b.getMarketId());
      }
      finalStates.add(b.getState().name());
    }
    return Invariant.of(
        MARKETS_FINAL,
        s.markets().size()
            + " markets settled or voided; "
            + s.bets().size()
            + " bets in "
            + new TreeSet<>(finalStates),
        violations,
        run);
  }

  /**
   * reporting-service's daily report of the run, computed only from events, agrees with the
   * wallet's ledgers and the book: its {@code commission_revenue} is the wallets' net commission,
   * its {@code deposits} and {@code withdrawals} the sums of the DEPOSIT and WITHDRAWAL entries,
   * its {@code withdrawal_reversal_amount}, {@code chargeback_amount} and {@code
   * commission_booked_amount} the sums of the REVERSAL, CHARGEBACK and COMMISSION entries, its
   * {@code fill_count} the number of fills made, and, since every stake is in whole units, nothing
   * was retained by rounding.
   */
  public static Invariant reportingAgrees(AuditSnapshot s, Reproduction run) {
    List<String> violations = new ArrayList<>();
    String c = s.reportCurrency();
    if (!s.reportProblem().isEmpty()) {
      violations.add("no report to compare: " + s.reportProblem());
      return Invariant.of(REPORTING_AGREES, "the daily report in " + c, violations, run);
    }
    BigDecimal commission = BigDecimal.ZERO;
    BigDecimal deposits = BigDecimal.ZERO;
    BigDecimal withdrawals = BigDecimal.ZERO;
    BigDecimal reversals = BigDecimal.ZERO;
    BigDecimal chargebacks = BigDecimal.ZERO;
    BigDecimal booked = BigDecimal.ZERO;
    for (List<Transaction> ledger : s.ledgers().values()) {
      for (Transaction t : ledger) {
        if (!t.getCurrency().equals(c)) {
          continue;
        }
        commission = commission.add(commissionEffect(t));
        if (t.getType() == TransactionType.TRANSACTION_TYPE_DEPOSIT) {
          deposits = deposits.add(dec(t.getAmount()));
        } else if (t.getType() == TransactionType.TRANSACTION_TYPE_WITHDRAWAL) {
          withdrawals = withdrawals.add(dec(t.getAmount()));
        } else if (t.getType() == TransactionType.TRANSACTION_TYPE_REVERSAL) {
          reversals = reversals.add(dec(t.getAmount()));
        } else if (t.getType() == TransactionType.TRANSACTION_TYPE_CHARGEBACK) {
          chargebacks = chargebacks.add(dec(t.getAmount()));
        } else if (t.getType() == TransactionType.TRANSACTION_TYPE_COMMISSION) {
          booked = booked.add(dec(t.getAmount()));
        }
      }
    }
    compare(
        violations,
        "commission_revenue",
        s.report().getCommissionRevenue(),
        commission,
        "the wallets' net commission");
    compare(violations, "deposits", s.report().getDeposits(), deposits, "the DEPOSIT entries");
    compare(
        violations,
        "withdrawals",
        s.report().getWithdrawals(),
        withdrawals,
        "the WITHDRAWAL entries");
    compare(
        violations,
        "withdrawal_reversal_amount",
        s.report().getWithdrawalReversalAmount(),
        reversals,
        "the REVERSAL entries");
    compare(
        violations,
        "chargeback_amount",
        s.report().getChargebackAmount(),
        chargebacks,
        "the CHARGEBACK entries");
    compare(
        violations,
        "commission_booked_amount",
        s.report().getCommissionBookedAmount(),
        booked,
        "the COMMISSION entries");
    compare(
        violations,
        "rounding_retained_amount",
        s.report().getRoundingRetainedAmount(),
        BigDecimal.ZERO,
        "nothing (whole-unit stakes)");
    if (s.report().getFillCount() != s.fills().size()) {
      violations.add(
          "fill_count is "
              + s.report().getFillCount()
              + " but order-book made "
              + s.fills().size()
              + " fills");
    }
    return Invariant.of(
        REPORTING_AGREES,
        "daily report in "
            + c
            + ": commission_revenue "
            + s.report().getCommissionRevenue()
            + ", deposits "
            + s.report().getDeposits()
            + ", withdrawals "
            + s.report().getWithdrawals()
            + ", fill_count "
            + s.report().getFillCount(),
        violations,
        run);
  }

  private static void compare(
      List<String> violations, String field, String reported, BigDecimal expected, String what) {
    if (dec(reported).compareTo(expected) != 0) {
      violations.add(
          field
              + " is "
              + (reported.isEmpty() ? "empty" : reported)
              + " but "
              + what
              + " add up to "
              + plain(expected));
    }
  }

  /**
   * The signed effect of a ledger entry on {@code balance}.
   *
   * @param t the entry
   * @return positive for a credit, negative for a debit, zero for holds and releases
   */
  public static BigDecimal balanceEffect(Transaction t) {
    BigDecimal a = dec(t.getAmount());
    return switch (t.getType()) {
      case TRANSACTION_TYPE_DEPOSIT, TRANSACTION_TYPE_CREDIT, TRANSACTION_TYPE_REVERSAL -> a;
      case TRANSACTION_TYPE_WITHDRAWAL,
          TRANSACTION_TYPE_RESERVATION_COMMIT,
          TRANSACTION_TYPE_COMMISSION,
          TRANSACTION_TYPE_CHARGEBACK ->
          a.negate();
      case TRANSACTION_TYPE_BET_VOID_ADJUSTMENT ->
          t.getAdjustmentDirection() == AdjustmentDirection.ADJUSTMENT_DIRECTION_DEBIT
              ? a.negate()
              : a;
      default -> BigDecimal.ZERO;
    };
  }

  /**
   * What an entry adds to the exchange's net commission: a COMMISSION entry its amount; an entry
   * under a "commission:..." key that credits the wallet (a resettlement or void giving commission
   * back) minus its amount.
   */
  static BigDecimal commissionEffect(Transaction t) {
    if (t.getType() == TransactionType.TRANSACTION_TYPE_COMMISSION) {
      return dec(t.getAmount());
    }
    if (t.getIdempotencyKey().startsWith("commission:")) {
      return balanceEffect(t).negate();
    }
    return BigDecimal.ZERO;
  }

  private static void forEachEntry(AuditSnapshot s, java.util.function.Consumer<Transaction> f) {
    s.ledgers().values().forEach(l -> l.forEach(f));
  }

  static BigDecimal dec(String s) {
    return s == null || s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
  }

  static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
