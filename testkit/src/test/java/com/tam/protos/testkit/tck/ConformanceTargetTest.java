package com.tam.protos.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConformanceTargetTest {
  /** A platform that only counts how often it was closed. */
  static final class Platform implements AutoCloseable {
    final TckTarget target;
    int closed;

    Platform(boolean withClock) {
      this.target =
          new TckTarget() {
            @Override
            public Channel channel() {
              return null;
            }

            @Override
            public CallCredentials serviceCredentials() {
              return null;
            }

            @Override
            public CallCredentials operatorCredentials() {
              return null;
            }

            @Override
            public TckUser newUser() {
              return null;
            }

            @Override
            public Optional<TckClock> clock() {
              return withClock ? Optional.of(step -> {}) : Optional.empty();
            }
          };
    }

    @Override
    public void close() {
      closed++;
    }
  }

  @Test
  void opensTheTargetBeforeTheSuiteAndClosesItAfter() throws Exception {
    Platform p = new Platform(true);
    ConformanceTarget<Platform> t = new ConformanceTarget<>(() -> p, x -> x.target);

    t.beforeAll(null);
    assertThat(t.target()).isSameAs(p.target);
    t.afterAll(null);

    assertThat(p.closed).isEqualTo(1);
    assertThatThrownBy(t::target).hasMessageContaining("not running");
  }

  @Test
  void refusesATargetWithoutAClockBecauseCasesWouldBeSkipped() {
    Platform p = new Platform(false);
    ConformanceTarget<Platform> t = new ConformanceTarget<>(() -> p, x -> x.target);

    assertThatThrownBy(() -> t.beforeAll(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no clock")
        .hasMessageContaining("skip");
    assertThat(p.closed).as("the refused platform is closed at once").isEqualTo(1);
  }
}
