"""Generated protocol buffer code."""
from google.protobuf import descriptor as _descriptor
from google.protobuf import descriptor_pool as _descriptor_pool
from google.protobuf import runtime_version as _runtime_version
from google.protobuf import symbol_database as _symbol_database
from google.protobuf.internal import builder as _builder
_runtime_version.ValidateProtobufRuntimeVersion(_runtime_version.Domain.PUBLIC, 7, 36, 2, '', 'wallet/v1/wallet_service.proto')
_sym_db = _symbol_database.Default()
from ...buf.validate import validate_pb2 as buf_dot_validate_dot_validate__pb2
from ...common.v1 import annotations_pb2 as common_dot_v1_dot_annotations__pb2
from google.protobuf import duration_pb2 as google_dot_protobuf_dot_duration__pb2
from google.protobuf import timestamp_pb2 as google_dot_protobuf_dot_timestamp__pb2
DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\n\x1ewallet/v1/wallet_service.proto\x12\twallet.v1\x1a\x1bbuf/validate/validate.proto\x1a\x1bcommon/v1/annotations.proto\x1a\x1egoogle/protobuf/duration.proto\x1a\x1fgoogle/protobuf/timestamp.proto"\xc8\x03\n\x0bReservation\x12%\n\x0ereservation_id\x18\x01 \x01(\tR\rreservationId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12\x17\n\x07saga_id\x18\x03 \x01(\tR\x06sagaId\x12D\n\x06amount\x18\x04 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\x06amount\x12-\n\x08currency\x18\x05 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x124\n\x06status\x18\x06 \x01(\x0e2\x1c.wallet.v1.ReservationStatusR\x06status\x12;\n\x0bcreate_time\x18\x07 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime\x12;\n\x0bexpire_time\x18\x08 \x01(\x0b2\x1a.google.protobuf.TimestampR\nexpireTime\x12;\n\x0bupdate_time\x18\t \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime"\xda\x01\n\x11OpenWalletRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12-\n\x08currency\x18\x02 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12R\n\x0fidempotency_key\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"\xb3\x01\n\x12OpenWalletResponse\x12\x17\n\x07user_id\x18\x01 \x01(\tR\x06userId\x12-\n\x08currency\x18\x02 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12\x18\n\x07created\x18\x03 \x01(\x08R\x07created\x12;\n\x0bcreate_time\x18\x04 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime"W\n\x11GetBalanceRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId"\xde\x02\n\x12GetBalanceResponse\x12F\n\x07balance\x18\x01 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\x07balance\x12-\n\x08currency\x18\x02 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12H\n\x08reserved\x18\x03 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\x08reserved\x12J\n\tavailable\x18\x04 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\tavailable\x12;\n\x0bupdate_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampR\nupdateTime"\x8d\x03\n\x15ReserveBalanceRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12Z\n\x06amount\x18\x02 \x01(\tBB\xbaH?r=2;^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}(\\.[0-9]{1,2})?)$R\x06amount\x12B\n\x07saga_id\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06sagaId\x12R\n\x0fidempotency_key\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12<\n\x03ttl\x18\x05 \x01(\x0b2\x19.google.protobuf.DurationB\x0f\xbaH\x0c\xaa\x01\t"\x03\x08\x90\x1c2\x02\x08\x01R\x03ttl"\xa9\x01\n\x16ReserveBalanceResponse\x128\n\x0breservation\x18\x01 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation\x12U\n\x0favailable_after\x18\x02 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\x0eavailableAfter"\xc7\x02\n\x18CommitReservationRequest\x12P\n\x0ereservation_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\rreservationId\x12B\n\x07saga_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06sagaId\x12R\n\x0fidempotency_key\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12A\n\x06bet_id\x18\x04 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x05betId"\x8f\x01\n\x19CommitReservationResponse\x128\n\x0breservation\x18\x01 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation\x128\n\x0btransaction\x18\x02 \x01(\x0b2\x16.wallet.v1.TransactionR\x0btransaction"\xe6\x03\n\x18CancelReservationRequest\x12Q\n\x0ereservation_id\x18\x01 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\rreservationId\x12B\n\x07saga_id\x18\x02 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06sagaId\x12R\n\x0fidempotency_key\x18\x03 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12C\n\x07user_id\x18\x04 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x06userId\x12 \n\x06reason\x18\x05 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x02R\x06reason:x\xbaHu\x1as\n\x19cancel_reservation.target\x12%reservation_id or user_id must be set\x1a/this.reservation_id != \'\' || this.user_id != \'\'"\x89\x01\n\x19CancelReservationResponse\x128\n\x0breservation\x18\x01 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation\x122\n\x07outcome\x18\x02 \x01(\x0e2\x18.wallet.v1.CancelOutcomeR\x07outcome"i\n\x15GetReservationRequest\x12P\n\x0ereservation_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\rreservationId"R\n\x16GetReservationResponse\x128\n\x0breservation\x18\x01 \x01(\x0b2\x16.wallet.v1.ReservationR\x0breservation"\xec\x04\n\x14CreditBalanceRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12Z\n\x06amount\x18\x02 \x01(\tBB\xbaH?r=2;^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}(\\.[0-9]{1,2})?)$R\x06amount\x12-\n\x08currency\x18\x03 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12;\n\x06reason\x18\x04 \x01(\x0e2\x17.wallet.v1.CreditReasonB\n\xbaH\x07\x82\x01\x04\x10\x01 \x00R\x06reason\x12A\n\x06bet_id\x18\x05 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x05betId\x12R\n\x0fidempotency_key\x18\x06 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey\x12*\n\x0bdescription\x18\x07 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x02R\x0bdescription:\x84\x01\xbaH\x80\x01\x1a~\n\x1ecredit_balance.bet_id_required\x125bet_id is required for BET_WIN and BET_REFUND credits\x1a%this.reason == 3 || this.bet_id != \'\'"Q\n\x15CreditBalanceResponse\x128\n\x0btransaction\x18\x01 \x01(\x0b2\x16.wallet.v1.TransactionR\x0btransaction"\x90\x03\n\x13DepositFundsRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12Z\n\x06amount\x18\x02 \x01(\tBB\xbaH?r=2;^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}(\\.[0-9]{1,2})?)$R\x06amount\x12-\n\x08currency\x18\x03 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12V\n\x11payment_reference\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x10paymentReference\x12R\n\x0fidempotency_key\x18\x05 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"P\n\x14DepositFundsResponse\x128\n\x0btransaction\x18\x01 \x01(\x0b2\x16.wallet.v1.TransactionR\x0btransaction"\x96\x03\n\x14WithdrawFundsRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12Z\n\x06amount\x18\x02 \x01(\tBB\xbaH?r=2;^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}(\\.[0-9]{1,2})?)$R\x06amount\x12-\n\x08currency\x18\x03 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12[\n\x14withdrawal_method_id\x18\x04 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x12withdrawalMethodId\x12R\n\x0fidempotency_key\x18\x05 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x0eidempotencyKey"Q\n\x15WithdrawFundsResponse\x128\n\x0btransaction\x18\x01 \x01(\x0b2\x16.wallet.v1.TransactionR\x0btransaction"\x94\x07\n\x0bTransaction\x12%\n\x0etransaction_id\x18\x01 \x01(\tR\rtransactionId\x12\x17\n\x07user_id\x18\x02 \x01(\tR\x06userId\x12.\n\x04type\x18\x03 \x01(\x0e2\x1a.wallet.v1.TransactionTypeR\x04type\x12D\n\x06amount\x18\x04 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\x06amount\x12-\n\x08currency\x18\x05 \x01(\tB\x11\xbaH\x0er\x0c2\n^[A-Z]{3}$R\x08currency\x12S\n\x0ebalance_before\x18\x06 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\rbalanceBefore\x12Q\n\rbalance_after\x18\x07 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\x0cbalanceAfter\x12W\n\x10available_before\x18\x08 \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\x0favailableBefore\x12U\n\x0favailable_after\x18\t \x01(\tB,\xbaH)r\'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$R\x0eavailableAfter\x12\x17\n\x07saga_id\x18\n \x01(\tR\x06sagaId\x12%\n\x0ereservation_id\x18\x0b \x01(\tR\rreservationId\x12\x15\n\x06bet_id\x18\x0c \x01(\tR\x05betId\x12\'\n\x0fidempotency_key\x18\r \x01(\tR\x0eidempotencyKey\x12<\n\rcredit_reason\x18\x0e \x01(\x0e2\x17.wallet.v1.CreditReasonR\x0ccreditReason\x12+\n\x11payment_reference\x18\x0f \x01(\tR\x10paymentReference\x12 \n\x0bdescription\x18\x10 \x01(\tR\x0bdescription\x12;\n\x0bcreate_time\x18\x11 \x01(\x0b2\x1a.google.protobuf.TimestampR\ncreateTime"\xc8\x04\n\x17ListTransactionsRequest\x12B\n\x07user_id\x18\x01 \x01(\tB)\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$R\x06userId\x12\'\n\tpage_size\x18\x02 \x01(\x05B\n\xbaH\x07\x1a\x05\x18\xf4\x03(\x00R\x08pageSize\x12\'\n\npage_token\x18\x03 \x01(\tB\x08\xbaH\x05r\x03\x18\x80\x08R\tpageToken\x12C\n\x05types\x18\x04 \x03(\x0e2\x1a.wallet.v1.TransactionTypeB\x11\xbaH\x0e\x92\x01\x0b\x10\n"\x07\x82\x01\x04\x10\x01 \x00R\x05types\x129\n\nstart_time\x18\x05 \x01(\x0b2\x1a.google.protobuf.TimestampR\tstartTime\x125\n\x08end_time\x18\x06 \x01(\x0b2\x1a.google.protobuf.TimestampR\x07endTime\x12C\n\x07saga_id\x18\x07 \x01(\tB*\xbaH\'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$R\x06sagaId:\x9a\x01\xbaH\x96\x01\x1a\x93\x01\n\x1clist_transactions.time_range\x12"start_time must be before end_time\x1aO!has(this.start_time) || !has(this.end_time) || this.start_time < this.end_time"~\n\x18ListTransactionsResponse\x12:\n\x0ctransactions\x18\x01 \x03(\x0b2\x16.wallet.v1.TransactionR\x0ctransactions\x12&\n\x0fnext_page_token\x18\x02 \x01(\tR\rnextPageToken*\xe3\x04\n\x11WalletErrorReason\x12#\n\x1fWALLET_ERROR_REASON_UNSPECIFIED\x10\x00\x12(\n$WALLET_ERROR_REASON_WALLET_NOT_FOUND\x10\x01\x12*\n&WALLET_ERROR_REASON_INSUFFICIENT_FUNDS\x10\x02\x12-\n)WALLET_ERROR_REASON_RESERVATION_NOT_FOUND\x10\x03\x12/\n+WALLET_ERROR_REASON_RESERVATION_NOT_PENDING\x10\x04\x125\n1WALLET_ERROR_REASON_RESERVATION_ALREADY_COMMITTED\x10\x05\x122\n.WALLET_ERROR_REASON_RESERVATION_ALREADY_EXISTS\x10\x06\x12)\n%WALLET_ERROR_REASON_CURRENCY_MISMATCH\x10\x07\x12%\n!WALLET_ERROR_REASON_WALLET_FROZEN\x10\x08\x12)\n%WALLET_ERROR_REASON_DUPLICATE_PAYMENT\x10\t\x12-\n)WALLET_ERROR_REASON_WALLET_ALREADY_EXISTS\x10\n\x12.\n*WALLET_ERROR_REASON_CURRENCY_NOT_SUPPORTED\x10\x0b\x12,\n(WALLET_ERROR_REASON_BET_ALREADY_CREDITED\x10\x0c*\xbb\x01\n\x11ReservationStatus\x12"\n\x1eRESERVATION_STATUS_UNSPECIFIED\x10\x00\x12\x1e\n\x1aRESERVATION_STATUS_PENDING\x10\x01\x12 \n\x1cRESERVATION_STATUS_COMMITTED\x10\x02\x12 \n\x1cRESERVATION_STATUS_CANCELLED\x10\x03\x12\x1e\n\x1aRESERVATION_STATUS_EXPIRED\x10\x04*\x94\x01\n\rCancelOutcome\x12\x1e\n\x1aCANCEL_OUTCOME_UNSPECIFIED\x10\x00\x12\x1b\n\x17CANCEL_OUTCOME_RELEASED\x10\x01\x12#\n\x1fCANCEL_OUTCOME_ALREADY_RELEASED\x10\x02\x12!\n\x1dCANCEL_OUTCOME_NO_RESERVATION\x10\x03*\x8b\x01\n\x0cCreditReason\x12\x1d\n\x19CREDIT_REASON_UNSPECIFIED\x10\x00\x12\x19\n\x15CREDIT_REASON_BET_WIN\x10\x01\x12\x1c\n\x18CREDIT_REASON_BET_REFUND\x10\x02\x12#\n\x1fCREDIT_REASON_MANUAL_ADJUSTMENT\x10\x03*\x89\x02\n\x0fTransactionType\x12 \n\x1cTRANSACTION_TYPE_UNSPECIFIED\x10\x00\x12\x1c\n\x18TRANSACTION_TYPE_DEPOSIT\x10\x01\x12\x1f\n\x1bTRANSACTION_TYPE_WITHDRAWAL\x10\x02\x12%\n!TRANSACTION_TYPE_RESERVATION_HOLD\x10\x03\x12(\n$TRANSACTION_TYPE_RESERVATION_RELEASE\x10\x04\x12\'\n#TRANSACTION_TYPE_RESERVATION_COMMIT\x10\x05\x12\x1b\n\x17TRANSACTION_TYPE_CREDIT\x10\x062\xc0\x07\n\rWalletService\x12N\n\nOpenWallet\x12\x1c.wallet.v1.OpenWalletRequest\x1a\x1d.wallet.v1.OpenWalletResponse"\x03\x90\x02\x02\x12N\n\nGetBalance\x12\x1c.wallet.v1.GetBalanceRequest\x1a\x1d.wallet.v1.GetBalanceResponse"\x03\x90\x02\x01\x12s\n\x0eReserveBalance\x12 .wallet.v1.ReserveBalanceRequest\x1a!.wallet.v1.ReserveBalanceResponse"\x1c\x90\x02\x02\xa2\xbb\x18\x15\x08\x01\x12\x11CancelReservation\x12i\n\x11CommitReservation\x12#.wallet.v1.CommitReservationRequest\x1a$.wallet.v1.CommitReservationResponse"\t\x90\x02\x02\xa2\xbb\x18\x02\x08\x03\x12i\n\x11CancelReservation\x12#.wallet.v1.CancelReservationRequest\x1a$.wallet.v1.CancelReservationResponse"\t\x90\x02\x02\xa2\xbb\x18\x02\x08\x02\x12Z\n\x0eGetReservation\x12 .wallet.v1.GetReservationRequest\x1a!.wallet.v1.GetReservationResponse"\x03\x90\x02\x01\x12W\n\rCreditBalance\x12\x1f.wallet.v1.CreditBalanceRequest\x1a .wallet.v1.CreditBalanceResponse"\x03\x90\x02\x02\x12T\n\x0cDepositFunds\x12\x1e.wallet.v1.DepositFundsRequest\x1a\x1f.wallet.v1.DepositFundsResponse"\x03\x90\x02\x02\x12W\n\rWithdrawFunds\x12\x1f.wallet.v1.WithdrawFundsRequest\x1a .wallet.v1.WithdrawFundsResponse"\x03\x90\x02\x02\x12`\n\x10ListTransactions\x12".wallet.v1.ListTransactionsRequest\x1a#.wallet.v1.ListTransactionsResponse"\x03\x90\x02\x01Be\n\x18com.tam.protos.wallet.v1B\x12WalletServiceProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1b\x06proto3')
_globals = globals()
_builder.BuildMessageAndEnumDescriptors(DESCRIPTOR, _globals)
_builder.BuildTopDescriptorsAndMessages(DESCRIPTOR, 'wallet.v1.wallet_service_pb2', _globals)
if not _descriptor._USE_C_DESCRIPTORS:
    _globals['DESCRIPTOR']._loaded_options = None
    _globals['DESCRIPTOR']._serialized_options = b'\n\x18com.tam.protos.wallet.v1B\x12WalletServiceProtoP\x01Z3github.com/tam/tam-protos/gen/go/wallet/v1;walletv1'
    _globals['_RESERVATION'].fields_by_name['amount']._loaded_options = None
    _globals['_RESERVATION'].fields_by_name['amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_RESERVATION'].fields_by_name['currency']._loaded_options = None
    _globals['_RESERVATION'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_OPENWALLETREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_OPENWALLETREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_OPENWALLETREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_OPENWALLETREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_OPENWALLETREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_OPENWALLETREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_OPENWALLETRESPONSE'].fields_by_name['currency']._loaded_options = None
    _globals['_OPENWALLETRESPONSE'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_GETBALANCEREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_GETBALANCEREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_GETBALANCERESPONSE'].fields_by_name['balance']._loaded_options = None
    _globals['_GETBALANCERESPONSE'].fields_by_name['balance']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_GETBALANCERESPONSE'].fields_by_name['currency']._loaded_options = None
    _globals['_GETBALANCERESPONSE'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_GETBALANCERESPONSE'].fields_by_name['reserved']._loaded_options = None
    _globals['_GETBALANCERESPONSE'].fields_by_name['reserved']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_GETBALANCERESPONSE'].fields_by_name['available']._loaded_options = None
    _globals['_GETBALANCERESPONSE'].fields_by_name['available']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['amount']._loaded_options = None
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['amount']._serialized_options = b'\xbaH?r=2;^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}(\\.[0-9]{1,2})?)$'
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['saga_id']._loaded_options = None
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['saga_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['ttl']._loaded_options = None
    _globals['_RESERVEBALANCEREQUEST'].fields_by_name['ttl']._serialized_options = b'\xbaH\x0c\xaa\x01\t"\x03\x08\x90\x1c2\x02\x08\x01'
    _globals['_RESERVEBALANCERESPONSE'].fields_by_name['available_after']._loaded_options = None
    _globals['_RESERVEBALANCERESPONSE'].fields_by_name['available_after']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_COMMITRESERVATIONREQUEST'].fields_by_name['reservation_id']._loaded_options = None
    _globals['_COMMITRESERVATIONREQUEST'].fields_by_name['reservation_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_COMMITRESERVATIONREQUEST'].fields_by_name['saga_id']._loaded_options = None
    _globals['_COMMITRESERVATIONREQUEST'].fields_by_name['saga_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_COMMITRESERVATIONREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_COMMITRESERVATIONREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_COMMITRESERVATIONREQUEST'].fields_by_name['bet_id']._loaded_options = None
    _globals['_COMMITRESERVATIONREQUEST'].fields_by_name['bet_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['reservation_id']._loaded_options = None
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['reservation_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['saga_id']._loaded_options = None
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['saga_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['user_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['reason']._loaded_options = None
    _globals['_CANCELRESERVATIONREQUEST'].fields_by_name['reason']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x02'
    _globals['_CANCELRESERVATIONREQUEST']._loaded_options = None
    _globals['_CANCELRESERVATIONREQUEST']._serialized_options = b"\xbaHu\x1as\n\x19cancel_reservation.target\x12%reservation_id or user_id must be set\x1a/this.reservation_id != '' || this.user_id != ''"
    _globals['_GETRESERVATIONREQUEST'].fields_by_name['reservation_id']._loaded_options = None
    _globals['_GETRESERVATIONREQUEST'].fields_by_name['reservation_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['amount']._loaded_options = None
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['amount']._serialized_options = b'\xbaH?r=2;^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}(\\.[0-9]{1,2})?)$'
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['reason']._loaded_options = None
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['reason']._serialized_options = b'\xbaH\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['bet_id']._loaded_options = None
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['bet_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['description']._loaded_options = None
    _globals['_CREDITBALANCEREQUEST'].fields_by_name['description']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x02'
    _globals['_CREDITBALANCEREQUEST']._loaded_options = None
    _globals['_CREDITBALANCEREQUEST']._serialized_options = b"\xbaH\x80\x01\x1a~\n\x1ecredit_balance.bet_id_required\x125bet_id is required for BET_WIN and BET_REFUND credits\x1a%this.reason == 3 || this.bet_id != ''"
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['amount']._loaded_options = None
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['amount']._serialized_options = b'\xbaH?r=2;^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}(\\.[0-9]{1,2})?)$'
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['payment_reference']._loaded_options = None
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['payment_reference']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_DEPOSITFUNDSREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['amount']._loaded_options = None
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['amount']._serialized_options = b'\xbaH?r=2;^(0\\.(0[1-9]|[1-9][0-9]?)|[1-9][0-9]{0,14}(\\.[0-9]{1,2})?)$'
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['currency']._loaded_options = None
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['withdrawal_method_id']._loaded_options = None
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['withdrawal_method_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['idempotency_key']._loaded_options = None
    _globals['_WITHDRAWFUNDSREQUEST'].fields_by_name['idempotency_key']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_TRANSACTION'].fields_by_name['amount']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['amount']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_TRANSACTION'].fields_by_name['currency']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['currency']._serialized_options = b'\xbaH\x0er\x0c2\n^[A-Z]{3}$'
    _globals['_TRANSACTION'].fields_by_name['balance_before']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['balance_before']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_TRANSACTION'].fields_by_name['balance_after']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['balance_after']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_TRANSACTION'].fields_by_name['available_before']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['available_before']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_TRANSACTION'].fields_by_name['available_after']._loaded_options = None
    _globals['_TRANSACTION'].fields_by_name['available_after']._serialized_options = b"\xbaH)r'2%^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$"
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['user_id']._loaded_options = None
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['user_id']._serialized_options = b'\xbaH&r$\x10\x01\x18\x80\x012\x1d^[A-Za-z0-9][A-Za-z0-9._:-]*$'
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['page_size']._loaded_options = None
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['page_size']._serialized_options = b'\xbaH\x07\x1a\x05\x18\xf4\x03(\x00'
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['page_token']._loaded_options = None
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['page_token']._serialized_options = b'\xbaH\x05r\x03\x18\x80\x08'
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['types']._loaded_options = None
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['types']._serialized_options = b'\xbaH\x0e\x92\x01\x0b\x10\n"\x07\x82\x01\x04\x10\x01 \x00'
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['saga_id']._loaded_options = None
    _globals['_LISTTRANSACTIONSREQUEST'].fields_by_name['saga_id']._serialized_options = b"\xbaH'r%\x18\x80\x012 ^([A-Za-z0-9][A-Za-z0-9._:-]*)?$"
    _globals['_LISTTRANSACTIONSREQUEST']._loaded_options = None
    _globals['_LISTTRANSACTIONSREQUEST']._serialized_options = b'\xbaH\x96\x01\x1a\x93\x01\n\x1clist_transactions.time_range\x12"start_time must be before end_time\x1aO!has(this.start_time) || !has(this.end_time) || this.start_time < this.end_time'
    _globals['_WALLETSERVICE'].methods_by_name['OpenWallet']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['OpenWallet']._serialized_options = b'\x90\x02\x02'
    _globals['_WALLETSERVICE'].methods_by_name['GetBalance']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['GetBalance']._serialized_options = b'\x90\x02\x01'
    _globals['_WALLETSERVICE'].methods_by_name['ReserveBalance']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['ReserveBalance']._serialized_options = b'\x90\x02\x02\xa2\xbb\x18\x15\x08\x01\x12\x11CancelReservation'
    _globals['_WALLETSERVICE'].methods_by_name['CommitReservation']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['CommitReservation']._serialized_options = b'\x90\x02\x02\xa2\xbb\x18\x02\x08\x03'
    _globals['_WALLETSERVICE'].methods_by_name['CancelReservation']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['CancelReservation']._serialized_options = b'\x90\x02\x02\xa2\xbb\x18\x02\x08\x02'
    _globals['_WALLETSERVICE'].methods_by_name['GetReservation']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['GetReservation']._serialized_options = b'\x90\x02\x01'
    _globals['_WALLETSERVICE'].methods_by_name['CreditBalance']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['CreditBalance']._serialized_options = b'\x90\x02\x02'
    _globals['_WALLETSERVICE'].methods_by_name['DepositFunds']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['DepositFunds']._serialized_options = b'\x90\x02\x02'
    _globals['_WALLETSERVICE'].methods_by_name['WithdrawFunds']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['WithdrawFunds']._serialized_options = b'\x90\x02\x02'
    _globals['_WALLETSERVICE'].methods_by_name['ListTransactions']._loaded_options = None
    _globals['_WALLETSERVICE'].methods_by_name['ListTransactions']._serialized_options = b'\x90\x02\x01'
    _globals['_WALLETERRORREASON']._serialized_start = 6658
    _globals['_WALLETERRORREASON']._serialized_end = 7269
    _globals['_RESERVATIONSTATUS']._serialized_start = 7272
    _globals['_RESERVATIONSTATUS']._serialized_end = 7459
    _globals['_CANCELOUTCOME']._serialized_start = 7462
    _globals['_CANCELOUTCOME']._serialized_end = 7610
    _globals['_CREDITREASON']._serialized_start = 7613
    _globals['_CREDITREASON']._serialized_end = 7752
    _globals['_TRANSACTIONTYPE']._serialized_start = 7755
    _globals['_TRANSACTIONTYPE']._serialized_end = 8020
    _globals['_RESERVATION']._serialized_start = 169
    _globals['_RESERVATION']._serialized_end = 625
    _globals['_OPENWALLETREQUEST']._serialized_start = 628
    _globals['_OPENWALLETREQUEST']._serialized_end = 846
    _globals['_OPENWALLETRESPONSE']._serialized_start = 849
    _globals['_OPENWALLETRESPONSE']._serialized_end = 1028
    _globals['_GETBALANCEREQUEST']._serialized_start = 1030
    _globals['_GETBALANCEREQUEST']._serialized_end = 1117
    _globals['_GETBALANCERESPONSE']._serialized_start = 1120
    _globals['_GETBALANCERESPONSE']._serialized_end = 1470
    _globals['_RESERVEBALANCEREQUEST']._serialized_start = 1473
    _globals['_RESERVEBALANCEREQUEST']._serialized_end = 1870
    _globals['_RESERVEBALANCERESPONSE']._serialized_start = 1873
    _globals['_RESERVEBALANCERESPONSE']._serialized_end = 2042
    _globals['_COMMITRESERVATIONREQUEST']._serialized_start = 2045
    _globals['_COMMITRESERVATIONREQUEST']._serialized_end = 2372
    _globals['_COMMITRESERVATIONRESPONSE']._serialized_start = 2375
    _globals['_COMMITRESERVATIONRESPONSE']._serialized_end = 2518
    _globals['_CANCELRESERVATIONREQUEST']._serialized_start = 2521
    _globals['_CANCELRESERVATIONREQUEST']._serialized_end = 3007
    _globals['_CANCELRESERVATIONRESPONSE']._serialized_start = 3010
    _globals['_CANCELRESERVATIONRESPONSE']._serialized_end = 3147
    _globals['_GETRESERVATIONREQUEST']._serialized_start = 3149
    _globals['_GETRESERVATIONREQUEST']._serialized_end = 3254
    _globals['_GETRESERVATIONRESPONSE']._serialized_start = 3256
    _globals['_GETRESERVATIONRESPONSE']._serialized_end = 3338
    _globals['_CREDITBALANCEREQUEST']._serialized_start = 3341
    _globals['_CREDITBALANCEREQUEST']._serialized_end = 3961
    _globals['_CREDITBALANCERESPONSE']._serialized_start = 3963
    _globals['_CREDITBALANCERESPONSE']._serialized_end = 4044
    _globals['_DEPOSITFUNDSREQUEST']._serialized_start = 4047
    _globals['_DEPOSITFUNDSREQUEST']._serialized_end = 4447
    _globals['_DEPOSITFUNDSRESPONSE']._serialized_start = 4449
    _globals['_DEPOSITFUNDSRESPONSE']._serialized_end = 4529
    _globals['_WITHDRAWFUNDSREQUEST']._serialized_start = 4532
    _globals['_WITHDRAWFUNDSREQUEST']._serialized_end = 4938
    _globals['_WITHDRAWFUNDSRESPONSE']._serialized_start = 4940
    _globals['_WITHDRAWFUNDSRESPONSE']._serialized_end = 5021
    _globals['_TRANSACTION']._serialized_start = 5024
    _globals['_TRANSACTION']._serialized_end = 5940
    _globals['_LISTTRANSACTIONSREQUEST']._serialized_start = 5943
    _globals['_LISTTRANSACTIONSREQUEST']._serialized_end = 6527
    _globals['_LISTTRANSACTIONSRESPONSE']._serialized_start = 6529
    _globals['_LISTTRANSACTIONSRESPONSE']._serialized_end = 6655
    _globals['_WALLETSERVICE']._serialized_start = 8023
    _globals['_WALLETSERVICE']._serialized_end = 8983