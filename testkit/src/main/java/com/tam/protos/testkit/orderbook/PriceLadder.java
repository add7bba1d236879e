package com.tam.protos.testkit.orderbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The order-book's price ladder and minimum stakes, as {@code order/v1/order_book_service.proto}
 * documents them: every price is a tick of the ladder written with exactly 2 decimals, and every
 * backer stake is at least the currency's minimum.
 */
public final class PriceLadder {
  private record Band(BigDecimal from, BigDecimal to, BigDecimal tick) {}

  private static final List<Band> BANDS =
      List.of(
          band("1.01", "2", "0.01"),
          band("2", "3", "0.02"),
          band("3", "4", "0.05"),
          band("4", "6", "0.10"),
          band("6", "10", "0.20"),
          band("10", "20", "0.50"),
          band("20", "30", "1"),
          band("30", "50", "2"),
          band("50", "100", "5"),
          band("100", "990", "10"));

  private static final Map<String, String> MIN_STAKES =
      Map.of(
          "EUR", "2.00", "GBP", "2.00", "USD", "2.00", "JPY", "200", "KWD", "0.500", "BHD",
          "0.500");

  private PriceLadder() {}

  private static Band band(String from, String to, String tick) {
    return new Band(new BigDecimal(from), new BigDecimal(to), new BigDecimal(tick));
  }

  /**
   * Whether a price string is a tick of the ladder, written with exactly 2 decimals.
   *
   * @param price for example {@code "2.50"}
   * @return true for a ladder tick
   */
  public static boolean isTick(String price) {
    if (price == null || !price.matches("[1-9][0-9]{0,2}\\.[0-9]{2}")) {
      return false;
    }
    BigDecimal p = new BigDecimal(price);
    if (p.compareTo(new BigDecimal("1.01")) < 0 || p.compareTo(new BigDecimal("990")) > 0) {
      return false;
    }
    for (Band b : BANDS) {
      if (p.compareTo(b.from()) >= 0 && p.compareTo(b.to()) <= 0) {
        if (p.subtract(b.from()).remainder(b.tick()).signum() == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The platform's minimum backer stake in a currency (the market's {@code min_stake}).
   *
   * @param currency an ISO-4217 code of {@code common.v1.Currency}
   * @return the minimum in contract form, for example {@code "2.00"}
   * @throws IllegalArgumentException for an unsupported currency
   */
  public static String minStake(String currency) {
    String min = MIN_STAKES.get(currency);
    if (min == null) {
      throw new IllegalArgumentException("no minimum stake for currency " + currency);
    }
    return min;
  }
}
