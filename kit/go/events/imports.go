package events

// Every package of the generated module, so that the registry sees every
// contract file. TestEveryGeneratedPackageIsImported fails when a package
// under gen/go is missing here.
import (
	_ "github.com/tam/tam-protos/gen/go/common/v1"
	_ "github.com/tam/tam-protos/gen/go/notification/v1"
	_ "github.com/tam/tam-protos/gen/go/order/v1"
	_ "github.com/tam/tam-protos/gen/go/reporting/v1"
	_ "github.com/tam/tam-protos/gen/go/risk/v1"
	_ "github.com/tam/tam-protos/gen/go/user/v1"
	_ "github.com/tam/tam-protos/gen/go/wallet/v1"
)
