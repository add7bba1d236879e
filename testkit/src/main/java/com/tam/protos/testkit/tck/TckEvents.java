package com.tam.protos.testkit.tck;

import com.google.protobuf.Message;
import java.util.List;

/**
 * The events the implementation under test has published, for the suites' event checks (see {@link
 * EventConformance}). A team taps what its service writes to its outbox or to NATS; the reference
 * platforms return their bus's record.
 */
@FunctionalInterface
public interface TckEvents {
  /**
   * Every event published since the target started, oldest first.
   *
   * @return a snapshot; later calls return a list that begins with this one
   */
  List<Message> published();

  /**
   * What the tap itself found wrong, each starting with its rule id, for example a message on a
   * platform subject that no event declares ({@code [events.declared]}) or a payload that does not
   * decode ({@code [events.decodable]}).
   *
   * @return a snapshot; later calls return a list that begins with this one; empty by default
   */
  default List<String> problems() {
    return List.of();
  }
}
