package chain

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
)

// ErrBadDeployment means a deployment file is unreadable or incomplete.
var ErrBadDeployment = errors.New("bad deployment file")

// Deployment says where Swarmgate's contracts live on one chain. `swarmgate devnet` and
// `swarmgate contracts deploy` write it; every other command reads it.
type Deployment struct {
	ChainID    uint64         `json:"chainId"`
	Registry   common.Address `json:"registry"`
	Escrow     common.Address `json:"escrow"`
	Deployer   common.Address `json:"deployer"`
	StartBlock uint64         `json:"startBlock"` // block of the first deployment transaction: indexers start here
}

// Validate reports what is missing.
func (d Deployment) Validate() error {
	var errs []error
	if d.ChainID == 0 {
		errs = append(errs, errors.New("chainId is missing"))
	}
	if d.Registry == (common.Address{}) {
		errs = append(errs, errors.New("registry address is missing"))
	}
	if d.Escrow == (common.Address{}) {
		errs = append(errs, errors.New("escrow address is missing"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w: %w", ErrBadDeployment, err)
	}
	return nil
}

// ReadDeployment reads and validates the deployment file at path.
func ReadDeployment(path string) (Deployment, error) {
	var d Deployment
	b, err := os.ReadFile(path)
	if err != nil {
		return d, fmt.Errorf("%w: %w", ErrBadDeployment, err)
	}
	if err := json.Unmarshal(b, &d); err != nil {
		return d, fmt.Errorf("%w: %s: %w", ErrBadDeployment, path, err)
	}
	if err := d.Validate(); err != nil {
		return d, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// WriteDeployment writes d to path atomically (a temporary file renamed into place).
func WriteDeployment(path string, d Deployment) error {
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
