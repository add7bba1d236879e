package com.tam.protos.testkit.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import com.tam.protos.testkit.tck.UserServiceTck;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each deliberately broken user-service fails the suite with a message naming the broken rule. */
class BrokenUserVariantsTest {

  /** DisableUser leaves the user's sessions ACTIVE: a disabled user's token still validates. */
  static final class DisabledUserTokenStillValidates extends ReferenceUserService {
    DisabledUserTokenStillValidates(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean revokeOnDisable() {
      return false;
    }
  }

  /** ValidateSession accepts tokens of revoked sessions (a logged-out session still validates). */
  static final class RevokedSessionStillValidates extends ReferenceUserService {
    RevokedSessionStillValidates(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean sessionAccepted(SessionRecord s) {
      return true;
    }
  }

  /** LoginUser accepts any password. */
  static final class AnyPasswordAccepted extends ReferenceUserService {
    AnyPasswordAccepted(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean passwordMatches(Account a, String password) {
      return true;
    }
  }

  /** A rotated refresh token can be used again: reuse is not detected. */
  static final class RefreshReuseUndetected extends ReferenceUserService {
    RefreshReuseUndetected(ServiceContext ctx) {
      super(ctx);
    }

    @Override
    boolean detectsReuse() {
      return false;
    }
  }

  private static void assertFailsWith(
      Function<ServiceContext, ReferenceUserService> variant, String rule) {
    try (UserPlatform p = new UserPlatform(variant)) {
      TckReport report = Tck.run(p.target(), UserServiceTck.class);
      assertThat(report.passed()).as("the broken variant must fail the suite").isFalse();
      assertThat(report.failures())
          .as(report.summary())
          .anySatisfy(f -> assertThat(f.failure()).contains("[" + rule + "]"));
    }
  }

  @Test
  void aDisabledUsersTokenThatStillValidatesFailsTheSuite() {
    assertFailsWith(DisabledUserTokenStillValidates::new, "user.disable.revokes-sessions");
  }

  @Test
  void aRevokedSessionThatStillValidatesFailsTheSuite() {
    assertFailsWith(RevokedSessionStillValidates::new, "user.logout.revokes");
  }

  @Test
  void aLoginWithAWrongPasswordThatSucceedsFailsTheSuite() {
    assertFailsWith(AnyPasswordAccepted::new, "user.login.invalid-credentials");
  }

  @Test
  void aReusedRefreshTokenThatIsAcceptedFailsTheSuite() {
    assertFailsWith(RefreshReuseUndetected::new, "user.refresh.reuse-detection");
  }
}
