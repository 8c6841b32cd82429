package api

import (
	"context"
	"testing"

	"github.com/swarmgate/swarmgate/chain"
)

// purchaseTerms reads item id's current sale terms, as a buyer states them to Purchase.
func purchaseTerms(tb testing.TB, c *chain.Client, id string) chain.Terms {
	tb.Helper()
	item, err := c.Content(context.Background(), mustBig(id))
	if err != nil {
		tb.Fatal(err)
	}
	return chain.PurchaseTerms(item.Policy)
}
