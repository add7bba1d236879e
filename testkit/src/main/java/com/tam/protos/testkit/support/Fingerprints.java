package com.tam.protos.testkit.support;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Deterministic bytes of a request, for comparing a retry with the first call. */
final class Fingerprints {
  private Fingerprints() {}

  static byte[] of(Message request) {
    byte[] bytes = new byte[request.getSerializedSize()];
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.useDeterministicSerialization();
    try {
      request.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the array has the message's exact size
    }
    out.checkNoSpaceLeft();
    return bytes;
  }
}
