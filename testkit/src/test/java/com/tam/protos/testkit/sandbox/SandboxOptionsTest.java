package com.tam.protos.testkit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

  @Test
  @DisplayName("defaults: 127.0.0.1:9090, in-process Temporal, in-memory bus, seed 1")
  void defaults() {
    Sandbox.Options o = Sandbox.Options.parse(new String[0]);

    assertThat(o).isEqualTo(new Sandbox.Options("127.0.0.1", 9090, null, null, 1));
  }

  @Test
  @DisplayName("every flag is read")
  void flags() {
    Sandbox.Options o =
        Sandbox.Options.parse(
            new String[] {
              "--port",
              "0",
              "--host",
              "0.0.0.0",
              "--temporal",
              "localhost:7233",
              "--nats",
              "nats://127.0.0.1:4222",
              "--seed",
              "9"
            });

    assertThat(o)
        .isEqualTo(new Sandbox.Options("0.0.0.0", 0, "localhost:7233", "nats://127.0.0.1:4222", 9));
  }

  @Test
  @DisplayName("an unknown flag, a missing value or a bad port is refused with its reason")
  void refusals() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> Sandbox.Options.parse(new String[] {"--verbose"})))
        .hasMessageContaining("unknown argument --verbose");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> Sandbox.Options.parse(new String[] {"--port"})))
        .hasMessageContaining("--port needs a value");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> Sandbox.Options.parse(new String[] {"--port", "70000"})))
        .hasMessageContaining("0..65535");
  }
}
