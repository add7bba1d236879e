package com.tam.protos.testkit.support;

import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.time.Clock;

/**
 * What every reference service is built from, shared by all services of one platform.
 *
 * @param clock the platform's clock (a {@link MutableClock} in tests); never {@code
 *     Clock.systemUTC()} inside a service
 * @param events the event bus
 * @param platform a channel to the platform's server, on which a service calls its neighbours
 *     through the generated stubs (order-validator calls wallet, risk and order-book this way)
 * @param serviceCredentials the service-role token to attach to those calls
 * @param ids the id source
 */
public record ServiceContext(
    Clock clock, EventBus events, Channel platform, CallCredentials serviceCredentials, Ids ids) {}
