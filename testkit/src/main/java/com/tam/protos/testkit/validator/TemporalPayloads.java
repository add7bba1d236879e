package com.tam.protos.testkit.validator;

import io.temporal.common.converter.ByteArrayPayloadConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;
import io.temporal.common.converter.NullPayloadConverter;
import io.temporal.common.converter.ProtobufJsonPayloadConverter;
import io.temporal.common.converter.ProtobufPayloadConverter;

/**
 * The Temporal data converters the order-validator uses: workflow and activity payloads are
 * tam-protos messages, encoded by Temporal's protobuf payload converters (see docs/temporal.md).
 */
public final class TemporalPayloads {
  private TemporalPayloads() {}

  /**
   * Protobuf binary first ({@code binary/protobuf}, with the message's full name in the payload's
   * {@code messageType}): compact, and stable under field renames. The reference order-validator
   * uses it.
   *
   * @return the converter
   */
  public static DataConverter binary() {
    return new DefaultDataConverter(
        new NullPayloadConverter(),
        new ByteArrayPayloadConverter(),
        new ProtobufPayloadConverter(),
        new JacksonJsonPayloadConverter());
  }

  /**
   * Protobuf JSON first ({@code json/protobuf}): readable in the Temporal UI and in {@code temporal
   * workflow show}; this is also Temporal's default order.
   *
   * @return the converter
   */
  public static DataConverter json() {
    return new DefaultDataConverter(
        new NullPayloadConverter(),
        new ByteArrayPayloadConverter(),
        new ProtobufJsonPayloadConverter(),
        new ProtobufPayloadConverter(),
        new JacksonJsonPayloadConverter());
  }
}
