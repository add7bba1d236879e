// Command gomodproxy publishes one version of a Go module into a file-based
// module proxy (GOPROXY=file://DIR), laid out as the GOPROXY protocol says:
// DIR/<module>/@v/list, <version>.info, <version>.mod and <version>.zip.
// The zip is made by golang.org/x/mod/zip, the code the go command and the
// public proxy use, so it holds exactly what `go mod download` would get from
// a tag. Used by scripts/release-rehearsal.sh.
//
//	go run . MODULE_DIR VERSION PROXY_DIR
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: gomodproxy MODULE_DIR VERSION PROXY_DIR")
		os.Exit(2)
	}
	if err := publish(os.Args[1], os.Args[2], os.Args[3]); err != nil {
		fmt.Fprintln(os.Stderr, "gomodproxy:", err)
		os.Exit(1)
	}
}

func publish(dir, version, proxy string) error {
	goMod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return err
	}
	path := modfile.ModulePath(goMod)
	if path == "" {
		return fmt.Errorf("%s/go.mod declares no module path", dir)
	}
	mv := module.Version{Path: path, Version: version}
	if err := module.Check(path, version); err != nil {
		return err
	}
	escaped, err := module.EscapePath(path)
	if err != nil {
		return err
	}
	base := filepath.Join(proxy, filepath.FromSlash(escaped), "@v")
	if err := os.MkdirAll(base, 0o755); err != nil {
		return err
	}
	zf, err := os.Create(filepath.Join(base, version+".zip"))
	if err != nil {
		return err
	}
	if err := zip.CreateFromDir(zf, mv, dir); err != nil {
		zf.Close()
		return err
	}
	if err := zf.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(base, version+".mod"), goMod, 0o644); err != nil {
		return err
	}
	info, _ := json.Marshal(struct {
		Version string
		Time    time.Time
	}{version, time.Now().UTC().Truncate(time.Second)})
	if err := os.WriteFile(filepath.Join(base, version+".info"), info, 0o644); err != nil {
		return err
	}
	list := filepath.Join(base, "list")
	old, _ := os.ReadFile(list)
	if !strings.Contains("\n"+string(old), "\n"+version+"\n") {
		f, err := os.OpenFile(list, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		fmt.Fprintln(f, version)
		f.Close()
	}
	fmt.Printf("published %s@%s to %s\n", path, version, proxy)
	return nil
}
