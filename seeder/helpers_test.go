package seeder

import "github.com/swarmgate/swarmgate/chain"

func chainRetryOnce() chain.RetryPolicy { return chain.RetryPolicy{MaxAttempts: 1} }
