package com.tam.protos.testkit.reporting;

import com.tam.protos.testkit.support.ServiceContext;

/**
 * Builds the reference reporting-service, or a broken variant of it, for tests in other packages.
 */
public final class ReportingAccess {
  private ReportingAccess() {}

  /**
   * The service.
   *
   * @param ctx the context
   * @param defect a {@code ReferenceReportingService.Defect} name, or null for the reference
   * @return the service
   */
  public static ReferenceReportingService create(ServiceContext ctx, String defect) {
    return new ReferenceReportingService(
        ctx,
        defect == null
            ? ReferenceReportingService.Defect.NONE
            : ReferenceReportingService.Defect.valueOf(defect));
  }
}
