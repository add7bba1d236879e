package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.repeated;
import static com.tam.protos.contract.Protos.rules;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.validate.FieldRules;
import build.buf.validate.RepeatedRules;
import build.buf.validate.Rule;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.DynamicMessage;
import com.tam.protos.notification.v1.ChannelPreference;
import com.tam.protos.notification.v1.NotificationChannel;
import com.tam.protos.notification.v1.NotificationPreferences;
import com.tam.protos.notification.v1.UpdateNotificationPreferencesRequest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What {@link CelComprehensionGuardRule} relies on, shown with protovalidate itself: a field's CEL
 * rules run even when {@code max_items} already fails (so the guard must be in the expression), and
 * the guarded rules of the contracts still catch what they are for.
 */
class CelGuardBehaviourTest {

  private final Validator validator = ValidatorFactory.newBuilder().build();

  @Test
  void protovalidateRunsAFieldsCelRulesEvenWhenMaxItemsFails() throws Exception {
    Descriptor thing =
        set(file("demo/v1/demo.proto")
                .addMessageType(
                    message(
                        "Thing",
                        rules(
                            repeated(field("ids", 1, Type.TYPE_INT64)),
                            FieldRules.newBuilder()
                                .setRepeated(RepeatedRules.newBuilder().setMaxItems(2))
                                .addCel(
                                    Rule.newBuilder()
                                        .setId("thing.ids_positive")
                                        .setMessage("ids must be positive")
                                        .setExpression("this.all(i, i > 0)"))
                                .build()))))
            .files()
            .get(0)
            .findMessageTypeByName("Thing");
    DynamicMessage.Builder b = DynamicMessage.newBuilder(thing);
    for (long id : new long[] {0, 0, 0}) {
      b.addRepeatedField(thing.findFieldByName("ids"), id);
    }

    assertThat(validator.validate(b.build()).getViolations())
        .extracting(v -> v.toProto().getRuleId())
        .containsExactlyInAnyOrder("thing.ids_positive", "repeated.max_items");
  }

  private static UpdateNotificationPreferencesRequest request(List<NotificationChannel> channels) {
    NotificationPreferences.Builder p = NotificationPreferences.newBuilder();
    channels.forEach(
        c -> p.addChannels(ChannelPreference.newBuilder().setChannel(c).setEnabled(true)));
    return UpdateNotificationPreferencesRequest.newBuilder()
        .setUserId("user-123")
        .setIdempotencyKey("idempotency-789")
        .setPreferences(p)
        .build();
  }

  private List<String> ruleIds(UpdateNotificationPreferencesRequest r) throws Exception {
    return validator.validate(r).getViolations().stream()
        .map(v -> v.toProto().getRuleId())
        .toList();
  }

  @Test
  void theGuardedUniquenessRuleStillRejectsDuplicates() throws Exception {
    NotificationChannel email = NotificationChannel.NOTIFICATION_CHANNEL_EMAIL;
    NotificationChannel push = NotificationChannel.NOTIFICATION_CHANNEL_PUSH;

    assertThat(ruleIds(request(List.of(email, push)))).isEmpty();
    assertThat(ruleIds(request(List.of(email, push, email))))
        .containsExactly("notification_preferences.channels_unique");
  }

  @Test
  void anOversizedListFailsOnMaxItemsWithoutRunningTheUniquenessRule() throws Exception {
    // 4,000 entries held a thread for about 35 s under the old O(n^2) rule.
    List<NotificationChannel> many =
        IntStream.range(0, 4000)
            .mapToObj(i -> NotificationChannel.NOTIFICATION_CHANNEL_EMAIL)
            .toList();

    assertThat(ruleIds(request(many))).containsExactly("repeated.max_items");
  }
}
