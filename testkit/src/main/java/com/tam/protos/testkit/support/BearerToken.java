package com.tam.protos.testkit.support;

import io.grpc.CallCredentials;
import io.grpc.Metadata;
import java.util.concurrent.Executor;

/** Call credentials that send {@code authorization: Bearer <token>}, as the platform expects. */
public final class BearerToken extends CallCredentials {
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final String token;

  private BearerToken(String token) {
    this.token = token;
  }

  /**
   * Credentials for one token.
   *
   * @param token the access token, without the {@code Bearer } prefix
   * @return the credentials
   */
  public static BearerToken of(String token) {
    return new BearerToken(token);
  }

  /**
   * The token.
   *
   * @return the access token
   */
  public String token() {
    return token;
  }

  @Override
  public void applyRequestMetadata(RequestInfo info, Executor executor, MetadataApplier applier) {
    Metadata headers = new Metadata();
    headers.put(AUTHORIZATION, "Bearer " + token);
    applier.apply(headers);
  }
}
