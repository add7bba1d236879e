package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DebugFormat;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretRedactionRuleTest {

  private final SecretRedactionRule rule = new SecretRedactionRule();

  private List<Violation> check(FieldDescriptorProto.Builder... fields) {
    return rule.check(set(file("demo/v1/demo.proto").addMessageType(message("Login", fields))));
  }

  private static FieldDescriptorProto.Builder redacted(String name, int number) {
    FieldDescriptorProto.Builder f = string(name, number);
    f.getOptionsBuilder().setDebugRedact(true);
    return f;
  }

  @Test
  void passesWhenSecretsAreRedactedAndPageTokensAreExempt() {
    assertThat(
            check(
                redacted("password", 1),
                redacted("access_token", 2),
                string("page_token", 3),
                string("next_page_token", 4),
                string("user_id", 5)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password",
        "new_password",
        "refresh_token",
        "client_secret",
        "api_key",
        "credentials"
      })
  void failsOnAnUnredactedSecret(String name) {
    assertThat(Protos.messages(check(string(name, 1))))
        .containsExactly(
            "demo/v1/demo.proto: [SecretRedactionRule] field demo.v1.Login."
                + name
                + " holds a secret but does not set debug_redact. Fix: add the field option"
                + " [debug_redact = true]");
  }

  @Test
  void checksFieldsOfEveryTypeSoAMessageTypedCredentialsFieldIsCovered() {
    FieldDescriptorProto.Builder credentials =
        Protos.field("credentials", 1, Type.TYPE_MESSAGE, "demo.v1.Credentials");
    FieldDescriptorProto.Builder keys =
        Protos.repeated(Protos.field("api_keys", 2, Type.TYPE_BYTES));
    ContractSet contracts =
        set(
            file("demo/v1/demo.proto")
                .addMessageType(message("Credentials", redacted("secret", 1)))
                .addMessageType(message("Login", credentials, keys)));

    assertThat(rule.check(contracts))
        .extracting(Violation::element)
        .containsExactly("field demo.v1.Login.credentials", "field demo.v1.Login.api_keys");

    credentials.getOptionsBuilder().setDebugRedact(true);
    keys.getOptionsBuilder().setDebugRedact(true);
    assertThat(
            rule.check(
                set(
                    file("demo/v1/demo.proto")
                        .addMessageType(message("Credentials", redacted("secret", 1)))
                        .addMessageType(message("Login", credentials, keys)))))
        .isEmpty();
  }

  @Test
  void debugFormatRedactsWhatToStringPrints() {
    // What the rule's javadoc promises: debug_redact is honoured by DebugFormat only.
    Descriptor login =
        set(file("demo/v1/demo.proto").addMessageType(message("Login", redacted("password", 1))))
            .files()
            .get(0)
            .findMessageTypeByName("Login");
    DynamicMessage message =
        DynamicMessage.newBuilder(login)
            .setField(login.findFieldByName("password"), "hunter2-secret")
            .build();

    assertThat(message.toString()).contains("hunter2-secret");
    assertThat(DebugFormat.singleLine().toString(message)).doesNotContain("hunter2-secret");
  }
}
