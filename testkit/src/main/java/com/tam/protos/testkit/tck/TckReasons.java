package com.tam.protos.testkit.tck;

import com.google.protobuf.ProtocolMessageEnum;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The error reasons that the suites have seen a target produce and checked, by the full name of
 * their enum value ({@code wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS}).
 *
 * <p>Every assertion of an {@code ErrorInfo.reason} or of a {@code failure_reason} field records
 * its expected value here once it has passed. {@link Tck#run(Class[])} collects the set of one run
 * into its {@link TckReport}, so that a run can say which documented reasons it exercised and which
 * it did not ({@code ErrorReasonCoverageTest} holds the reference services to every reason).
 */
final class TckReasons {
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  private TckReasons() {}

  /**
   * Records a reason whose assertion passed.
   *
   * @param reason the enum value
   */
  static void checked(ProtocolMessageEnum reason) {
    CHECKED.add(reason.getValueDescriptor().getFullName());
  }

  /** Forgets what was recorded, at the start of a run. */
  static void reset() {
    CHECKED.clear();
  }

  /**
   * What was recorded since the last {@link #reset()}.
   *
   * @return the full names
   */
  static Set<String> snapshot() {
    return Set.copyOf(CHECKED);
  }
}
