package com.tam.protos.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.StringValue;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {
  private static final String METHOD = "wallet.v1.WalletService/ReserveBalance";
  private final IdempotencyStore store = new IdempotencyStore(RpcErrors.domain("wallet"));
  private final AtomicInteger runs = new AtomicInteger();

  private static StringValue req(String v) {
    return StringValue.of(v);
  }

  private StringValue run(String scope, String key, String request, StringValue answer) {
    return store.execute(
        METHOD,
        scope,
        key,
        req(request),
        () -> {
          runs.incrementAndGet();
          return answer;
        });
  }

  private StatusRuntimeException fail(String key, Status.Code code) {
    return catchThrowableOfType(
        StatusRuntimeException.class,
        () ->
            store.execute(
                METHOD,
                "saga-1",
                key,
                req("a"),
                () -> {
                  runs.incrementAndGet();
                  throw Status.fromCode(code).withDescription("decided").asRuntimeException();
                }));
  }

  @Test
  void aSuccessIsReplayedWithoutRunningTheWriteAgain() {
    StringValue first = run("saga-1", "k", "a", req("first"));
    StringValue again = run("saga-1", "k", "a", req("second"));

    assertThat(again).isEqualTo(first);
    assertThat(runs).hasValue(1);
    assertThat(store.hasOutcome(METHOD, "saga-1", "k")).isTrue();
  }

  @Test
  void aDecidedErrorIsStoredAndReplayed() {
    StatusRuntimeException first = fail("k", Status.Code.FAILED_PRECONDITION);
    StatusRuntimeException again = fail("k", Status.Code.FAILED_PRECONDITION);

    assertThat(again.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThat(again.getStatus().getDescription()).isEqualTo(first.getStatus().getDescription());
    assertThat(runs).hasValue(1);
  }

  @Test
  void aTransientErrorIsNotStoredSoTheSameKeyRunsAfresh() {
    fail("k", Status.Code.UNAVAILABLE);
    StringValue later = run("saga-1", "k", "a", req("ok"));

    assertThat(later.getValue()).isEqualTo("ok");
    assertThat(runs).hasValue(2);
  }

  @Test
  void theSameKeyWithAnotherRequestIsKeyReusedNamingTheKey() {
    run("saga-1", "k", "a", req("ok"));

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class, () -> run("saga-1", "k", "b", req("other")));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED)).isTrue();
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getMetadataMap())
        .containsEntry("idempotencyKey", "k");
    assertThat(runs).hasValue(1);
  }

  @Test
  void keysAreScopedSoTwoScopesDoNotCollide() {
    run("saga-1", "k", "a", req("one"));
    StringValue other = run("saga-2", "k", "b", req("two"));

    assertThat(other.getValue()).isEqualTo("two");
    assertThat(runs).hasValue(2);
  }

  @Test
  void aRetryWhileTheFirstCallRunsIsAbortedInProgress() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first =
        new Thread(
            () ->
                store.execute(
                    METHOD,
                    "saga-1",
                    "k",
                    req("a"),
                    () -> {
                      inside.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return req("done");
                    }));
    first.start();
    inside.await();

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class, () -> run("saga-1", "k", "a", req("second")));
    release.countDown();
    first.join();

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_IDEMPOTENCY_REQUEST_IN_PROGRESS))
        .isTrue();
    assertThat(run("saga-1", "k", "a", req("third")).getValue()).isEqualTo("done");
  }
}
