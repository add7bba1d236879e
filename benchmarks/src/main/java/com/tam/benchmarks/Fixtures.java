package com.tam.benchmarks;

import com.tam.protos.wallet.v1.ReserveBalanceRequest;

/** The inputs shared by the benchmarks. */
final class Fixtures {

  private Fixtures() {}

  /** The seed README's ReserveBalance request. */
  static ReserveBalanceRequest seedRequest() {
    return ReserveBalanceRequest.newBuilder()
        .setUserId("user-123")
        .setAmount("100.00")
        .setSagaId("saga-456")
        .setIdempotencyKey("idempotency-789")
        .build();
  }

  /**
   * A JWT-shaped access token of exactly {@code length} ASCII characters (three base64url parts
   * separated by dots), deterministic so that every run hashes the same bytes.
   */
  static String jwtLikeToken(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    StringBuilder token = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (i == 36 || i == length - 44) {
        token.append('.');
      } else {
        token.append(alphabet.charAt((i * 31 + 7) % alphabet.length()));
      }
    }
    return token.toString();
  }
}
