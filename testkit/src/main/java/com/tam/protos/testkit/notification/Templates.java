package com.tam.protos.testkit.notification;

import com.tam.protos.notification.v1.NotificationChannel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference notification-service's templates: every template the contract names for its
 * event-driven notifications, plus {@code generic.message} for ad-hoc sends. English only (every
 * language falls back to it). Placeholders are {@code {name}}; a placeholder whose parameter is
 * missing fails with TEMPLATE_PARAMETER_MISSING.
 */
public final class Templates {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)}");
  private static final Set<NotificationChannel> EMAIL =
      Set.of(NotificationChannel.NOTIFICATION_CHANNEL_EMAIL);
  private static final Set<NotificationChannel> EMAIL_IN_APP =
      Set.of(
          NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
          NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
  private static final Set<NotificationChannel> PUSH_IN_APP =
      Set.of(
          NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
          NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
  private static final Set<NotificationChannel> EMAIL_PUSH_IN_APP =
      Set.of(
          NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
          NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
          NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);
  private static final Set<NotificationChannel> ALL =
      Set.of(
          NotificationChannel.NOTIFICATION_CHANNEL_EMAIL,
          NotificationChannel.NOTIFICATION_CHANNEL_SMS,
          NotificationChannel.NOTIFICATION_CHANNEL_PUSH,
          NotificationChannel.NOTIFICATION_CHANNEL_IN_APP);

  /**
   * One template.
   *
   * @param id the template id
   * @param channels the channels it has a variant for
   * @param title the title, with placeholders
   * @param body the body, with placeholders
   */
  public record Template(String id, Set<NotificationChannel> channels, String title, String body) {
    /**
     * The parameters the template uses.
     *
     * @return parameter names, in order of appearance
     */
    public List<String> parameters() {
      Matcher m = PLACEHOLDER.matcher(title + "\n" + body);
      List<String> out = new java.util.ArrayList<>();
      while (m.find()) {
        if (!out.contains(m.group(1))) {
          out.add(m.group(1));
        }
      }
      return out;
    }

    /**
     * Renders a text with the parameters (all present: see {@link #parameters()}).
     *
     * @param text the title or body
     * @param parameters the values
     * @return the rendered text
     */
    public static String render(String text, Map<String, String> parameters) {
      Matcher m = PLACEHOLDER.matcher(text);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(parameters.get(m.group(1))));
      }
      m.appendTail(sb);
      return sb.toString();
    }
  }

  private static final Map<String, Template> TEMPLATES = new LinkedHashMap<>();

  static {
    add("generic.message", ALL, "{subject}", "{text}");
    add(
        "user.welcome",
        EMAIL,
        "Welcome to TAM, {displayName}",
        "Your account is ready. Log in to start.");
    add(
        "user.disabled",
        EMAIL,
        "Your account was disabled",
        "Your account was disabled. Contact support.");
    add(
        "user.enabled",
        EMAIL,
        "Your account was enabled",
        "Your account is active again. Log in to continue.");
    add(
        "wallet.deposit_confirmed",
        EMAIL_PUSH_IN_APP,
        "Deposit received",
        "{amount} {currency} was added to your wallet.");
    add(
        "wallet.chargeback",
        EMAIL_PUSH_IN_APP,
        "Deposit charged back",
        "A deposit of {amount} {currency} was charged back.");
    add(
        "wallet.withdrawal_confirmed",
        EMAIL_PUSH_IN_APP,
        "Withdrawal sent",
        "Your withdrawal of {amount} {currency} was paid out.");
    add(
        "wallet.withdrawal_failed",
        EMAIL_PUSH_IN_APP,
        "Withdrawal failed",
        "Your withdrawal of {amount} {currency} failed; the funds are back in your wallet.");
    add(
        "wallet.deposit_failed",
        EMAIL_PUSH_IN_APP,
        "Deposit failed",
        "Your deposit of {amount} {currency} failed.");
    add(
        "wallet.frozen",
        EMAIL_IN_APP,
        "Your wallet is frozen",
        "You can no longer bet, deposit or withdraw. Please contact support.");
    add(
        "wallet.unfrozen",
        EMAIL_IN_APP,
        "Your wallet is active again",
        "You can bet, deposit and withdraw again.");
    add("bet.settled_won", PUSH_IN_APP, "You won", "Your bet {betId} won {payout} {currency}.");
    add("bet.settled_lost", PUSH_IN_APP, "Bet settled", "Your bet {betId} lost.");
    add(
        "bet.settled_void",
        PUSH_IN_APP,
        "Bet void",
        "Your bet {betId} was void; {payout} {currency} was returned.");
    add(
        "bet.resettled",
        PUSH_IN_APP,
        "Bet resettled",
        "The settlement of your bet {betId} was corrected.");
    add("bet.accepted", PUSH_IN_APP, "Bet accepted", "Your order {orderId} was accepted.");
    add(
        "bet.failed",
        EMAIL_PUSH_IN_APP,
        "Bet not placed",
        "Your order {orderId} was not placed; no money moved.");
    add(
        "bet.under_review",
        EMAIL_PUSH_IN_APP,
        "Bet under review",
        "Your order {orderId} is under review by our team.");
    add(
        "bet.resolved",
        EMAIL_PUSH_IN_APP,
        "Bet review finished",
        "The review of your order {orderId} is finished.");
    add(
        "security.account_restricted",
        EMAIL_IN_APP,
        "Account security notice",
        "We restricted some features of your account for your protection. Contact support.");
    add(
        "security.account_blocked",
        EMAIL_IN_APP,
        "Account blocked",
        "Betting and withdrawals are blocked on your account. Contact support.");
    add(
        "security.account_unblocked",
        EMAIL_IN_APP,
        "Account unblocked",
        "Betting and withdrawals are possible again.");
    add(
        "account.responsible_gambling_changed",
        EMAIL_IN_APP,
        "Your limits changed",
        "Your responsible-gambling settings were updated.");
    add(
        "risk.alert_raised",
        EMAIL,
        "Risk alert {severity}",
        "Alert {alertId} about user {userId} needs review.");
    add("report.ready", EMAIL, "Report ready", "Report {reportId} is ready.");
    add(
        "report.failed",
        EMAIL,
        "Report failed",
        "Report {reportId} failed; generate the period again.");
  }

  private Templates() {}

  private static void add(String id, Set<NotificationChannel> channels, String title, String body) {
    TEMPLATES.put(id, new Template(id, channels, title, body));
  }

  /**
   * A template by id.
   *
   * @param id the id
   * @return the template
   */
  public static Optional<Template> find(String id) {
    return Optional.ofNullable(TEMPLATES.get(id));
  }
}
