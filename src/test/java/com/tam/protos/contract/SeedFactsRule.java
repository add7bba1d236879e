package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts fixed by the platform's original README (the seed) never change.
 *
 * <ul>
 *   <li>{@code wallet.v1.ReserveBalanceRequest} is exactly {@code string user_id = 1}, {@code
 *       string amount = 2}, {@code string saga_id = 3}, {@code string idempotency_key = 4}; any
 *       further field is numbered 5 or higher;
 *   <li>{@code wallet.v1.GetBalanceResponse} has {@code string balance = 1} and {@code string
 *       currency = 2};
 *   <li>{@code wallet.v1.WalletService} has {@code GetBalance} and {@code ReserveBalance};
 *   <li>the Go import path of wallet/v1 is {@code github.com/tam/tam-protos/gen/go/wallet/v1}.
 * </ul>
 */
public final class SeedFactsRule implements ContractRule {

  @Override
  public String id() {
    return "SEED_FACTS";
  }

  @Override
  public String summary() {
    return "the seed README's wallet facts never change";
  }

  static final String SEED_FILE = "wallet/v1/wallet_service.proto";
  static final String WALLET_GO_IMPORT = "github.com/tam/tam-protos/gen/go/wallet/v1";

  private static final Map<String, Integer> RESERVE_FIELDS =
      ordered("user_id", 1, "amount", 2, "saga_id", 3, "idempotency_key", 4);
  private static final Map<String, Integer> BALANCE_FIELDS = ordered("balance", 1, "currency", 2);

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    message(contracts, "wallet.v1.ReserveBalanceRequest", out)
        .ifPresent(
            m -> {
              exactStringFields(m, RESERVE_FIELDS, out);
              for (FieldDescriptor f : m.getFields()) {
                if (f.getNumber() < 5 && !RESERVE_FIELDS.containsKey(f.getName())) {
                  out.add(
                      Elements.violation(
                          this,
                          f,
                          "uses number "
                              + f.getNumber()
                              + ", but numbers 1-4 of ReserveBalanceRequest are fixed by the seed",
                          "renumber it to 5 or higher"));
                }
              }
            });
    message(contracts, "wallet.v1.GetBalanceResponse", out)
        .ifPresent(m -> exactStringFields(m, BALANCE_FIELDS, out));
    Optional<ServiceDescriptor> service =
        contracts
            .services()
            .filter(s -> s.getFullName().equals("wallet.v1.WalletService"))
            .findFirst();
    if (service.isEmpty()) {
      out.add(missing("service wallet.v1.WalletService", "restore the service"));
    } else {
      for (String rpc : List.of("GetBalance", "ReserveBalance")) {
        if (service.get().findMethodByName(rpc) == null) {
          out.add(
              Elements.violation(
                  this,
                  service.get(),
                  "has no rpc " + rpc + ", which the seed README documents",
                  "restore rpc " + rpc));
        }
      }
    }
    List<FileDescriptor> walletFiles =
        contracts.files().stream().filter(f -> f.getPackage().equals("wallet.v1")).toList();
    if (walletFiles.isEmpty()) {
      out.add(missing("package wallet.v1", "restore proto/wallet/v1"));
    }
    for (FileDescriptor f : walletFiles) {
      String goPackage = f.getOptions().getGoPackage();
      String importPath =
          goPackage.contains(";") ? goPackage.substring(0, goPackage.indexOf(';')) : goPackage;
      if (!importPath.equals(WALLET_GO_IMPORT)) {
        out.add(
            new Violation(
                f.getName(),
                "file " + f.getName(),
                name(),
                "has Go import path \""
                    + importPath
                    + "\", but the seed fixes \""
                    + WALLET_GO_IMPORT
                    + "\"",
                "set 'option go_package = \"" + WALLET_GO_IMPORT + ";walletv1\";'"));
      }
    }
    return out;
  }

  private Optional<Descriptor> message(
      ContractSet contracts, String fullName, List<Violation> out) {
    Optional<Descriptor> m = contracts.findMessage(fullName);
    if (m.isEmpty()) {
      out.add(missing("message " + fullName, "restore the message as the seed README defines it"));
    }
    return m;
  }

  private void exactStringFields(Descriptor m, Map<String, Integer> expected, List<Violation> out) {
    expected.forEach(
        (name, number) -> {
          FieldDescriptor f = m.findFieldByName(name);
          if (f == null) {
            out.add(
                Elements.violation(
                    this,
                    m,
                    "has no field '"
                        + name
                        + "', which the seed fixes as 'string "
                        + name
                        + " = "
                        + number
                        + "'",
                    "restore 'string " + name + " = " + number + "'"));
          } else if (f.getNumber() != number || !Elements.isSingularString(f)) {
            out.add(
                Elements.violation(
                    this,
                    f,
                    "is '"
                        + Elements.typeName(f)
                        + " "
                        + name
                        + " = "
                        + f.getNumber()
                        + "', but the seed fixes 'string "
                        + name
                        + " = "
                        + number
                        + "'",
                    "restore 'string "
                        + name
                        + " = "
                        + number
                        + "' (a wire-compatible contract"
                        + " never renumbers or retypes a field)"));
          }
        });
  }

  private Violation missing(String element, String fix) {
    return new Violation(
        SEED_FILE, element, name(), "is missing, but the seed README documents it", fix);
  }

  private static Map<String, Integer> ordered(Object... pairs) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return map;
  }
}
