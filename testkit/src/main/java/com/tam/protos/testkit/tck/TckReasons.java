package com.tam.protos.testkit.tck;

import com.google.protobuf.ProtocolMessageEnum;
import com.google.rpc.ErrorInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The error reasons that the suites have seen a target produce and checked, by the full name of
 * their enum value ({@code wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS}),
 * with the {@code ErrorInfo.metadata} keys that came with them.
 *
 * <p>Every assertion of an {@code ErrorInfo.reason} or of a {@code failure_reason} field records
 * its expected value here once it has passed. {@link Tck#run(Class[])} collects what one run
 * recorded into its {@link TckReport}, so that a run can say which documented reasons it exercised
 * and which it did not ({@code ErrorReasonCoverageTest} holds the reference services to every
 * reason and to each reason's documented metadata).
 */
final class TckReasons {
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
  private static final Map<String, Set<String>> METADATA = new ConcurrentHashMap<>();

  private TckReasons() {}

  /**
   * Records a reason whose assertion passed, seen in a response field (no {@code ErrorInfo}).
   *
   * @param reason the enum value
   */
  static void checked(ProtocolMessageEnum reason) {
    CHECKED.add(reason.getValueDescriptor().getFullName());
  }

  /**
   * Records a reason whose assertion passed, seen in an {@code ErrorInfo}, with its metadata keys.
   *
   * @param reason the enum value
   * @param info the {@code ErrorInfo} that carried it
   */
  static void checked(ProtocolMessageEnum reason, ErrorInfo info) {
    String name = reason.getValueDescriptor().getFullName();
    CHECKED.add(name);
    METADATA
        .computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet())
        .addAll(info.getMetadataMap().keySet());
  }

  /** Forgets what was recorded, at the start of a run. */
  static void reset() {
    CHECKED.clear();
    METADATA.clear();
  }

  /**
   * The reasons recorded since the last {@link #reset()}.
   *
   * @return the full names
   */
  static Set<String> snapshot() {
    return Set.copyOf(CHECKED);
  }

  /**
   * For each reason recorded from an {@code ErrorInfo} since the last {@link #reset()}, every
   * metadata key seen with it.
   *
   * @return reason full name to metadata keys
   */
  static Map<String, Set<String>> metadataSnapshot() {
    Map<String, Set<String>> out = new HashMap<>();
    METADATA.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return out;
  }
}
