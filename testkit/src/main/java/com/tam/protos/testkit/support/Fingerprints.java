package com.tam.protos.testkit.support;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Deterministic bytes of a request, for comparing a retry with the first call. */
final class Fingerprints {
  private Fingerprints() {}

  static byte[] of(Message request) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(request.getSerializedSize());
      CodedOutputStream out = CodedOutputStream.newInstance(bytes);
      out.useDeterministicSerialization();
      request.writeTo(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
