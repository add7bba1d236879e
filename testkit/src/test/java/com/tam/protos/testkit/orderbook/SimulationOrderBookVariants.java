package com.tam.protos.testkit.orderbook;

import com.tam.protos.testkit.support.ServiceContext;
import java.util.EnumSet;

/**
 * Builds a reference order-book with deliberate defects for the simulation's broken-variant tests
 * (the defect switch is package-private).
 */
public final class SimulationOrderBookVariants {
  private SimulationOrderBookVariants() {}

  /**
   * An order-book with the named defects switched on.
   *
   * @param ctx the platform context
   * @param defects names of {@code ReferenceOrderBookService.Defect} constants
   * @return the broken service
   */
  public static ReferenceOrderBookService broken(ServiceContext ctx, String... defects) {
    EnumSet<ReferenceOrderBookService.Defect> set =
        EnumSet.noneOf(ReferenceOrderBookService.Defect.class);
    for (String d : defects) {
      set.add(ReferenceOrderBookService.Defect.valueOf(d));
    }
    return new ReferenceOrderBookService(ctx, ReferenceOrderBookService.Config.defaults(), set);
  }
}
