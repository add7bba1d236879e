package com.tam.protos.contract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A field whose name contains {@code password}, {@code token}, {@code secret}, {@code api_key} or
 * {@code credential}, of any type (a message-typed {@code Credentials credentials} field included),
 * sets {@code debug_redact = true}. Page tokens ({@code page_token}, {@code next_page_token}) are
 * exempt.
 *
 * <p>The option is honoured by redacting printers such as protobuf-java's {@code
 * com.google.protobuf.DebugFormat}; {@code toString()} and {@code TextFormat} still print the value
 * in clear, so code that logs messages must print them with {@code DebugFormat} (see
 * docs/CONVENTIONS.md, Secrets).
 */
public final class SecretRedactionRule implements ContractRule {

  @Override
  public String id() {
    return "SECRET_REDACTION";
  }

  @Override
  public String summary() {
    return "fields holding secrets set debug_redact";
  }

  /** Substrings that mark a field name as a secret. */
  public static final List<String> SECRET_WORDS =
      List.of("password", "token", "secret", "api_key", "credential");

  /** Field names that contain a secret word but are not secrets. */
  public static final Set<String> EXEMPT = Set.of("page_token", "next_page_token");

  static boolean isSecretName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !EXEMPT.contains(lower) && SECRET_WORDS.stream().anyMatch(lower::contains);
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    return contracts
        .fields()
        .filter(f -> isSecretName(f.getName()))
        .filter(f -> !f.getOptions().getDebugRedact())
        .map(
            f ->
                Elements.violation(
                    this,
                    f,
                    "holds a secret but does not set debug_redact",
                    "add the field option [debug_redact = true]"))
        .toList();
  }
}
