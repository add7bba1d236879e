package com.tam.protos.contract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verbs an RPC name may start with, split into reads and writes.
 *
 * <p>To allow a new verb, add it to {@link #READS} or {@link #WRITES} in review, and to the table
 * in docs/CONVENTIONS.md and docs/CONTRACT-RULES.md. A verb in neither set fails {@link
 * RpcVerbRule} until someone adds it on purpose.
 */
public final class RpcVerbs {

  /** Verbs of RPCs without side effects ({@code idempotency_level = NO_SIDE_EFFECTS}). */
  public static final Set<String> READS = Set.of("Get", "List", "Stream", "Validate");

  /** Verbs of RPCs that change state ({@code idempotency_level = IDEMPOTENT}). */
  public static final Set<String> WRITES =
      Set.of(
          "Reserve",
          "Commit",
          "Cancel",
          "Credit",
          "Deposit",
          "Withdraw",
          "Place",
          "Confirm",
          "Settle",
          "Register",
          "Login",
          "Refresh",
          "Logout",
          "Send",
          "Mark",
          "Update",
          "Create",
          "Delete",
          "Generate",
          "Open",
          "Suspend",
          "Close",
          "Record",
          "Check",
          "Charge",
          "Adjust",
          "Start",
          "Fail",
          "Freeze",
          "Unfreeze",
          "Assess",
          "Release",
          "Set",
          "Self",
          "Clear",
          "Disable",
          "Enable",
          "Replace",
          "Void",
          "Resettle",
          "Resolve");

  private static final Pattern LEADING_WORD = Pattern.compile("^[A-Z][a-z0-9]*");

  private RpcVerbs() {}

  /**
   * Returns the verb of an RPC name: its leading UpperCamel word ({@code ReserveBalance} -> {@code
   * Reserve}).
   */
  public static Optional<String> verbOf(String methodName) {
    Matcher m = LEADING_WORD.matcher(methodName);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
