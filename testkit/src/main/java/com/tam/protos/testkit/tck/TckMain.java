package com.tam.protos.testkit.tck;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Runs conformance suites from the command line against an implementation at an address, which is
 * how a team checks a service written in any language:
 *
 * <pre>
 * java -cp &lt;testkit and its dependencies&gt; com.tam.protos.testkit.tck.TckMain \
 *     --suite wallet --target 127.0.0.1:9090 \
 *     [--service-token T] [--operator-token T] [--user-token-template 'sandbox-user-token:{user}'] \
 *     [--nats nats://127.0.0.1:4222] [--junit-xml report.xml]
 * </pre>
 *
 * <p>{@code --suite} takes a short name ({@code wallet}, {@code user}, {@code risk}, {@code
 * notification}, {@code order-book}, {@code order-validator}, {@code reporting}), may be repeated
 * or comma-separated, and maps to the class {@code com.tam.protos.testkit.tck.<Name>ServiceTck}
 * ({@code order-book} to {@code OrderBookServiceTck}), looked up by name so that suites added later
 * work unchanged. The options become the system properties {@link ConfiguredTarget} reads. Tests of
 * time-dependent rules are skipped: a remote target's clock cannot be moved. With {@code --nats},
 * every test also checks the events the implementation published on that server while it ran
 * ({@link EventConformance}, through a {@link NatsEventTap} on {@code tam.>}).
 *
 * <p>Prints the summary and exits 0 only if no test failed and at least one passed; 1 if a test
 * failed; 2 for bad usage.
 */
public final class TckMain {
  private static final String PACKAGE = "com.tam.protos.testkit.tck.";

  private TckMain() {}

  /**
   * Runs the suites.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the suites and returns the exit code (for tests).
   *
   * @param args the command line
   * @param out where the report goes
   * @param err where usage errors go
   * @return 0 if the suites passed, 1 if one failed, 2 for bad usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return runChecked(args, out, err);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
  }

  private static int runChecked(String[] args, PrintStream out, PrintStream err) {
    List<String> suites = new ArrayList<>();
    String target = null;
    String junitXml = null;
    String nats = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (arg) {
        case "--suite" -> {
          if (value == null) {
            return usage(err, "--suite needs a value");
          }
          for (String s : value.split(",")) {
            if (!s.isBlank()) {
              suites.add(s.trim());
            }
          }
          i++;
        }
        case "--target" -> {
          target = value;
          i++;
        }
        case "--service-token" -> {
          System.setProperty("tam.tck.serviceToken", require(value, arg));
          i++;
        }
        case "--operator-token" -> {
          System.setProperty("tam.tck.operatorToken", require(value, arg));
          i++;
        }
        case "--user-token-template" -> {
          String template = require(value, arg);
          if (!template.contains("{user}")) {
            return usage(err, "--user-token-template must contain {user}");
          }
          System.setProperty("tam.tck.userTokenTemplate", template);
          i++;
        }
        case "--nats" -> {
          if (value == null || !value.matches("^(nats|tls)://[^\\s]+$")) {
            return usage(err, "--nats needs a URL such as nats://127.0.0.1:4222");
          }
          nats = value;
          i++;
        }
        case "--junit-xml" -> {
          junitXml = require(value, arg);
          i++;
        }
        case "-h", "--help" -> {
          usage(out, null);
          return 0;
        }
        default -> {
          return usage(err, "unknown argument " + arg);
        }
      }
    }
    if (target == null || !target.matches("^[^:\\s]+:[0-9]{1,5}$")) {
      return usage(err, "--target host:port is required");
    }
    if (suites.isEmpty()) {
      return usage(err, "at least one --suite is required");
    }
    System.setProperty("tam.tck.target", target);
    if (nats == null) {
      System.clearProperty("tam.tck.nats");
    } else {
      System.setProperty("tam.tck.nats", nats);
      try {
        NatsEventTap.shared(nats); // listening before the first test
      } catch (IllegalStateException e) {
        err.println("error: " + e.getMessage());
        return 2;
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String suite : suites) {
      String name = PACKAGE + className(suite);
      try {
        classes.add(Class.forName(name));
      } catch (ClassNotFoundException e) {
        return usage(err, "no suite '" + suite + "': " + name + " is not on the classpath");
      }
    }
    TckReport report;
    int events = 0;
    try {
      report = Tck.run(classes.toArray(new Class<?>[0]));
      if (nats != null) {
        events = NatsEventTap.shared(nats).published().size();
      }
    } finally {
      NatsEventTap.closeShared();
    }
    for (TckReport.Outcome o : report.outcomes()) {
      String mark = o.passed() ? "PASS" : o.skipped() ? "SKIP" : "FAIL";
      out.println(mark + "  " + o.method() + "  " + o.displayName());
    }
    out.println(String.join(",", suites) + " against " + target + ": " + report.summary());
    out.println(
        "error reasons provoked and checked: "
            + report.reasonsChecked().size()
            + (report.reasonsChecked().isEmpty()
                ? ""
                : " ("
                    + report.reasonsChecked().stream()
                        .map(r -> r.substring(r.lastIndexOf('.') + 1))
                        .collect(Collectors.joining(", "))
                    + ")"));
    if (nats != null) {
      out.println("events: " + events + " received on " + nats + " and checked after each test");
    }
    if (junitXml != null) {
      try {
        writeJunitXml(Path.of(junitXml), "tck-" + String.join("-", suites), report);
      } catch (IOException e) {
        err.println("error: cannot write " + junitXml + ": " + e.getMessage());
        return 2;
      }
    }
    return report.passed() ? 0 : 1;
  }

  /** A JUnit XML report (one testsuite), for CI test summaries. */
  static void writeJunitXml(Path file, String name, TckReport report) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"")
        .append(escape(name))
        .append("\" tests=\"")
        .append(report.outcomes().size())
        .append("\" failures=\"")
        .append(report.failures().size())
        .append("\" errors=\"0\" skipped=\"")
        .append(report.skipped().size())
        .append("\">\n");
    for (TckReport.Outcome o : report.outcomes()) {
      xml.append("  <testcase classname=\"")
          .append(escape(name))
          .append("\" name=\"")
          .append(escape(o.method()))
          .append("\"");
      if (o.passed()) {
        xml.append("/>\n");
        continue;
      }
      xml.append(">");
      xml.append(o.skipped() ? "<skipped message=\"" : "<failure message=\"")
          .append(escape(o.failure()))
          .append("\"/>");
      xml.append("</testcase>\n");
    }
    xml.append("</testsuite>\n");
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, xml.toString(), StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> {
          if (c >= 0x20) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The suite class's simple name for a short name: {@code order-book} to {@code
   * OrderBookServiceTck}.
   *
   * @param suite the short name
   * @return the simple class name
   */
  static String className(String suite) {
    StringBuilder sb = new StringBuilder();
    for (String part : suite.toLowerCase(Locale.ROOT).split("[-_]")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.append("ServiceTck").toString();
  }

  private static String require(String value, String option) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static int usage(PrintStream to, String problem) {
    if (problem != null) {
      to.println("error: " + problem);
    }
    to.println(
        "usage: TckMain --suite <wallet|user|risk|notification|order-book|order-validator|reporting>"
            + " --target host:port [--service-token T] [--operator-token T]"
            + " [--user-token-template 'sandbox-user-token:{user}'] [--nats nats://host:port]"
            + " [--junit-xml FILE]");
    return 2;
  }
}
