package com.tam.protos.validation;

import static org.assertj.core.api.Assertions.assertThat;

import build.buf.protovalidate.Config;
import build.buf.protovalidate.ValidatorFactory;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.notification.v1.ListNotificationsRequest;
import com.tam.protos.notification.v1.ListNotificationsResponse;
import com.tam.protos.notification.v1.NotificationCategory;
import com.tam.protos.notification.v1.NotificationChannel;
import com.tam.protos.notification.v1.NotificationServiceGrpc;
import com.tam.protos.notification.v1.SendNotificationRequest;
import com.tam.protos.testing.GrpcTestHarness;
import com.tam.protos.testing.GrpcTestHarness.Transport;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 9.2: a hostile request never makes the interceptor build an unbounded violation list, and
 * the client still reads {@code INVALID_ARGUMENT} with its details (over Netty the status must fit
 * the HTTP/2 trailer limit of 8 KiB).
 */
class BoundedValidationTest {

  private final AtomicInteger validatorCalls = new AtomicInteger();
  private final AtomicInteger violationsBuilt = new AtomicInteger();
  private final AtomicInteger handled = new AtomicInteger();

  private final class Notifications extends NotificationServiceGrpc.NotificationServiceImplBase {
    @Override
    public void listNotifications(
        ListNotificationsRequest request, StreamObserver<ListNotificationsResponse> responses) {
      handled.incrementAndGet();
      responses.onNext(ListNotificationsResponse.getDefaultInstance());
      responses.onCompleted();
    }
  }

  private GrpcTestHarness start(Transport transport) {
    var full = ValidatorFactory.newBuilder().build();
    var failFast =
        ValidatorFactory.newBuilder()
            .withConfig(Config.newBuilder().setFailFast(true).build())
            .build();
    ValidationInterceptor interceptor =
        new ValidationInterceptor(
            m -> {
              validatorCalls.incrementAndGet();
              var result = failFast.validate(m);
              violationsBuilt.addAndGet(result.getViolations().size());
              return result;
            },
            m -> {
              validatorCalls.incrementAndGet();
              var result = full.validate(m);
              violationsBuilt.addAndGet(result.getViolations().size());
              return result;
            });
    return GrpcTestHarness.start(
        transport, List.of(ServerInterceptors.intercept(new Notifications(), interceptor)));
  }

  /** A packed repeated enum of {@code count} zeros: one byte per element, each one a violation. */
  private static ListNotificationsRequest zeros(int count) {
    ListNotificationsRequest.Builder request =
        ListNotificationsRequest.newBuilder().setUserId("user-123");
    for (int i = 0; i < count; i++) {
      request.addChannelsValue(0);
    }
    return request.build();
  }

  private StatusRuntimeException call(GrpcTestHarness harness, ListNotificationsRequest request) {
    var stub =
        NotificationServiceGrpc.newBlockingStub(harness.channel())
            .withDeadlineAfter(60, TimeUnit.SECONDS);
    return org.junit.jupiter.api.Assertions.assertThrows(
        StatusRuntimeException.class, () -> stub.listNotifications(request));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMegabyteOfBadElementsFailsFastWithOneViolation(Transport transport) throws Exception {
    ListNotificationsRequest hostile = zeros(1_000_000);
    assertThat(hostile.getSerializedSize()).isGreaterThan(1_000_000);

    try (GrpcTestHarness harness = start(transport)) {
      StatusRuntimeException e = call(harness, hostile);

      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      com.google.rpc.Status status = StatusProto.fromThrowable(e);
      assertThat(status.getSerializedSize()).isLessThanOrEqualTo(4096);
      ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
      assertThat(info.getReason()).isEqualTo("VALIDATION_FAILED");
      assertThat(info.getMetadataMap())
          .containsEntry("violationCount", "1")
          .containsEntry("violationsTruncated", "true");
      BadRequest badRequest = RpcErrors.badRequest(e).orElseThrow();
      assertThat(badRequest.getFieldViolationsList())
          .singleElement()
          .satisfies(v -> assertThat(v.getField()).startsWith("channels"));
    }
    assertThat(handled).hasValue(0);
    assertThat(validatorCalls).hasValue(1);
    assertThat(violationsBuilt).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRequestAtTheThresholdIsCountedInFullAndStillFitsTheTrailer(Transport transport)
      throws Exception {
    ListNotificationsRequest request = zeros(ValidationInterceptor.FULL_PASS_MAX_BYTES - 32);
    assertThat(request.getSerializedSize())
        .isLessThanOrEqualTo(ValidationInterceptor.FULL_PASS_MAX_BYTES);
    int expected = request.getChannelsCount() + 1; // every element, plus max_items

    try (GrpcTestHarness harness = start(transport)) {
      StatusRuntimeException e = call(harness, request);

      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(StatusProto.fromThrowable(e).getSerializedSize()).isLessThanOrEqualTo(4096);
      assertThat(RpcErrors.errorInfo(e).orElseThrow().getMetadataMap())
          .containsEntry("violationCount", Integer.toString(expected))
          .containsEntry("violationsTruncated", "true");
      assertThat(RpcErrors.badRequest(e).orElseThrow().getFieldViolationsCount()).isEqualTo(20);
      assertThat(e.getStatus().getDescription())
          .isEqualTo("request failed validation: " + expected + " violations");
    }
    assertThat(handled).hasValue(0);
    assertThat(violationsBuilt).hasValue(expected);
  }

  @org.junit.jupiter.api.Test
  void aLargeValidRequestPassesTheFailFastValidator() throws Exception {
    SendNotificationRequest.Builder large =
        SendNotificationRequest.newBuilder()
            .setUserId("user-123")
            .setChannel(NotificationChannel.NOTIFICATION_CHANNEL_EMAIL)
            .setTemplateId("bet.settled_won")
            .setCategory(NotificationCategory.NOTIFICATION_CATEGORY_ACCOUNT)
            .setIdempotencyKey("event-1:email");
    for (int i = 0; i < 50; i++) {
      large.putParameters("p" + i, "v".repeat(2048));
    }
    SendNotificationRequest request = large.build();
    assertThat(request.getSerializedSize())
        .isGreaterThan(ValidationInterceptor.FULL_PASS_MAX_BYTES);
    AtomicInteger failFastCalls = new AtomicInteger();
    AtomicInteger fullCalls = new AtomicInteger();
    var validator = ValidatorFactory.newBuilder().build();
    BoundedValidation validation =
        new BoundedValidation(
            m -> {
              failFastCalls.incrementAndGet();
              return validator.validate(m);
            },
            m -> {
              fullCalls.incrementAndGet();
              return validator.validate(m);
            });

    assertThat(validation.check(request, "notification.v1.NotificationService/SendNotification"))
        .isEmpty();
    assertThat(failFastCalls).hasValue(1);
    assertThat(fullCalls).hasValue(0);
  }
}
