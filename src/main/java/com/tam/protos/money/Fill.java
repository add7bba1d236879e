package com.tam.protos.money;

import java.math.BigDecimal;

/**
 * One fill of a bet: a matched backer stake at a price.
 *
 * @param stake the backer stake matched, positive, at most the currency's fraction digits
 * @param price the decimal odds of the fill, 1.01 to 999.99
 */
public record Fill(BigDecimal stake, BigDecimal price) {

  /**
   * Creates a fill from contract strings.
   *
   * @param stake positive money string
   * @param price decimal odds string
   * @param currency the bet's currency
   * @return the fill
   */
  public static Fill of(String stake, String price, String currency) {
    return new Fill(Money.parsePositive(stake, currency), Money.parseOdds(price));
  }
}
