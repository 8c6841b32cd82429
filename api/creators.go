package api

import (
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gin-gonic/gin"
)

// creatorItemJSON is a catalog item with its sales.
type creatorItemJSON struct {
	contentJSON
	// Sales is the number of indexed purchases of the item (Purchased events).
	Sales int64 `json:"sales"`
}

// owedJSON is what the registry owes a payee in one currency.
type owedJSON struct {
	Currency string `json:"currency"` // "" for the native coin
	Amount   string `json:"amount"`   // base units, decimal
}

type creatorPageJSON struct {
	Creator    string            `json:"creator"`
	Items      []creatorItemJSON `json:"items"`
	NextCursor string            `json:"next_cursor,omitempty"`
	// Owed is what the registry holds for the creator (as a payee) per currency, read from the
	// chain (owed(payee, currency)): the native coin and every currency the creator's items are
	// priced in. Absent when the gateway has no chain.
	Owed []owedJSON `json:"owed,omitempty"`
}

// creatorContent is GET /v1/creators/{address}/content: the items the address registered, with
// the catalog's filters and pagination, each item's sales count, and the revenue owed to it per
// currency.
func (s *Server) creatorContent(c *gin.Context) {
	creator, err := parseAddress("address", c.Param("address"))
	if err != nil {
		s.abort(c, err)
		return
	}
	q, err := query(c)
	if err != nil {
		s.abort(c, err)
		return
	}
	if q.Has("creator") {
		s.abort(c, invalid("the creator is the path's address; leave out the creator parameter"))
		return
	}
	f, err := parseListQuery(q)
	if err != nil {
		s.abort(c, err)
		return
	}
	f.Creator = &creator
	ctx := c.Request.Context()
	page, err := s.deps.Store.ListContent(ctx, f)
	if err != nil {
		s.abort(c, err)
		return
	}
	ids := make([]string, 0, len(page.Items))
	for _, it := range page.Items {
		if it.ContentID != nil {
			ids = append(ids, *it.ContentID)
		}
	}
	sales, err := s.deps.Store.SalesCounts(ctx, ids)
	if err != nil {
		s.abort(c, err)
		return
	}
	out := creatorPageJSON{Creator: creator.Hex(), Items: make([]creatorItemJSON, 0, len(page.Items))}
	for _, it := range page.Items {
		j := creatorItemJSON{contentJSON: s.toContentJSON(it)}
		j.Sales = sales[j.ID]
		out.Items = append(out.Items, j)
	}
	if page.Next != nil {
		out.NextCursor = page.Next.String()
	}
	if pu := s.policyUpdater(); pu != nil {
		currencies, err := s.deps.Store.CreatorCurrencies(ctx, creator)
		if err != nil {
			s.abort(c, err)
			return
		}
		for _, cur := range append([]string{""}, currencies...) {
			amount, err := pu.Owed(ctx, creator, common.HexToAddress(cur))
			if err != nil {
				s.log.WarnContext(ctx, "read owed failed", "request_id", requestID(c), "err", err)
				s.abort(c, &wrapped{ErrUnavailable, "the chain did not answer what the creator is owed; try again shortly"})
				return
			}
			out.Owed = append(out.Owed, owedJSON{Currency: cur, Amount: amount.String()})
		}
	}
	c.Header("Cache-Control", "no-store")
	c.JSON(http.StatusOK, out)
}
