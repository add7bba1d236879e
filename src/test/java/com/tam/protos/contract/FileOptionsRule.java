package com.tam.protos.contract;

import com.google.protobuf.DescriptorProtos.FileOptions;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File layout and options. The package is {@code <domain>.v<N>} and the file lives in {@code
 * <domain>/v<N>/}; {@code go_package} is {@code
 * github.com/tam/tam-protos/gen/go/<domain>/v<N>;<domain>v<N>}, {@code java_package} is {@code
 * com.tam.protos.<domain>.v<N>}, {@code java_multiple_files} is true and {@code
 * java_outer_classname} is the UpperCamel file base name plus {@code Proto}.
 */
public final class FileOptionsRule implements ContractRule {

  @Override
  public String id() {
    return "FILE_OPTIONS";
  }

  @Override
  public String summary() {
    return "package, folder, file name and language options follow the layout";
  }

  /** Go import path prefix of every generated package. */
  public static final String GO_PREFIX = "github.com/tam/tam-protos/gen/go/";

  private static final Pattern PACKAGE = Pattern.compile("^([a-z][a-z0-9]*)\\.(v[0-9]+)$");
  private static final Pattern FILE_NAME = Pattern.compile("^([a-z][a-z0-9_]*)\\.proto$");

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    contracts.files().forEach(f -> check(f, out));
    return out;
  }

  private void check(FileDescriptor file, List<Violation> out) {
    String name = file.getName();
    Matcher pkg = PACKAGE.matcher(file.getPackage());
    if (!pkg.matches()) {
      out.add(
          fileViolation(
              file,
              "has package '" + file.getPackage() + "', not '<domain>.v<N>'",
              "declare 'package <domain>.v1;' with a lower-case domain, e.g. 'package"
                  + " wallet.v1;'"));
      return;
    }
    String domain = pkg.group(1);
    String version = pkg.group(2);
    String folder = domain + "/" + version + "/";
    String baseName = name.substring(name.lastIndexOf('/') + 1);
    if (!name.startsWith(folder) || name.substring(folder.length()).contains("/")) {
      out.add(
          fileViolation(
              file,
              "declares package " + file.getPackage() + " but is not in folder proto/" + folder,
              "move the file to proto/" + folder + baseName + " or fix the package"));
    }
    Matcher base = FILE_NAME.matcher(baseName);
    FileOptions o = file.getOptions();
    expect(
        file,
        "go_package",
        o.getGoPackage(),
        GO_PREFIX + domain + "/" + version + ";" + domain + version,
        out);
    expect(
        file, "java_package", o.getJavaPackage(), "com.tam.protos." + domain + "." + version, out);
    if (!o.getJavaMultipleFiles()) {
      out.add(
          fileViolation(
              file,
              "does not set java_multiple_files = true",
              "add 'option java_multiple_files = true;'"));
    }
    if (!base.matches()) {
      out.add(
          fileViolation(
              file,
              "has file name '" + baseName + "', not lower_snake_case.proto",
              "rename the file in lower_snake_case"));
    } else {
      expect(
          file,
          "java_outer_classname",
          o.getJavaOuterClassname(),
          Elements.upperCamel(base.group(1)) + "Proto",
          out);
    }
  }

  private void expect(
      FileDescriptor file, String option, String actual, String expected, List<Violation> out) {
    if (!expected.equals(actual)) {
      out.add(
          fileViolation(
              file,
              "has " + option + " \"" + actual + "\", expected \"" + expected + "\"",
              "set 'option " + option + " = \"" + expected + "\";'"));
    }
  }

  private Violation fileViolation(FileDescriptor file, String problem, String fix) {
    return new Violation(file.getName(), "file " + file.getName(), name(), problem, fix);
  }
}
