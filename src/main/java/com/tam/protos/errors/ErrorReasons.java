package com.tam.protos.errors;

import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.ProtocolMessageEnum;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts between error-reason enum values and the {@code ErrorInfo.reason} strings sent on the
 * wire.
 *
 * <p>The wire reason is the enum value name without the enum-name prefix (docs/CONVENTIONS.md,
 * "Errors"): {@code common.v1.ErrorReason.ERROR_REASON_VALIDATION_FAILED} is sent as {@code
 * "VALIDATION_FAILED"}, {@code wallet.v1.WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS}
 * as {@code "INSUFFICIENT_FUNDS"}. The prefix is derived from the enum's name ({@code
 * WalletErrorReason} becomes {@code WALLET_ERROR_REASON_}), so this works for any protobuf enum
 * that follows the buf {@code ENUM_VALUE_PREFIX} rule.
 */
public final class ErrorReasons {

  private ErrorReasons() {}

  /**
   * Returns the wire reason of an enum value.
   *
   * @param value a defined value other than the zero ({@code _UNSPECIFIED}) value
   * @return the value name without the enum prefix, for example {@code "VALIDATION_FAILED"}
   * @throws IllegalArgumentException if the value is the zero value, {@code UNRECOGNIZED}, or its
   *     name does not start with the enum prefix
   */
  public static String toReason(ProtocolMessageEnum value) {
    if (value instanceof Enum<?> e && "UNRECOGNIZED".equals(e.name())) {
      throw new IllegalArgumentException("UNRECOGNIZED has no reason string");
    }
    EnumValueDescriptor descriptor = value.getValueDescriptor();
    if (descriptor.getNumber() == 0) {
      throw new IllegalArgumentException(
          descriptor.getFullName() + " is the zero value and is never sent as a reason");
    }
    String prefix = prefixOf(descriptor.getType());
    String name = descriptor.getName();
    if (!name.startsWith(prefix) || name.length() == prefix.length()) {
      throw new IllegalArgumentException(
          descriptor.getFullName() + " does not start with the enum prefix " + prefix);
    }
    return name.substring(prefix.length());
  }

  /**
   * Returns the enum value whose wire reason is {@code reason}.
   *
   * @param type the generated enum class, for example {@code ErrorReason.class}
   * @param reason the wire reason, for example {@code "TOKEN_EXPIRED"}; {@code null} gives empty
   * @param <E> the enum type
   * @return the value, or empty when the enum has no such reason (or the reason would name the zero
   *     value)
   */
  public static <E extends Enum<E> & ProtocolMessageEnum> Optional<E> fromReason(
      Class<E> type, String reason) {
    if (reason == null || reason.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if ("UNRECOGNIZED".equals(constant.name())) {
        continue;
      }
      EnumValueDescriptor descriptor = constant.getValueDescriptor();
      if (descriptor.getNumber() != 0
          && descriptor.getName().equals(prefixOf(descriptor.getType()) + reason)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the value-name prefix of an enum: its name in UPPER_SNAKE_CASE followed by {@code _}.
   *
   * @param type the enum descriptor, for example of {@code common.v1.ErrorReason}
   * @return for example {@code "ERROR_REASON_"}
   */
  public static String prefixOf(EnumDescriptor type) {
    String name = type.getName();
    StringBuilder out = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary =
          i > 0
              && Character.isUpperCase(c)
              && (Character.isLowerCase(name.charAt(i - 1))
                  || Character.isDigit(name.charAt(i - 1))
                  || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
      if (boundary) {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString().toUpperCase(Locale.ROOT) + "_";
  }
}
