package com.tam.tools.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.tools.compat.CompatCheck.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of break, on the fixtures in src/test/fixtures: {@code stricter} (one break per case)
 * must be reported element by element, and {@code relaxed} (the same cases loosened, or added to)
 * must not be reported at all.
 */
class CompatCheckTest {

  private static Contracts base;
  private static List<Finding> stricter;
  private static List<Finding> relaxed;

  @BeforeAll
  static void compare() throws IOException {
    base = load("base");
    stricter = CompatCheck.compare(base, load("stricter"));
    relaxed = CompatCheck.compare(base, load("relaxed"));
  }

  private static Contracts load(String variant) throws IOException {
    try (InputStream in = CompatCheckTest.class.getResourceAsStream("/fixtures/" + variant + ".binpb")) {
      assertThat(in).as("fixture %s (compiled by the build)", variant).isNotNull();
      return Contracts.of(com.google.protobuf.DescriptorProtos.FileDescriptorSet.parseFrom(in));
    }
  }

  /** Element, then the start of the reason the check must give for it. */
  private static final String CASES =
      """
      compat.RulesRequest.max_len         | string.max_len lowered from 32 to 16
      compat.RulesRequest.max_items       | repeated.max_items lowered from 10 to 5
      compat.RulesRequest.min_len         | string.min_len raised from 1 to 2
      compat.RulesRequest.pattern         | string.pattern changed from "^[a-z]+$" to "^[a-z]{1,8}$"
      compat.RulesRequest.required_added  | required added
      compat.RulesRequest.range           | int32.lower bound raised from gte 1 to gte 2
      compat.RulesRequest.range           | int32.upper bound lowered from lte 100 to lte 50
      compat.RulesRequest.double_range    | double.lower bound raised from gt 0.0 to gte 0.5
      compat.RulesRequest.in              | string.in no longer accepts [c]
      compat.RulesRequest.not_in          | string.not_in now also refuses [y]
      compat.RulesRequest.ignore          | ignore changed from IGNORE_IF_ZERO_VALUE to IGNORE_UNSPECIFIED
      compat.RulesRequest.choice          | required added
      compat.Inner.name                   | string.max_len lowered from 10 to 5
      compat.MapRequest.labels            | map.keys.string.max_len lowered from 16 to 8
      compat.CelRequest                   | cel rule 'cel_request.not_both' added
      compat.CelRequest.a                 | cel rule 'a.lower' changed
      compat.CelRequest.b                 | cel rule 'b.upper' added
      compat.NewFieldRequest.b            | new field on an existing request
      compat.FixtureService.GetThing      | error reason THING_LOCKED (FAILED_PRECONDITION) no longer documented
      compat.FixtureService.LockThing     | error reason THING_LOCKED changed status code from FAILED_PRECONDITION to ABORTED
      compat.FixtureService.GetThing      | idempotency_level changed from NO_SIDE_EFFECTS to IDEMPOTENT
      compat.FixtureService.ReserveThing  | saga step changed
      compat.FixtureService.CommitThing   | saga step changed
      compat.FixtureService               | saga 'thing' step order changed from [ReserveThing, CommitThing] to [CommitThing, ReserveThing]
      compat.ThingCreatedEvent            | event subject changed from "tam.thing.v1.created" to "tam.thing.v1.made"
      compat.ThingUpdatedEvent            | event kind changed from "EVENT_KIND_SNAPSHOT" to "EVENT_KIND_FACT"
      compat.ThingDeletedEvent            | event aggregate changed from "thing" to "item"
      compat.Currency.CURRENCY_EUR        | currency scale (minor units) changed from 2 to 3
      """;

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void theStricterCaseIsReported(String element, String reason) {
    assertThat(stricter)
        .as("findings for %s", element)
        .anySatisfy(
            f -> {
              assertThat(f.element()).isEqualTo(element);
              assertThat(f.reason()).startsWith(reason);
              assertThat(f.file()).isEqualTo("proto/compat/fixture.proto");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = CASES)
  void theRelaxedCounterpartIsNotReported(String element, String reason) {
    assertThat(relaxed).as("relaxations and additions of %s", element)
        .noneMatch(f -> f.element().equals(element));
  }

  @Test
  void nothingButTheCasesIsReported() {
    Set<String> expected = new TreeSet<>();
    CASES.lines().forEach(l -> expected.add(l.split("\\|")[0].strip()));
    Set<String> found = new TreeSet<>();
    stricter.forEach(f -> found.add(f.element()));
    assertThat(found).isEqualTo(expected);
    assertThat(stricter).hasSize((int) CASES.lines().count());
    assertThat(relaxed).isEmpty();
  }

  @Test
  void aSetComparedWithItselfHasNoBreak() {
    assertThat(CompatCheck.compare(base, base)).isEmpty();
  }

  @Test
  void responsesAndNewFieldsWhoseZeroValuePassesAreNotRequests() {
    assertThat(base.requestMessages())
        .contains("compat.RulesRequest", "compat.Inner", "compat.MapRequest")
        .doesNotContain("compat.ThingResponse", "compat.ThingCreatedEvent");
  }
}
