package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import org.junit.jupiter.api.Test;

class FileOptionsRuleTest {

  private final FileOptionsRule rule = new FileOptionsRule();

  @Test
  void passesOnTheCanonicalOptions() {
    // A synthetic name: a real file's name would replace that file in the set.
    FileDescriptorProto.Builder f = file("demo/v1/demo_book_service.proto");

    assertThat(f.getOptions().getJavaOuterClassname()).isEqualTo("DemoBookServiceProto");
    assertThat(rule.check(set(f))).isEmpty();
  }

  @Test
  void failsOnAWrongGoPackage() {
    FileDescriptorProto.Builder f = file("demo/v1/demo_service.proto");
    f.getOptionsBuilder().setGoPackage("github.com/tam/tam-protos/gen/go/demo/v1");

    assertThat(Protos.messages(rule.check(set(f))))
        .containsExactly(
            "demo/v1/demo_service.proto: [FileOptionsRule] file demo/v1/demo_service.proto has"
                + " go_package \"github.com/tam/tam-protos/gen/go/demo/v1\", expected"
                + " \"github.com/tam/tam-protos/gen/go/demo/v1;demov1\". Fix: set 'option"
                + " go_package = \"github.com/tam/tam-protos/gen/go/demo/v1;demov1\";'");
  }

  @Test
  void failsOnWrongJavaOptions() {
    FileDescriptorProto.Builder f = file("demo/v1/demo_service.proto");
    f.getOptionsBuilder()
        .setJavaPackage("com.tam.demo.v1")
        .setJavaMultipleFiles(false)
        .setJavaOuterClassname("DemoProto");

    assertThat(rule.check(set(f)))
        .extracting(Violation::problem)
        .containsExactlyInAnyOrder(
            "has java_package \"com.tam.demo.v1\", expected \"com.tam.protos.demo.v1\"",
            "does not set java_multiple_files = true",
            "has java_outer_classname \"DemoProto\", expected \"DemoServiceProto\"");
  }

  @Test
  void failsWhenThePackageDoesNotMatchTheFolder() {
    FileDescriptorProto.Builder f = file("demo/v1/demo_service.proto").setPackage("other.v1");

    assertThat(rule.check(set(f)))
        .extracting(Violation::problem)
        .contains("declares package other.v1 but is not in folder proto/other/v1/");
  }

  @Test
  void failsOnAPackageWithoutVersion() {
    FileDescriptorProto.Builder f = file("demo/v1/demo_service.proto").setPackage("demo");

    assertThat(rule.check(set(f)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("not '<domain>.v<N>'"));
  }

  @Test
  void failsOnAFileNameThatIsNotLowerSnakeCase() {
    for (String name : new String[] {"DemoService", "demo-service", "demoService"}) {
      FileDescriptorProto.Builder f = file("demo/v1/" + name + ".proto");

      assertThat(rule.check(set(f)))
          .as(name)
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.problem())
                    .isEqualTo("has file name '" + name + ".proto', not lower_snake_case.proto");
                assertThat(v.fix()).isEqualTo("rename the file in lower_snake_case");
              });
    }
  }
}
