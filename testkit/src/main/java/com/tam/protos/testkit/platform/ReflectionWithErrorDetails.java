package com.tam.protos.testkit.platform;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.rpc.ErrorDetailsProto;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.grpc.reflection.v1.FileDescriptorResponse;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * gRPC server reflection ({@code grpc.reflection.v1}) that also knows {@code
 * google/rpc/error_details.proto}.
 *
 * <p>grpc-java's {@link ProtoReflectionServiceV1} serves the files of the registered services and
 * their imports. No service imports {@code error_details.proto}: {@code ErrorInfo} and {@code
 * BadRequest} travel packed in {@code google.protobuf.Any} inside the {@code
 * grpc-status-details-bin} trailer. A client that decodes error details through reflection
 * (grpcurl) could therefore not name them and printed their raw bytes. This service answers {@code
 * file_by_filename} and {@code file_containing_symbol} for that file (and its imports) itself and
 * hands every other request to grpc-java's service, whose flow control it keeps: for a request it
 * answers, it asks the stream for the next one, as grpc-java's observer would have done.
 */
final class ReflectionWithErrorDetails extends ServerReflectionGrpc.ServerReflectionImplBase {
  private final ServerReflectionGrpc.ServerReflectionImplBase delegate =
      (ServerReflectionGrpc.ServerReflectionImplBase) ProtoReflectionServiceV1.newInstance();
  private final Map<String, FileDescriptor> byName = new HashMap<>();
  private final Map<String, FileDescriptor> bySymbol = new HashMap<>();

  ReflectionWithErrorDetails() {
    FileDescriptor details = ErrorDetailsProto.getDescriptor();
    byName.put(details.getName(), details);
    for (FileDescriptor dependency : closure(details)) {
      byName.putIfAbsent(dependency.getName(), dependency);
    }
    for (Descriptor message : details.getMessageTypes()) {
      index(message, details);
    }
    for (EnumDescriptor e : details.getEnumTypes()) {
      bySymbol.put(e.getFullName(), details);
    }
  }

  private void index(Descriptor message, FileDescriptor file) {
    bySymbol.put(message.getFullName(), file);
    for (Descriptor nested : message.getNestedTypes()) {
      index(nested, file);
    }
    for (EnumDescriptor e : message.getEnumTypes()) {
      bySymbol.put(e.getFullName(), file);
    }
  }

  @Override
  public StreamObserver<ServerReflectionRequest> serverReflectionInfo(
      StreamObserver<ServerReflectionResponse> responses) {
    StreamObserver<ServerReflectionRequest> inner = delegate.serverReflectionInfo(responses);
    @SuppressWarnings("unchecked")
    ServerCallStreamObserver<ServerReflectionResponse> call =
        (ServerCallStreamObserver<ServerReflectionResponse>) responses;
    return new StreamObserver<>() {
      @Override
      public void onNext(ServerReflectionRequest request) {
        FileDescriptor file = lookup(request);
        if (file == null) {
          inner.onNext(request);
          return;
        }
        call.onNext(answer(request, file));
        call.request(1);
      }

      @Override
      public void onError(Throwable t) {
        inner.onError(t);
      }

      @Override
      public void onCompleted() {
        inner.onCompleted();
      }
    };
  }

  private FileDescriptor lookup(ServerReflectionRequest request) {
    return switch (request.getMessageRequestCase()) {
      case FILE_BY_FILENAME -> byName.get(request.getFileByFilename());
      case FILE_CONTAINING_SYMBOL -> bySymbol.get(request.getFileContainingSymbol());
      default -> null;
    };
  }

  /** The file and everything it imports, as grpc-java's service answers for its own files. */
  private static ServerReflectionResponse answer(
      ServerReflectionRequest request, FileDescriptor file) {
    FileDescriptorResponse.Builder files = FileDescriptorResponse.newBuilder();
    files.addFileDescriptorProto(file.toProto().toByteString());
    for (FileDescriptor dependency : closure(file)) {
      files.addFileDescriptorProto(dependency.toProto().toByteString());
    }
    return ServerReflectionResponse.newBuilder()
        .setValidHost(request.getHost())
        .setOriginalRequest(request)
        .setFileDescriptorResponse(files)
        .build();
  }

  /** Every file {@code file} imports, directly or not, without {@code file} itself. */
  private static Set<FileDescriptor> closure(FileDescriptor file) {
    Set<FileDescriptor> seen = new LinkedHashSet<>();
    Deque<FileDescriptor> todo = new ArrayDeque<>(file.getDependencies());
    while (!todo.isEmpty()) {
      FileDescriptor next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(next.getDependencies());
      }
    }
    return seen;
  }
}
