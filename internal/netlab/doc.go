// Package netlab emulates a wide-area network on one Linux machine, for tests and benchmarks
// that need real bandwidth limits and round-trip times between peers of a swarm.
//
// A Lab is a Linux bridge in the test's own network namespace with one address range. Each
// Host is a network namespace joined to the bridge by a veth pair, with its own address and a
// bandwidth limit in each direction applied by tc (a token bucket, tbf, on the egress of each
// end of the veth pair: the namespace side shapes what the host uploads, the bridge side what it
// downloads). The kernel of the machines this runs on has no netem, so latency comes from user
// space: Host.Expose puts a toxiproxy (used as a library) in front of a listener inside the
// host, on an emulated address of the host's own, and adds half the lab's round-trip time in
// each direction. Peers announce and dial the emulated address, so every connection to a host
// crosses its proxy once and each host's link once in each direction:
//
//	client ns ──veth (client upload)──▶ bridge ▶ proxy for server (+RTT/2) ──veth (server download)──▶ server ns
//	client ns ◀──veth (client download)── bridge ◀ proxy (+RTT/2) ◀──veth (server upload)── server ns
//
// Code runs "inside" a host in two ways. Go code in the test process creates its sockets on an
// OS thread that has entered the host's namespace (Host.Listen, Host.DialContext, Host.Do); a
// socket stays in the namespace it was created in whichever thread later uses it. A torrent
// client joins a host with Host.Attach (its configuration: no built-in listeners, tracker
// requests sent from the emulated address) and Host.Join (the client: a listener in the
// namespace exposed through the proxy, a dialer in the namespace). Whole processes run inside
// with Host.Command (`ip netns exec`).
//
// Known differences from a real path: toxiproxy's latency stage buffers up to 1024 reads per
// direction, so data a fast sender sends towards a slower receiver queues in the proxy rather
// than in the sender's socket buffer (what is queued is still bounded by what the receiver
// asked for); latency has a resolution of 1 ms and no jitter or loss is emulated.
//
// It needs root (CAP_NET_ADMIN and CAP_SYS_ADMIN), the ip and tc commands and the tbf qdisc.
// Available reports whether they are there; Require skips a test that needs them, or fails it
// when CI=true.
package netlab
