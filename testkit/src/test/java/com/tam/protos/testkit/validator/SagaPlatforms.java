package com.tam.protos.testkit.validator;

/** Opens {@link SagaPlatform} to tests of other packages. */
public final class SagaPlatforms {
  private SagaPlatforms() {}

  /**
   * A whole platform (reference wallet, risk, order-book, order-validator, reporting).
   *
   * @param reportingDefect a reporting defect's name, or null
   * @return the platform, a TCK target; close it
   */
  public static Platform withReporting(String reportingDefect) {
    return new Platform(
        new SagaPlatform(ReferenceOrderValidatorService.Defect.NONE, true, reportingDefect));
  }

  /** A closeable TCK target. */
  public static final class Platform
      implements com.tam.protos.testkit.tck.TckTarget, AutoCloseable {
    private final SagaPlatform p;

    Platform(SagaPlatform p) {
      this.p = p;
    }

    @Override
    public io.grpc.Channel channel() {
      return p.channel();
    }

    @Override
    public io.grpc.CallCredentials serviceCredentials() {
      return p.serviceCredentials();
    }

    @Override
    public io.grpc.CallCredentials operatorCredentials() {
      return p.operatorCredentials();
    }

    @Override
    public com.tam.protos.testkit.tck.TckUser newUser() {
      return p.newUser();
    }

    @Override
    public java.util.Optional<com.tam.protos.testkit.tck.TckClock> clock() {
      return p.clock();
    }

    @Override
    public java.util.Optional<com.tam.protos.testkit.tck.TckEvents> events() {
      return p.events();
    }

    @Override
    public void close() {
      p.close();
    }
  }
}
