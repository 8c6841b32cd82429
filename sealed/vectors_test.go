package sealed

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the test vectors under testdata/vectors")

// vector is one entry of testdata/vectors/vectors.json. The plaintext, key and ciphertext are
// files next to it, so another implementation can use them without parsing Go.
type vector struct {
	Name        string `json:"name"`
	KeyFile     string `json:"keyFile"`   // hex key
	PlainFile   string `json:"plainFile"` // plaintext bytes
	SealedFile  string `json:"sealedFile"`
	ChunkSize   int    `json:"chunkSize"`
	PieceLength int64  `json:"pieceLength"`
	FileID      string `json:"fileId"`      // hex, header bytes 20..52
	ContentHash string `json:"contentHash"` // hex SHA-256 of the plaintext
	InfoHash    string `json:"infoHash"`    // hex v1 info hash of the ciphertext torrent
}

const vectorDir = "testdata/vectors"

// vectorInputs are the cases the vectors cover.
func vectorInputs() []struct {
	name  string
	plain []byte
	chunk int
} {
	pattern := make([]byte, 10_000)
	for i := range pattern {
		pattern[i] = byte(i*31 + 7)
	}
	return []struct {
		name  string
		plain []byte
		chunk int
	}{
		{"empty", nil, MinChunkSize},
		{"short", []byte("Swarmgate sealed content test vector.\n"), MinChunkSize},
		{"three-chunks", pattern, MinChunkSize},
		{"default-chunk", pattern, DefaultChunkSize},
	}
}

func TestVectors(t *testing.T) {
	if *update {
		writeVectors(t)
	}
	raw, err := os.ReadFile(filepath.Join(vectorDir, "vectors.json"))
	if err != nil {
		t.Fatalf("read vectors (go test ./sealed -run TestVectors -update writes them): %v", err)
	}
	var vs []vector
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) != len(vectorInputs()) {
		t.Fatalf("%d vectors, want %d", len(vs), len(vectorInputs()))
	}
	for _, v := range vs {
		t.Run(v.Name, func(t *testing.T) {
			t.Parallel()
			read := func(name string) []byte {
				b, err := os.ReadFile(filepath.Join(vectorDir, name))
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
			key, err := ParseKey(string(read(v.KeyFile)))
			if err != nil {
				t.Fatal(err)
			}
			plain, ct := read(v.PlainFile), read(v.SealedFile)
			// Decrypting the committed ciphertext gives the committed plaintext.
			r, err := Open(bytes.NewReader(ct), int64(len(ct)), key)
			if err != nil {
				t.Fatal(err)
			}
			got, err := readAllAt(r)
			if err != nil || !bytes.Equal(got, plain) {
				t.Fatalf("decrypt: %v, equal = %v", err, bytes.Equal(got, plain))
			}
			if h := sha256.Sum256(plain); hex.EncodeToString(h[:]) != v.ContentHash {
				t.Fatal("content hash differs from the vector")
			}
			// Sealing the plaintext with the vector's file id gives the same bytes and torrent.
			var id [FileIDSize]byte
			if b, err := hex.DecodeString(v.FileID); err != nil || copy(id[:], b) != FileIDSize {
				t.Fatalf("bad file id %q", v.FileID)
			}
			ct2, res := sealBytes(t, plain, key, SealOptions{ChunkSize: v.ChunkSize, PieceLength: v.PieceLength, fileID: &id})
			if !bytes.Equal(ct2, ct) {
				t.Fatal("sealing again gives different ciphertext")
			}
			if res.InfoHash.HexString() != v.InfoHash || hex.EncodeToString(res.ContentHash[:]) != v.ContentHash {
				t.Fatalf("info hash %s / content hash %x differ from the vector", res.InfoHash.HexString(), res.ContentHash)
			}
		})
	}
}

func writeVectors(t *testing.T) {
	t.Helper()
	if err := os.MkdirAll(vectorDir, 0o755); err != nil {
		t.Fatal(err)
	}
	var vs []vector
	for i, in := range vectorInputs() {
		key := testKey(byte(0x40 + i))
		var id [FileIDSize]byte
		for j := range id {
			id[j] = byte(0xA0 + i + j)
		}
		ct, res := sealBytes(t, in.plain, key, SealOptions{ChunkSize: in.chunk, fileID: &id})
		v := vector{
			Name: in.name, KeyFile: in.name + ".key", PlainFile: in.name + ".plain", SealedFile: in.name + ".sealed",
			ChunkSize: in.chunk, PieceLength: res.Info.PieceLength, FileID: hex.EncodeToString(id[:]),
			ContentHash: hex.EncodeToString(res.ContentHash[:]), InfoHash: res.InfoHash.HexString(),
		}
		for name, data := range map[string][]byte{v.KeyFile: []byte(key.Hex() + "\n"), v.PlainFile: in.plain, v.SealedFile: ct} {
			if err := os.WriteFile(filepath.Join(vectorDir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		vs = append(vs, v)
	}
	b, err := json.MarshalIndent(vs, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(vectorDir, "vectors.json"), append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestVectorsFromSpec decrypts the committed vectors with nothing but the standard library and
// the rules of FORMAT.md (no code of this package), so the spec and the code cannot drift apart.
func TestVectorsFromSpec(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join(vectorDir, "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vs []vector
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		t.Run(v.Name, func(t *testing.T) {
			keyHex, _ := os.ReadFile(filepath.Join(vectorDir, v.KeyFile))
			key, err := hex.DecodeString(string(bytes.TrimSpace(keyHex)))
			if err != nil {
				t.Fatal(err)
			}
			plain, _ := os.ReadFile(filepath.Join(vectorDir, v.PlainFile))
			ct, _ := os.ReadFile(filepath.Join(vectorDir, v.SealedFile))
			got, err := specDecrypt(key, ct)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, plain) {
				t.Fatal("spec decryption differs from the plaintext")
			}
		})
	}
}

// specDecrypt is FORMAT.md's decryption procedure, written from the spec.
func specDecrypt(key, f []byte) ([]byte, error) {
	if len(f) < 84 || string(f[:8]) != "SWGSEAL\n" || f[8] != 1 || f[9] != 1 || f[11] != 0 {
		return nil, errors.New("bad header")
	}
	c := 1 << f[10]
	plainLen := int(binary.BigEndian.Uint64(f[12:20]))
	fileID := f[20:52]
	sub, _ := hkdf.Key(sha256.New, key, fileID, "swarmgate sealed v1 aes-256-gcm chunk key", 32)
	check, _ := hkdf.Key(sha256.New, key, fileID, "swarmgate sealed v1 key check", 16)
	if !bytes.Equal(check, f[52:68]) {
		return nil, errors.New("wrong key")
	}
	block, _ := aes.NewCipher(sub)
	gcm, _ := cipher.NewGCM(block)
	nonce := func(kind byte, i uint64) []byte {
		n := make([]byte, 12)
		n[0] = kind
		binary.BigEndian.PutUint64(n[4:], i)
		return n
	}
	if _, err := gcm.Open(nil, nonce(2, 0), f[68:84], f[:68]); err != nil {
		return nil, errors.New("header tag")
	}
	var out []byte
	pos := 84
	for i := uint64(0); ; i++ {
		capacity := c - 16
		if i == 0 {
			capacity = c - 84 - 16
		}
		n := min(capacity, plainLen-len(out))
		final := len(out)+n == plainLen
		kind := byte(0)
		if final {
			kind = 1
		}
		if pos+n+16 > len(f) {
			return nil, errors.New("truncated")
		}
		p, err := gcm.Open(nil, nonce(kind, i), f[pos:pos+n+16], f[:84])
		if err != nil {
			return nil, fmt.Errorf("chunk %d: %v", i, err)
		}
		out = append(out, p...)
		pos += n + 16
		if final {
			break
		}
	}
	if pos != len(f) {
		return nil, errors.New("trailing data")
	}
	return out, nil
}
