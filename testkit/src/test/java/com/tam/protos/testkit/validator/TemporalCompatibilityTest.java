package com.tam.protos.testkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.GeneratedMessage;
import com.google.protobuf.GeneratedMessageV3;
import com.google.protobuf.RuntimeVersion;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.PlaceOrderRequest;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.common.converter.DataConverter;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that the Temporal Java SDK (whose generated API classes are protobuf 3.x gencode) runs in
 * our protobuf-java 4.x build, with our 4.x messages as workflow and activity payloads (see
 * docs/temporal.md).
 */
class TemporalCompatibilityTest {

  /** A workflow whose input and result are tam-protos messages. */
  @WorkflowInterface
  public interface ReserveWorkflow {
    /** Reserves the order's stake after a durable one-hour timer. */
    @WorkflowMethod
    Order place(PlaceOrderRequest request);
  }

  /** An activity whose argument and result are tam-protos messages. */
  @ActivityInterface
  public interface WalletActivity {
    /** Answers a reservation. */
    ReserveBalanceResponse reserve(ReserveBalanceRequest request);
  }

  /** The workflow. */
  public static final class ReserveWorkflowImpl implements ReserveWorkflow {
    private final WalletActivity wallet =
        Workflow.newActivityStub(
            WalletActivity.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(5)).build());

    @Override
    public Order place(PlaceOrderRequest request) {
      Workflow.sleep(Duration.ofHours(1)); // skipped by the test service, not waited for
      ReserveBalanceResponse reserved =
          wallet.reserve(
              ReserveBalanceRequest.newBuilder()
                  .setUserId(request.getUserId())
                  .setAmount(request.getStake())
                  .setCurrency(request.getCurrency())
                  .setSagaId(Workflow.getInfo().getWorkflowId())
                  .setIdempotencyKey(Workflow.getInfo().getWorkflowId() + ":reserve")
                  .build());
      return Order.newBuilder()
          .setUserId(request.getUserId())
          .setStake(request.getStake())
          .setCurrency(request.getCurrency())
          .setReservationId(reserved.getReservation().getReservationId())
          .setState(OrderState.ORDER_STATE_RESERVING)
          .build();
    }
  }

  /** The activity. */
  public static final class WalletActivityImpl implements WalletActivity {
    @Override
    public ReserveBalanceResponse reserve(ReserveBalanceRequest request) {
      return ReserveBalanceResponse.newBuilder()
          .setReservation(
              Reservation.newBuilder()
                  .setReservationId("res-" + request.getSagaId())
                  .setUserId(request.getUserId())
                  .setAmount(request.getAmount())
                  .setCurrency(request.getCurrency())
                  .setState(ReservationState.RESERVATION_STATE_PENDING))
          .setAvailableAfter("900.00")
          .build();
    }
  }

  /** Each of the two converters, with the encoding it writes. */
  record Encoding(String name, DataConverter converter) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Encoding> protobufConverters() {
    return Stream.of(
        new Encoding("binary/protobuf", TemporalPayloads.binary()),
        new Encoding("json/protobuf", TemporalPayloads.json()));
  }

  @ParameterizedTest
  @MethodSource("protobufConverters")
  void ourProtobufFourMessagesTravelThroughAWorkflowOnTheInProcessTestService(Encoding encoding)
      throws Exception {
    DataConverter data = encoding.converter();
    TestEnvironmentOptions options =
        TestEnvironmentOptions.newBuilder()
            .setUseTimeskipping(true)
            .setWorkflowClientOptions(
                WorkflowClientOptions.newBuilder().setDataConverter(data).build())
            .build();
    try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance(options)) {
      Worker worker = env.newWorker("compat");
      worker.registerWorkflowImplementationTypes(ReserveWorkflowImpl.class);
      worker.registerActivitiesImplementations(new WalletActivityImpl());
      env.start();
      WorkflowClient client = env.getWorkflowClient();
      PlaceOrderRequest request =
          PlaceOrderRequest.newBuilder()
              .setUserId("user-123")
              .setMarketId("m-1")
              .setSelectionId("s-1")
              .setSide(BetSide.BET_SIDE_BACK)
              .setPrice("2.50")
              .setStake("100.00")
              .setCurrency("EUR")
              .setIdempotencyKey("idempotency-789")
              .build();
      ReserveWorkflow workflow =
          client.newWorkflowStub(
              ReserveWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId("saga-456")
                  .setTaskQueue("compat")
                  .build());
      long before = env.currentTimeMillis();

      Order order = workflow.place(request);

      assertThat(order.getReservationId()).isEqualTo("res-saga-456");
      assertThat(order.getStake()).isEqualTo("100.00");
      assertThat(env.currentTimeMillis() - before)
          .as("the one-hour timer was skipped")
          .isGreaterThanOrEqualTo(Duration.ofHours(1).toMillis());

      // Temporal's own 3.x gencode, through the real client API: decode the history and find our
      // 4.x activity input in it, byte for byte.
      WorkflowExecutionHistory history = client.fetchHistory("saga-456");
      List<HistoryEvent> events = history.getEvents();
      HistoryEvent scheduled =
          events.stream()
              .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
              .findFirst()
              .orElseThrow();
      Payload input = scheduled.getActivityTaskScheduledEventAttributes().getInput().getPayloads(0);
      assertThat(input.getMetadataOrThrow("encoding").toString(StandardCharsets.UTF_8))
          .isEqualTo(encoding.name());
      assertThat(input.getMetadataOrThrow("messageType").toString(StandardCharsets.UTF_8))
          .isEqualTo("wallet.v1.ReserveBalanceRequest");
      ReserveBalanceRequest decoded =
          data.fromPayload(input, ReserveBalanceRequest.class, ReserveBalanceRequest.class);
      assertThat(decoded.getIdempotencyKey()).isEqualTo("saga-456:reserve");
      assertThat(decoded.getAmount()).isEqualTo("100.00");
      // And the history itself survives a round trip through the 4.x runtime.
      assertThat(WorkflowExecutionHistory.fromJson(history.toJson(true)).getEvents())
          .isEqualTo(events);
    }
  }

  @Test
  void bothGencodeGenerationsShareOneProtobufFourRuntime() {
    assertThat(RuntimeVersion.MAJOR).as("protobuf-java runtime major version").isEqualTo(4);
    assertThat(GeneratedMessage.class).isAssignableFrom(Order.class);
    assertThat(GeneratedMessageV3.class)
        .as("Temporal's API classes are protobuf 3.x gencode")
        .isAssignableFrom(HistoryEvent.class);
    assertThat(GeneratedMessageV3.class.isAssignableFrom(Order.class)).isFalse();
  }
}
