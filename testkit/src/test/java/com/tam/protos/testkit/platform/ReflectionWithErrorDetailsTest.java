package com.tam.protos.testkit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.InvalidProtocolBufferException;
import com.tam.protos.testkit.support.MutableClock;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReflectionWithErrorDetailsTest {
  private final PlatformServer server =
      PlatformServer.newBuilder(MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z")))
          .start();

  @AfterEach
  void stop() {
    server.close();
  }

  /** Sends the requests on one reflection stream, one at a time, and returns the answers. */
  private List<ServerReflectionResponse> ask(ServerReflectionRequest... requests) throws Exception {
    List<ServerReflectionResponse> answers = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> out =
        ServerReflectionGrpc.newStub(server.channel())
            .serverReflectionInfo(
                new StreamObserver<>() {
                  @Override
                  public void onNext(ServerReflectionResponse r) {
                    synchronized (answers) {
                      answers.add(r);
                    }
                  }

                  @Override
                  public void onError(Throwable t) {
                    done.completeExceptionally(t);
                  }

                  @Override
                  public void onCompleted() {
                    done.complete(null);
                  }
                });
    for (ServerReflectionRequest r : requests) {
      out.onNext(r);
    }
    out.onCompleted();
    done.get(10, TimeUnit.SECONDS);
    return answers;
  }

  private static ServerReflectionRequest symbol(String name) {
    return ServerReflectionRequest.newBuilder().setFileContainingSymbol(name).build();
  }

  private static List<String> fileNames(ServerReflectionResponse r)
      throws InvalidProtocolBufferException {
    List<String> names = new ArrayList<>();
    for (ByteString b : r.getFileDescriptorResponse().getFileDescriptorProtoList()) {
      names.add(FileDescriptorProto.parseFrom(b).getName());
    }
    return names;
  }

  @Test
  void errorDetailTypesResolveToErrorDetailsProtoWithItsImports() throws Exception {
    List<ServerReflectionResponse> answers =
        ask(
            symbol("google.rpc.ErrorInfo"),
            symbol("google.rpc.BadRequest.FieldViolation"),
            ServerReflectionRequest.newBuilder()
                .setFileByFilename("google/rpc/error_details.proto")
                .build());

    assertThat(answers).hasSize(3);
    for (ServerReflectionResponse r : answers) {
      assertThat(r.hasErrorResponse()).as("error response %s", r.getErrorResponse()).isFalse();
      assertThat(fileNames(r))
          .startsWith("google/rpc/error_details.proto")
          .contains("google/protobuf/duration.proto");
    }
    assertThat(answers.get(0).getOriginalRequest()).isEqualTo(symbol("google.rpc.ErrorInfo"));
  }

  @Test
  void theServicesOwnFilesAndUnknownSymbolsStillGoToGrpcJavasReflection() throws Exception {
    List<ServerReflectionResponse> answers =
        ask(
            ServerReflectionRequest.newBuilder().setListServices("").build(),
            symbol("grpc.health.v1.Health"),
            symbol("google.rpc.NoSuchDetail"),
            symbol("google.rpc.ErrorInfo"));

    assertThat(answers).hasSize(4);
    assertThat(answers.get(0).getListServicesResponse().getServiceList())
        .extracting(s -> s.getName())
        .contains("grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection")
        .doesNotContain("google.rpc.ErrorInfo");
    assertThat(fileNames(answers.get(1))).contains("grpc/health/v1/health.proto");
    assertThat(answers.get(2).getErrorResponse().getErrorCode())
        .isEqualTo(io.grpc.Status.Code.NOT_FOUND.value());
    assertThat(fileNames(answers.get(3))).startsWith("google/rpc/error_details.proto");
  }
}
