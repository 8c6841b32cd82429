// Package migrations owns the gateway's database schema: numbered SQL files, one directory per
// dialect (sqlite/ and postgres/, same version numbers, same tables), embedded in the binary and
// applied with goose at start-up or by `swarmgate migrate`. gorm never creates or alters tables;
// the models in package store mirror what these files create.
//
// On PostgreSQL, Up holds a session-level advisory lock while it migrates, so several gateways
// sharing one database can start at the same time: one applies the pending files, the others
// wait and then find nothing left to do.
package migrations
