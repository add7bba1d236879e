package com.tam.protos.golden;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.tam.protos.money.BetOutcome;
import com.tam.protos.money.BetSide;
import com.tam.protos.money.Commission;
import com.tam.protos.money.Fill;
import com.tam.protos.money.Money;
import com.tam.protos.money.Payouts;
import com.tam.protos.money.SettledBet;
import com.tam.protos.validation.ValidationInterceptor;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Writes the golden corpus of {@code tests/golden/}: the Java kit's answers, taken as the truth
 * that the Python and Go kits must reproduce exactly.
 *
 * <ul>
 *   <li>{@code validation.json}: requests (serialized) with the {@code google.rpc.Status} the Java
 *       {@link ValidationInterceptor} answers over gRPC, bytes included;
 *   <li>{@code money.json}: the currency table and money strings per currency, valid or invalid,
 *       with their normalized form, and HALF_EVEN rounding cases;
 *   <li>{@code payouts.json}: settlement inputs with their exact payouts, and LAY liabilities;
 *   <li>{@code commission.json}: a user's settled bets in a market with net winnings and
 *       commission.
 * </ul>
 *
 * <p>Regenerate with {@code tests/golden/generate.sh} (which runs {@code GoldenCorpusTest} with
 * {@code -Dtam.golden.write=true}); the test fails when the committed files differ from what the
 * current code and contracts produce.
 */
final class GoldenCorpus {

  static final Path DIR = Path.of("tests", "golden");
  static final List<String> FILES =
      List.of("validation.json", "money.json", "payouts.json", "commission.json");

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  /** The currencies every per-currency case list covers (D3's list). */
  static final List<String> KEY_CURRENCIES = List.of("EUR", "GBP", "USD", "JPY", "KWD", "BHD");

  static final List<String> MONEY_INPUTS =
      List.of(
          "0",
          "0.0",
          "0.00",
          "0.000",
          "0.5",
          "1",
          "1.2",
          "1.23",
          "1.234",
          "1.2345",
          "100",
          "100.00",
          "100.000",
          "0.01",
          "0.001",
          "-1",
          "-0",
          "-0.00",
          "-12.50",
          "-12.505",
          "01",
          "00",
          "1.",
          "0.",
          "",
          ".5",
          " 1",
          "1 ",
          "1e3",
          "1E3",
          "+1",
          "abc",
          "1,00",
          "1.2.3",
          "0x10",
          "NaN",
          "Infinity",
          "\u0663",
          "999999999999999",
          "999999999999999.99",
          "999999999999999.999",
          "1000000000000000",
          "-999999999999999.999");

  static final List<String> ODDS_INPUTS =
      List.of(
          "1.01", "1.1", "1.10", "2", "2.0", "2.5", "2.50", "999.99", "999", "10", "99.9", "1.00",
          "1", "1.001", "0.5", "1000", "1000.00", "02.50", "2.505", "-2", "2e0", "", " 2", "abc");

  static final List<String> ROUND_INPUTS =
      List.of(
          "2.345",
          "2.355",
          "2.3450",
          "-2.345",
          "2.5",
          "3.5",
          "-2.5",
          "0.0005",
          "0.0015",
          "1.0005",
          "1.2345",
          "1.2355",
          "0.4999",
          "0.5001",
          "7",
          "-0.004",
          "999999999999999.995");

  private GoldenCorpus() {}

  /** Generates every file of the corpus: name to content. */
  static Map<String, String> generate() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("validation.json", json(validation()));
    out.put("money.json", json(money()));
    out.put("payouts.json", json(payouts()));
    out.put("commission.json", json(commission()));
    return out;
  }

  /**
   * Writes the corpus under a repository root (default: the working directory).
   *
   * @param args optional repository root
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    write(Path.of(args.length > 0 ? args[0] : "."));
  }

  static String json(JsonObject o) {
    return GSON.toJson(o) + "\n";
  }

  static void write(Path repoRoot) throws IOException {
    write(repoRoot, generate());
  }

  static void write(Path repoRoot, Map<String, String> corpus) throws IOException {
    Path dir = repoRoot.resolve(DIR);
    Files.createDirectories(dir);
    for (var e : corpus.entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // validation.json

  static JsonObject validation() {
    JsonArray cases = new JsonArray();
    try (InProcess server = InProcess.start()) {
      for (ValidationCases.Case c : ValidationCases.all()) {
        byte[] status = server.call(c.method(), c.request());
        JsonObject o = new JsonObject();
        o.addProperty("name", c.name());
        o.addProperty("method", c.method().getFullMethodName());
        o.addProperty("request_type", c.request().getDescriptorForType().getFullName());
        o.addProperty("request", Base64.getEncoder().encodeToString(c.request().toByteArray()));
        o.addProperty(
            "request_text",
            TextFormat.printer().emittingSingleLine(true).printToString(c.request()));
        if (status == null) {
          o.addProperty("ok", true);
          o.add("status", JsonNull.INSTANCE);
          o.add("expect", JsonNull.INSTANCE);
        } else {
          o.addProperty("ok", false);
          o.addProperty("status", Base64.getEncoder().encodeToString(status));
          o.add("expect", describe(status));
        }
        cases.add(o);
      }
    }
    JsonObject root =
        header(
            "Requests with the google.rpc.Status the Java ValidationInterceptor"
                + " answers (status = base64 of the serialized Status, null when the request is valid)");
    root.add("cases", cases);
    return root;
  }

  /** A readable view of a status, for review and for clearer failures in other languages. */
  static JsonObject describe(byte[] bytes) {
    com.google.rpc.Status status;
    try {
      status = com.google.rpc.Status.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
    JsonObject o = new JsonObject();
    o.addProperty("code", status.getCode());
    o.addProperty("message", status.getMessage());
    for (Any any : status.getDetailsList()) {
      try {
        if (any.is(ErrorInfo.class)) {
          ErrorInfo info = any.unpack(ErrorInfo.class);
          o.addProperty("reason", info.getReason());
          o.addProperty("domain", info.getDomain());
          JsonObject md = new JsonObject();
          info.getMetadataMap().entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .forEach(e -> md.addProperty(e.getKey(), e.getValue()));
          o.add("metadata", md);
        } else if (any.is(BadRequest.class)) {
          JsonArray violations = new JsonArray();
          for (var v : any.unpack(BadRequest.class).getFieldViolationsList()) {
            JsonObject fv = new JsonObject();
            fv.addProperty("field", v.getField());
            fv.addProperty("reason", v.getReason());
            fv.addProperty("description", v.getDescription());
            violations.add(fv);
          }
          o.add("violations", violations);
        }
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalStateException(e);
      }
    }
    return o;
  }

  /** An in-process server that answers every unary and server-streaming RPC, behind the kit. */
  static final class InProcess implements AutoCloseable {
    private static final Metadata.Key<byte[]> DETAILS =
        Metadata.Key.of("grpc-status-details-bin", Metadata.BINARY_BYTE_MARSHALLER);
    private final Server server;
    private final ManagedChannel channel;

    private InProcess(Server server, ManagedChannel channel) {
      this.server = server;
      this.channel = channel;
    }

    static InProcess start() {
      String name = InProcessServerBuilder.generateName();
      InProcessServerBuilder builder = InProcessServerBuilder.forName(name).directExecutor();
      ValidationInterceptor validation = new ValidationInterceptor();
      for (ServiceDescriptor service : ValidationCases.services()) {
        ServerServiceDefinition.Builder def = ServerServiceDefinition.builder(service);
        for (MethodDescriptor<?, ?> method : service.getMethods()) {
          addMethod(def, method);
        }
        builder.addService(ServerInterceptors.intercept(def.build(), validation));
      }
      try {
        return new InProcess(
            builder.build().start(),
            InProcessChannelBuilder.forName(name).directExecutor().build());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @SuppressWarnings("unchecked")
    private static <Q, R> void addMethod(
        ServerServiceDefinition.Builder def, MethodDescriptor<Q, R> method) {
      R response =
          (R)
              ((MethodDescriptor.PrototypeMarshaller<R>) method.getResponseMarshaller())
                  .getMessagePrototype();
      switch (method.getType()) {
        case UNARY, SERVER_STREAMING ->
            def.addMethod(
                method,
                method.getType() == MethodDescriptor.MethodType.UNARY
                    ? ServerCalls.asyncUnaryCall(
                        (req, obs) -> {
                          obs.onNext(response);
                          obs.onCompleted();
                        })
                    : ServerCalls.asyncServerStreamingCall((req, obs) -> obs.onCompleted()));
        default ->
            def.addMethod(
                method,
                ServerCalls.asyncBidiStreamingCall(
                    obs ->
                        new io.grpc.stub.StreamObserver<Q>() {
                          @Override
                          public void onNext(Q value) {}

                          @Override
                          public void onError(Throwable t) {}

                          @Override
                          public void onCompleted() {
                            obs.onCompleted();
                          }
                        }));
      }
    }

    /** Calls a method; returns null on OK, else the raw status-details bytes. */
    @SuppressWarnings("unchecked")
    <Q, R> byte[] call(MethodDescriptor<Q, R> method, Message request) {
      try {
        if (method.getType() == MethodDescriptor.MethodType.UNARY) {
          ClientCalls.blockingUnaryCall(channel, method, CallOptions.DEFAULT, (Q) request);
        } else {
          Iterator<R> it =
              ClientCalls.blockingServerStreamingCall(
                  channel, method, CallOptions.DEFAULT, (Q) request);
          while (it.hasNext()) {
            it.next();
          }
        }
        return null;
      } catch (StatusRuntimeException e) {
        if (e.getStatus().getCode() != Status.Code.INVALID_ARGUMENT) {
          throw new IllegalStateException("unexpected status for " + method, e);
        }
        byte[] details = e.getTrailers() == null ? null : e.getTrailers().get(DETAILS);
        if (details == null) {
          throw new IllegalStateException("INVALID_ARGUMENT without details for " + method, e);
        }
        return details;
      }
    }

    @Override
    public void close() {
      channel.shutdownNow();
      server.shutdownNow();
      try {
        channel.awaitTermination(5, TimeUnit.SECONDS);
        server.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // money.json

  static JsonObject money() {
    JsonObject root =
        header(
            "The currency table and money strings: kind money (>= 0),"
                + " positive (> 0), signed, plain (no currency, the contract MONEY pattern), odds;"
                + " round = HALF_EVEN of an exact decimal to the currency's minor unit");
    JsonArray currencies = new JsonArray();
    Money.currencies()
        .forEach(
            (code, scale) -> {
              JsonObject c = new JsonObject();
              c.addProperty("code", code);
              c.addProperty("scale", scale);
              currencies.add(c);
            });
    root.add("currencies", currencies);
    JsonArray unsupported = new JsonArray();
    for (String code :
        List.of("XAU", "ZZZ", "eur", "EU", "EURO", "", "CNY", "CHF", "UNSPECIFIED")) {
      unsupported.add(code);
    }
    root.add("unsupported_currencies", unsupported);
    JsonArray cases = new JsonArray();
    for (String currency : KEY_CURRENCIES) {
      for (String input : MONEY_INPUTS) {
        cases.add(moneyCase("money", currency, input, () -> Money.parse(input, currency), true));
        cases.add(
            moneyCase(
                "positive", currency, input, () -> Money.parsePositive(input, currency), true));
        cases.add(
            moneyCase("signed", currency, input, () -> Money.parseSigned(input, currency), true));
      }
    }
    for (String input : MONEY_INPUTS) {
      cases.add(moneyCase("plain", "", input, () -> Money.parse(input), false));
    }
    for (String input : ODDS_INPUTS) {
      cases.add(moneyCase("odds", "", input, () -> Money.parseOdds(input), false));
    }
    for (String currency : List.of("EUR", "JPY", "KWD")) {
      for (String input : ROUND_INPUTS) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", "round");
        o.addProperty("currency", currency);
        o.addProperty("input", input);
        try {
          String rounded =
              Money.formatSigned(Money.round(new BigDecimal(input), currency), currency);
          o.addProperty("valid", true);
          o.addProperty("normalized", rounded);
        } catch (IllegalArgumentException e) {
          o.addProperty("valid", false);
          o.add("normalized", JsonNull.INSTANCE);
        }
        cases.add(o);
      }
    }
    root.add("cases", cases);
    return root;
  }

  private static JsonObject moneyCase(
      String kind, String currency, String input, Supplier<BigDecimal> parse, boolean format) {
    JsonObject o = new JsonObject();
    o.addProperty("kind", kind);
    o.addProperty("currency", currency);
    o.addProperty("input", input);
    try {
      BigDecimal value = parse.get();
      o.addProperty("valid", true);
      o.addProperty(
          "normalized",
          format
              ? Money.formatSigned(value, currency)
              : kind.equals("odds") ? value.setScale(2).toPlainString() : value.toPlainString());
    } catch (IllegalArgumentException e) {
      o.addProperty("valid", false);
      o.add("normalized", JsonNull.INSTANCE);
    }
    return o;
  }

  // ---------------------------------------------------------------------------------------------
  // payouts.json and commission.json

  static JsonObject payouts() {
    JsonObject root =
        header(
            "Settlement payouts (order/v1 BetSettlement.payout, rounded DOWN),"
                + " LAY liabilities (rounded UP); error = true when the input is refused");
    JsonArray cases = new JsonArray();
    // The spec's examples and every branch of the table, in every key currency.
    for (String currency : KEY_CURRENCIES) {
      String s = Money.scale(currency) == 0 ? "333" : Money.scale(currency) == 3 ? "3.333" : "3.33";
      for (BetOutcome outcome : BetOutcome.values()) {
        cases.add(simpleCase(outcome, s, "1.57", currency));
        cases.add(
            simpleCase(outcome, Money.scale(currency) == 0 ? "10" : "10.00", "2.50", currency));
      }
    }
    // Refused inputs of the string entry point.
    String[][] bad = {
      {"0.00", "2.50"}, {"10.001", "2.50"}, {"10.00", "1.00"}, {"10.00", "2.505"},
      {"-1.00", "2.50"}, {"10.00", "1000"}, {"1e3", "2.50"}, {"10.00", ""}
    };
    for (String[] b : bad) {
      cases.add(simpleCase(BetOutcome.WIN, b[0], b[1], "EUR"));
    }
    // The full table with partial matching, pseudo-random but fixed (seeded).
    Random random = new Random(20261202L);
    for (int i = 0; i < 240; i++) {
      String currency = KEY_CURRENCIES.get(i % KEY_CURRENCIES.size());
      cases.add(settleCase(randomBet(random, currency, i), currency));
    }
    // LAY liabilities, rounded UP.
    for (int i = 0; i < 60; i++) {
      String currency = KEY_CURRENCIES.get(i % KEY_CURRENCIES.size());
      BigDecimal stake = randomStake(random, currency);
      BigDecimal odds = BigDecimal.valueOf(101 + random.nextInt(2000), 2);
      JsonObject o = new JsonObject();
      o.addProperty("kind", "lay_liability");
      o.addProperty("currency", currency);
      o.addProperty("stake", Money.format(stake, currency));
      o.addProperty("odds", odds.toPlainString());
      o.addProperty(
          "liability", Money.format(Payouts.layLiability(stake, odds, currency), currency));
      cases.add(o);
    }
    root.add("cases", cases);
    return root;
  }

  private static JsonObject simpleCase(BetOutcome outcome, String stake, String odds, String cur) {
    JsonObject o = new JsonObject();
    o.addProperty("kind", "back");
    o.addProperty("currency", cur);
    o.addProperty("outcome", outcome.name());
    o.addProperty("stake", stake);
    o.addProperty("odds", odds);
    try {
      o.addProperty("payout", Payouts.payout(outcome, stake, odds, cur));
      o.addProperty("error", false);
    } catch (IllegalArgumentException e) {
      o.add("payout", JsonNull.INSTANCE);
      o.addProperty("error", true);
    }
    return o;
  }

  private static BigDecimal randomStake(Random random, String currency) {
    int scale = Money.scale(currency);
    long units =
        switch (random.nextInt(4)) {
          case 0 -> 1 + random.nextInt(9);
          case 1 -> 1 + random.nextInt(100_000);
          case 2 -> 1 + (long) random.nextInt(1_000_000) * 1000 + random.nextInt(1000);
          default -> 99_999_999_999L + random.nextInt(1000);
        };
    return BigDecimal.valueOf(units, scale);
  }

  /** A random bet; about one in eight is deliberately inconsistent (an error case). */
  static SettledBet randomBet(Random random, String currency, int i) {
    BetSide side = random.nextBoolean() ? BetSide.BACK : BetSide.LAY;
    BetOutcome outcome = BetOutcome.values()[i % 3];
    int n = random.nextInt(4);
    List<Fill> fills = new ArrayList<>();
    BigDecimal matched = BigDecimal.ZERO;
    BigDecimal exposure = BigDecimal.ZERO;
    for (int f = 0; f < n; f++) {
      BigDecimal s = randomStake(random, currency);
      BigDecimal p =
          BigDecimal.valueOf(101 + random.nextInt(random.nextBoolean() ? 400 : 99_899), 2);
      fills.add(new Fill(s, p));
      matched = matched.add(s);
      exposure = exposure.add(Payouts.layLiability(s, p, currency));
    }
    BigDecimal unmatched = random.nextInt(3) == 0 ? randomStake(random, currency) : BigDecimal.ZERO;
    unmatched = unmatched.setScale(Money.scale(currency));
    BigDecimal liability = side == BetSide.BACK ? matched.add(unmatched) : exposure.add(unmatched);
    if (liability.signum() == 0) {
      liability = Money.minorUnit(currency);
      unmatched = liability;
    }
    if (random.nextInt(8) == 0) {
      liability = liability.subtract(Money.minorUnit(currency)); // inconsistent: refused
    }
    return new SettledBet(side, outcome, liability, unmatched, fills);
  }

  private static JsonObject betJson(SettledBet bet, String currency) {
    JsonObject o = new JsonObject();
    o.addProperty("side", bet.side().name());
    o.addProperty("outcome", bet.outcome().name());
    o.addProperty("liability", safeFormat(bet.liability(), currency));
    o.addProperty("unmatched", safeFormat(bet.unmatched(), currency));
    JsonArray fills = new JsonArray();
    for (Fill f : bet.fills()) {
      JsonObject fo = new JsonObject();
      fo.addProperty("stake", Money.format(f.stake(), currency));
      fo.addProperty("price", f.price().toPlainString());
      fills.add(fo);
    }
    o.add("fills", fills);
    return o;
  }

  private static String safeFormat(BigDecimal v, String currency) {
    return v.signum() < 0 ? Money.formatSigned(v, currency) : Money.format(v, currency);
  }

  private static JsonObject settleCase(SettledBet bet, String currency) {
    JsonObject o = betJson(bet, currency);
    JsonObject c = new JsonObject();
    c.addProperty("kind", "settle");
    c.addProperty("currency", currency);
    o.entrySet().forEach(e -> c.add(e.getKey(), e.getValue()));
    try {
      c.addProperty("payout", Money.format(Payouts.settle(bet, currency), currency));
      c.addProperty("error", false);
    } catch (IllegalArgumentException e) {
      c.add("payout", JsonNull.INSTANCE);
      c.addProperty("error", true);
    }
    return c;
  }

  static JsonObject commission() {
    JsonObject root =
        header(
            "Commission (D3): net = sum(payout - liability) over the user's"
                + " settled bets in one market; commission = max(0, net) x rate_bp / 10000 rounded DOWN");
    JsonArray cases = new JsonArray();
    Random random = new Random(13L);
    int[] rates = {0, 1, 200, 250, 299, 500, 650, 999, 5000, 10_000, -1, 10_001};
    for (int i = 0; i < 120; i++) {
      String currency = KEY_CURRENCIES.get(i % KEY_CURRENCIES.size());
      int rate = rates[i % rates.length];
      List<SettledBet> bets = new ArrayList<>();
      int n = random.nextInt(5);
      for (int b = 0; b < n; b++) {
        SettledBet bet;
        do {
          bet = randomBet(random, currency, random.nextInt(3));
        } while (!consistent(bet, currency));
        bets.add(bet);
      }
      JsonObject o = new JsonObject();
      o.addProperty("currency", currency);
      o.addProperty("rate_bp", rate);
      o.addProperty("market_id", "market-" + i);
      o.addProperty("user_id", "user-" + (i % 7));
      JsonArray arr = new JsonArray();
      bets.forEach(b -> arr.add(betJson(b, currency)));
      o.add("bets", arr);
      o.addProperty("net", Money.formatSigned(Commission.netWinnings(bets, currency), currency));
      try {
        o.addProperty(
            "commission", Money.format(Commission.commission(bets, rate, currency), currency));
        o.addProperty("error", false);
      } catch (IllegalArgumentException e) {
        o.add("commission", JsonNull.INSTANCE);
        o.addProperty("error", true);
      }
      o.addProperty("idempotency_key", Commission.idempotencyKey("market-" + i, "user-" + (i % 7)));
      cases.add(o);
    }
    root.add("cases", cases);
    return root;
  }

  private static boolean consistent(SettledBet bet, String currency) {
    try {
      Payouts.settle(bet, currency);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonObject header(String what) {
    JsonObject root = new JsonObject();
    root.addProperty(
        "about",
        what + ". Generated by tests/golden/generate.sh from the Java kit; do not edit by hand.");
    return root;
  }
}
