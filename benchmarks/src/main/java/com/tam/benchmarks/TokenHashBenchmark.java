package com.tam.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cache key {@code SessionInterceptor} computes on every authenticated call, hit or miss: the
 * hex SHA-256 of the access token.
 *
 * <p>{@code SessionInterceptor.sha256} is package-private, so this benchmark runs the same three
 * steps it does (a new {@code MessageDigest.getInstance("SHA-256")}, digest of the UTF-8 bytes,
 * {@code HexFormat} hex), on a JWT-shaped token of typical size (800 characters) and of a small one
 * for comparison. The end-to-end cost of the cache hit and miss paths is in {@link
 * GrpcCallBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TokenHashBenchmark {

  /** Token length in characters: a typical JWT, and a short opaque token. */
  @Param({"800", "64"})
  public int tokenLength;

  private String token;

  /** Builds the token. */
  @Setup
  public void setUp() {
    token = Fixtures.jwtLikeToken(tokenLength);
  }

  /** Hex SHA-256 of the token, as the session cache key is computed. */
  @Benchmark
  public String sha256Hex() throws NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
  }
}
