"""Client and server classes corresponding to protobuf-defined services."""
import grpc
import warnings
from ...reporting.v1 import reporting_service_pb2 as reporting_dot_v1_dot_reporting__service__pb2
GRPC_GENERATED_VERSION = '1.85.1'
GRPC_VERSION = grpc.__version__
_version_not_supported = False
try:
    from grpc._utilities import first_version_is_lower
    _version_not_supported = first_version_is_lower(GRPC_VERSION, GRPC_GENERATED_VERSION)
except ImportError:
    _version_not_supported = True
if _version_not_supported:
    raise RuntimeError(f'The grpc package installed is at version {GRPC_VERSION},' + ' but the generated code in reporting/v1/reporting_service_pb2_grpc.py depends on' + f' grpcio>={GRPC_GENERATED_VERSION}.' + f' Please upgrade your grpc module to grpcio>={GRPC_GENERATED_VERSION}' + f' or downgrade your generated code using grpcio-tools<={GRPC_VERSION}.')

class ReportingServiceStub:
    """ReportingService (reporting-service, Python) turns the platform's events
    into periodic financial reports (daily, weekly, monthly) and a live
    dashboard. It owns no money and calls no other service: everything it
    knows comes from NATS.

    Subjects consumed: exactly the `consumed_subjects` declared below
    (JetStream durable consumers, at-least-once, deduplicated on
    `metadata.event_id`). FACT events (fills, bet changes, commission, orders,
    ledger entries, reservations, wallet openings, risk alerts) are applied
    strictly in `aggregate_version` order per aggregate and held on a gap, so
    none is lost; SNAPSHOT events (payments, users) keep the latest version.
    What each feeds:
    * `tam.order.v1.fill.*`: matched volume, open matched exposure.
    * `tam.order.v1.bet.*` and `tam.order.v1.bet_stake.released`: bet counts,
    placed and cancelled stake, held funds, payouts, sport.
    * `tam.order.v1.commission.charged`: commission revenue.
    * `tam.order.v1.order.*`: placement sagas by outcome.
    * `tam.wallet.v1.transaction.recorded`: the ledger entries behind
    deposits, withdrawals, withdrawal reversals, chargebacks and the booked
    commission (COMMISSION entries, reconciled with the commission events);
    `tam.wallet.v1.reservation.*`: the reserved amount on the dashboard.
    * `tam.wallet.v1.payment.updated`: failed deposits and withdrawals;
    `tam.wallet.v1.wallet.opened`: new wallets per currency.
    * `tam.user.v1.user.registered`: new users; `tam.risk.v1.alert.raised`:
    risk alerts.

    Exchange maths. Both sides of every fill are customers: what one side
    wins the other loses, so the platform's revenue is not sum(stake -
    payout) (about 0) but the commission it keeps, plus the sub-minor-unit
    remainders that payouts leave by rounding down. Volume counts each match
    once (its backer stake), never once per side; see ReportTotals.

    Time. Periods are calendar periods in UTC (ISO 8601): a day starts at
    00:00:00Z; a week starts on Monday 00:00:00Z and lasts 7 days; a month
    starts on the 1st at 00:00:00Z. A period is the half-open interval
    [period_start_time, period_end_time). A fact belongs to the period that
    contains its event's `metadata.occur_time`.

    Figures (all sums are exact decimals; see ReportTotals for the formulas).
    A report covers one currency: bets and transactions in other currencies
    are not converted and appear only in that currency's reports. Derived
    figures (averages, ratios) are rounded once, HALF_EVEN, to 2 fraction
    digits (money) or to an integer (basis points).

    Reports are generated asynchronously (see ReportState) and are immutable
    once SUCCEEDED: regenerating a period creates a new report with a new id.

    Idempotency. The only write, GenerateReport, carries `idempotency_key`,
    scoped to (RPC, caller). A retry with the same key and request returns the
    original report job (the platform replay rule of docs/CONVENTIONS.md: a
    stored PERIOD_NOT_CLOSED is retried with a new key); the same key with a
    different request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED;
    a retry while the first call is in flight fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "reporting.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `reporting.v1.ReportingErrorReason`. Every RPC can also return
    INVALID_ARGUMENT / VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING,
    TOKEN_INVALID, TOKEN_EXPIRED), PERMISSION_DENIED / PERMISSION_DENIED (only
    back-office operators and platform services may call it) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    def __init__(self, channel):
        """Constructor.

        Args:
            channel: A grpc.Channel.
        """
        self.GenerateReport = channel.unary_unary('/reporting.v1.ReportingService/GenerateReport', request_serializer=reporting_dot_v1_dot_reporting__service__pb2.GenerateReportRequest.SerializeToString, response_deserializer=reporting_dot_v1_dot_reporting__service__pb2.GenerateReportResponse.FromString, _registered_method=True)
        self.GetReport = channel.unary_unary('/reporting.v1.ReportingService/GetReport', request_serializer=reporting_dot_v1_dot_reporting__service__pb2.GetReportRequest.SerializeToString, response_deserializer=reporting_dot_v1_dot_reporting__service__pb2.GetReportResponse.FromString, _registered_method=True)
        self.ListReports = channel.unary_unary('/reporting.v1.ReportingService/ListReports', request_serializer=reporting_dot_v1_dot_reporting__service__pb2.ListReportsRequest.SerializeToString, response_deserializer=reporting_dot_v1_dot_reporting__service__pb2.ListReportsResponse.FromString, _registered_method=True)
        self.StreamDashboard = channel.unary_stream('/reporting.v1.ReportingService/StreamDashboard', request_serializer=reporting_dot_v1_dot_reporting__service__pb2.StreamDashboardRequest.SerializeToString, response_deserializer=reporting_dot_v1_dot_reporting__service__pb2.StreamDashboardResponse.FromString, _registered_method=True)

class ReportingServiceServicer:
    """ReportingService (reporting-service, Python) turns the platform's events
    into periodic financial reports (daily, weekly, monthly) and a live
    dashboard. It owns no money and calls no other service: everything it
    knows comes from NATS.

    Subjects consumed: exactly the `consumed_subjects` declared below
    (JetStream durable consumers, at-least-once, deduplicated on
    `metadata.event_id`). FACT events (fills, bet changes, commission, orders,
    ledger entries, reservations, wallet openings, risk alerts) are applied
    strictly in `aggregate_version` order per aggregate and held on a gap, so
    none is lost; SNAPSHOT events (payments, users) keep the latest version.
    What each feeds:
    * `tam.order.v1.fill.*`: matched volume, open matched exposure.
    * `tam.order.v1.bet.*` and `tam.order.v1.bet_stake.released`: bet counts,
    placed and cancelled stake, held funds, payouts, sport.
    * `tam.order.v1.commission.charged`: commission revenue.
    * `tam.order.v1.order.*`: placement sagas by outcome.
    * `tam.wallet.v1.transaction.recorded`: the ledger entries behind
    deposits, withdrawals, withdrawal reversals, chargebacks and the booked
    commission (COMMISSION entries, reconciled with the commission events);
    `tam.wallet.v1.reservation.*`: the reserved amount on the dashboard.
    * `tam.wallet.v1.payment.updated`: failed deposits and withdrawals;
    `tam.wallet.v1.wallet.opened`: new wallets per currency.
    * `tam.user.v1.user.registered`: new users; `tam.risk.v1.alert.raised`:
    risk alerts.

    Exchange maths. Both sides of every fill are customers: what one side
    wins the other loses, so the platform's revenue is not sum(stake -
    payout) (about 0) but the commission it keeps, plus the sub-minor-unit
    remainders that payouts leave by rounding down. Volume counts each match
    once (its backer stake), never once per side; see ReportTotals.

    Time. Periods are calendar periods in UTC (ISO 8601): a day starts at
    00:00:00Z; a week starts on Monday 00:00:00Z and lasts 7 days; a month
    starts on the 1st at 00:00:00Z. A period is the half-open interval
    [period_start_time, period_end_time). A fact belongs to the period that
    contains its event's `metadata.occur_time`.

    Figures (all sums are exact decimals; see ReportTotals for the formulas).
    A report covers one currency: bets and transactions in other currencies
    are not converted and appear only in that currency's reports. Derived
    figures (averages, ratios) are rounded once, HALF_EVEN, to 2 fraction
    digits (money) or to an integer (basis points).

    Reports are generated asynchronously (see ReportState) and are immutable
    once SUCCEEDED: regenerating a period creates a new report with a new id.

    Idempotency. The only write, GenerateReport, carries `idempotency_key`,
    scoped to (RPC, caller). A retry with the same key and request returns the
    original report job (the platform replay rule of docs/CONVENTIONS.md: a
    stored PERIOD_NOT_CLOSED is retried with a new key); the same key with a
    different request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED;
    a retry while the first call is in flight fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "reporting.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `reporting.v1.ReportingErrorReason`. Every RPC can also return
    INVALID_ARGUMENT / VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING,
    TOKEN_INVALID, TOKEN_EXPIRED), PERMISSION_DENIED / PERMISSION_DENIED (only
    back-office operators and platform services may call it) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    def GenerateReport(self, request, context):
        """Starts generating the report of one period and currency. Returns at once
        with the report in state QUEUED; poll GetReport, or wait for
        `tam.reporting.v1.report.generated`.

        State transitions: creates a report in QUEUED; a worker then moves it to
        RUNNING and on to SUCCEEDED or FAILED (see ReportState).

        A period can be reported once it is closed: `period_end_time` plus a
        grace of 15 minutes for late events must be in the past. At most one job
        per (period_type, period_start_time, currency) is QUEUED or RUNNING at a
        time. A SUCCEEDED report is never changed; generating the same period
        again (for example after late corrections) creates a new report.

        Errors:
        * FAILED_PRECONDITION / PERIOD_NOT_CLOSED: the period has not ended plus
        grace. Metadata: `closeTime` (RFC 3339).
        * ALREADY_EXISTS / REPORT_ALREADY_IN_PROGRESS: a job for the same period
        and currency is QUEUED or RUNNING. Metadata: `reportId`.
        * INVALID_ARGUMENT / UNSUPPORTED_CURRENCY: `currency` is well-formed but
        not traded on the platform. Metadata: `currency`.
        * FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED,
        ABORTED / IDEMPOTENCY_REQUEST_IN_PROGRESS.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def GetReport(self, request, context):
        """Returns one report with its state. `data` is set only when the state
        is SUCCEEDED; `failure_message` only when it is FAILED.

        Errors: NOT_FOUND / REPORT_NOT_FOUND.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def ListReports(self, request, context):
        """Lists reports, newest `create_time` first (ties broken by `report_id`),
        without their `data` (call GetReport for the figures). Paginated
        (AIP-158).

        Errors: INVALID_ARGUMENT / INVALID_PAGE_TOKEN.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

    def StreamDashboard(self, request, context):
        """Streams live metrics of one currency. The first message is sent at
        once, then one message every `update_interval`.

        Every message is a complete snapshot, never a delta, so nothing is lost
        by skipping one. Backpressure: the server keeps at most one undelivered
        snapshot per stream; when gRPC flow control stops it from sending, a
        newer snapshot replaces the pending one (conflation) and
        `DashboardSnapshot.sequence` jumps. A client that is slower than the
        interval therefore receives fewer, always current, snapshots and the
        server never buffers without bound.

        Resume: there is no resume token. A client that loses the stream opens a
        new one and receives a current snapshot at once; `sequence` restarts at
        1. The server ends a stream with OK after 1 hour, and with UNAVAILABLE
        when it shuts down; the client reconnects with jittered backoff.

        Errors: INVALID_ARGUMENT / UNSUPPORTED_CURRENCY. Metadata: `currency`.
        """
        context.set_code(grpc.StatusCode.UNIMPLEMENTED)
        context.set_details('Method not implemented!')
        raise NotImplementedError('Method not implemented!')

def add_ReportingServiceServicer_to_server(servicer, server):
    rpc_method_handlers = {'GenerateReport': grpc.unary_unary_rpc_method_handler(servicer.GenerateReport, request_deserializer=reporting_dot_v1_dot_reporting__service__pb2.GenerateReportRequest.FromString, response_serializer=reporting_dot_v1_dot_reporting__service__pb2.GenerateReportResponse.SerializeToString), 'GetReport': grpc.unary_unary_rpc_method_handler(servicer.GetReport, request_deserializer=reporting_dot_v1_dot_reporting__service__pb2.GetReportRequest.FromString, response_serializer=reporting_dot_v1_dot_reporting__service__pb2.GetReportResponse.SerializeToString), 'ListReports': grpc.unary_unary_rpc_method_handler(servicer.ListReports, request_deserializer=reporting_dot_v1_dot_reporting__service__pb2.ListReportsRequest.FromString, response_serializer=reporting_dot_v1_dot_reporting__service__pb2.ListReportsResponse.SerializeToString), 'StreamDashboard': grpc.unary_stream_rpc_method_handler(servicer.StreamDashboard, request_deserializer=reporting_dot_v1_dot_reporting__service__pb2.StreamDashboardRequest.FromString, response_serializer=reporting_dot_v1_dot_reporting__service__pb2.StreamDashboardResponse.SerializeToString)}
    generic_handler = grpc.method_handlers_generic_handler('reporting.v1.ReportingService', rpc_method_handlers)
    server.add_generic_rpc_handlers((generic_handler,))
    server.add_registered_method_handlers('reporting.v1.ReportingService', rpc_method_handlers)

class ReportingService:
    """ReportingService (reporting-service, Python) turns the platform's events
    into periodic financial reports (daily, weekly, monthly) and a live
    dashboard. It owns no money and calls no other service: everything it
    knows comes from NATS.

    Subjects consumed: exactly the `consumed_subjects` declared below
    (JetStream durable consumers, at-least-once, deduplicated on
    `metadata.event_id`). FACT events (fills, bet changes, commission, orders,
    ledger entries, reservations, wallet openings, risk alerts) are applied
    strictly in `aggregate_version` order per aggregate and held on a gap, so
    none is lost; SNAPSHOT events (payments, users) keep the latest version.
    What each feeds:
    * `tam.order.v1.fill.*`: matched volume, open matched exposure.
    * `tam.order.v1.bet.*` and `tam.order.v1.bet_stake.released`: bet counts,
    placed and cancelled stake, held funds, payouts, sport.
    * `tam.order.v1.commission.charged`: commission revenue.
    * `tam.order.v1.order.*`: placement sagas by outcome.
    * `tam.wallet.v1.transaction.recorded`: the ledger entries behind
    deposits, withdrawals, withdrawal reversals, chargebacks and the booked
    commission (COMMISSION entries, reconciled with the commission events);
    `tam.wallet.v1.reservation.*`: the reserved amount on the dashboard.
    * `tam.wallet.v1.payment.updated`: failed deposits and withdrawals;
    `tam.wallet.v1.wallet.opened`: new wallets per currency.
    * `tam.user.v1.user.registered`: new users; `tam.risk.v1.alert.raised`:
    risk alerts.

    Exchange maths. Both sides of every fill are customers: what one side
    wins the other loses, so the platform's revenue is not sum(stake -
    payout) (about 0) but the commission it keeps, plus the sub-minor-unit
    remainders that payouts leave by rounding down. Volume counts each match
    once (its backer stake), never once per side; see ReportTotals.

    Time. Periods are calendar periods in UTC (ISO 8601): a day starts at
    00:00:00Z; a week starts on Monday 00:00:00Z and lasts 7 days; a month
    starts on the 1st at 00:00:00Z. A period is the half-open interval
    [period_start_time, period_end_time). A fact belongs to the period that
    contains its event's `metadata.occur_time`.

    Figures (all sums are exact decimals; see ReportTotals for the formulas).
    A report covers one currency: bets and transactions in other currencies
    are not converted and appear only in that currency's reports. Derived
    figures (averages, ratios) are rounded once, HALF_EVEN, to 2 fraction
    digits (money) or to an integer (basis points).

    Reports are generated asynchronously (see ReportState) and are immutable
    once SUCCEEDED: regenerating a period creates a new report with a new id.

    Idempotency. The only write, GenerateReport, carries `idempotency_key`,
    scoped to (RPC, caller). A retry with the same key and request returns the
    original report job (the platform replay rule of docs/CONVENTIONS.md: a
    stored PERIOD_NOT_CLOSED is retried with a new key); the same key with a
    different request fails with FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED;
    a retry while the first call is in flight fails with ABORTED /
    IDEMPOTENCY_REQUEST_IN_PROGRESS. Keys are kept for at least 7 days.

    Errors follow common/v1/errors.proto: `ErrorInfo.domain` is
    "reporting.tam.internal" and reasons come from `common.v1.ErrorReason` or
    `reporting.v1.ReportingErrorReason`. Every RPC can also return
    INVALID_ARGUMENT / VALIDATION_FAILED, UNAUTHENTICATED (TOKEN_MISSING,
    TOKEN_INVALID, TOKEN_EXPIRED), PERMISSION_DENIED / PERMISSION_DENIED (only
    back-office operators and platform services may call it) and UNAVAILABLE /
    DEPENDENCY_UNAVAILABLE; these are not repeated below.
    """

    @staticmethod
    def GenerateReport(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/reporting.v1.ReportingService/GenerateReport', reporting_dot_v1_dot_reporting__service__pb2.GenerateReportRequest.SerializeToString, reporting_dot_v1_dot_reporting__service__pb2.GenerateReportResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def GetReport(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/reporting.v1.ReportingService/GetReport', reporting_dot_v1_dot_reporting__service__pb2.GetReportRequest.SerializeToString, reporting_dot_v1_dot_reporting__service__pb2.GetReportResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def ListReports(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_unary(request, target, '/reporting.v1.ReportingService/ListReports', reporting_dot_v1_dot_reporting__service__pb2.ListReportsRequest.SerializeToString, reporting_dot_v1_dot_reporting__service__pb2.ListReportsResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)

    @staticmethod
    def StreamDashboard(request, target, options=(), channel_credentials=None, call_credentials=None, insecure=False, compression=None, wait_for_ready=None, timeout=None, metadata=None):
        return grpc.experimental.unary_stream(request, target, '/reporting.v1.ReportingService/StreamDashboard', reporting_dot_v1_dot_reporting__service__pb2.StreamDashboardRequest.SerializeToString, reporting_dot_v1_dot_reporting__service__pb2.StreamDashboardResponse.FromString, options, channel_credentials, insecure, call_credentials, compression, wait_for_ready, timeout, metadata, _registered_method=True)