package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/alecthomas/kong"
	"github.com/pelletier/go-toml/v2"
)

// configFile is the --config flag of the long-running commands: a TOML file whose keys are the
// command's flag names without the leading dashes, e.g.
//
//	listen = "0.0.0.0:8080"
//	database = "postgres://swarmgate@db/swarmgate"
//	trusted-proxies = ["10.0.0.0/8"]
//	read-timeout = "90s"
//
// A flag on the command line or in the environment wins over the file, and the file over the
// defaults. A key that names no flag of the command, or a value of the wrong type, stops the
// command before anything starts, with every bad key named.
type configFile string

// errConfigFile marks a configuration file that cannot be used.
var errConfigFile = errors.New("configuration file")

// BeforeResolve reads the file and adds it as a resolver for the selected command's flags.
func (f configFile) BeforeResolve(_ *kong.Kong, ctx *kong.Context, trace *kong.Path) error {
	path, _ := ctx.FlagValue(trace.Flag).(configFile)
	if path == "" {
		return nil
	}
	raw, err := os.ReadFile(kong.ExpandPath(string(path)))
	if err != nil {
		return fmt.Errorf("%w: %w", errConfigFile, err)
	}
	values := map[string]any{}
	if err := toml.Unmarshal(raw, &values); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return fmt.Errorf("%w %s: line %d, column %d: %s", errConfigFile, path, row, col, de.Error())
		}
		return fmt.Errorf("%w %s: %w", errConfigFile, path, err)
	}
	flags := map[string]*kong.Flag{}
	for _, group := range ctx.Selected().AllFlags(true) {
		for _, fl := range group {
			flags[fl.Name] = fl
		}
	}
	var unknown []string
	for k, v := range values {
		_, ok := flags[k]
		switch {
		case isTable(v):
			unknown = append(unknown, fmt.Sprintf("%q is a table; settings are flat, one key per flag", k))
		case !ok:
			unknown = append(unknown, fmt.Sprintf("%q names no flag of %q", k, ctx.Selected().Path()))
		case k == trace.Flag.Name:
			unknown = append(unknown, fmt.Sprintf("%q cannot name another configuration file", k))
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("%w %s: %s (run 'swarmgate %s --help' for the flags)", errConfigFile, path, strings.Join(unknown, "; "), ctx.Selected().Path())
	}
	ctx.AddResolver(kong.ResolverFunc(func(_ *kong.Context, _ *kong.Path, fl *kong.Flag) (any, error) {
		v, ok := values[fl.Name]
		if !ok {
			return nil, nil
		}
		for _, env := range fl.Envs {
			if _, set := os.LookupEnv(env); set {
				return nil, nil // the environment wins over the file
			}
		}
		return resolvedValue(v), nil
	}))
	return nil
}

func isTable(v any) bool {
	_, ok := v.(map[string]any)
	return ok
}

// resolvedValue is a TOML value as the command line would give it: arrays become the
// comma-separated list a list flag takes, numbers and booleans their text, so each flag's own
// parser checks the value and names the flag when it is wrong.
func resolvedValue(v any) string {
	list, ok := v.([]any)
	if !ok {
		return fmt.Sprint(v)
	}
	parts := make([]string, 0, len(list))
	for _, e := range list {
		parts = append(parts, fmt.Sprint(e))
	}
	return strings.Join(parts, ",")
}
