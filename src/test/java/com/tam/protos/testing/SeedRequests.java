package com.tam.protos.testing;

import com.tam.protos.wallet.v1.ReserveBalanceRequest;

/** The request of the seed README's usage example, field for field. */
public final class SeedRequests {

  private SeedRequests() {}

  /** {@code ReserveBalance(user_id "user-123", amount "100.00", saga_id "saga-456", ...)}. */
  public static ReserveBalanceRequest reserveBalance() {
    return ReserveBalanceRequest.newBuilder()
        .setUserId("user-123")
        .setAmount("100.00")
        .setSagaId("saga-456")
        .setIdempotencyKey("idempotency-789")
        .build();
  }
}
