package listexport

import (
	"context"
	"os"
	"path/filepath"
)

// WriteFile writes a list to path, whole or not at all: the rows stream to
// a private temporary file beside path, which is renamed over path once
// everything is written. The format is the path's extension.
func WriteFile(ctx context.Context, src Source, name string, filter any, lang, path string) (Result, error) {
	format, ok := FormatOf(path)
	if !ok {
		return Result{}, badFormat(path)
	}
	if _, err := find(name); err != nil {
		return Result{}, err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return Result{}, cannotWrite(path, err)
	}
	tmp := f.Name()
	res, err := Write(ctx, src, name, filter, format, lang, f)
	if err == nil {
		if err = f.Sync(); err != nil {
			err = cannotWrite(path, err)
		}
	}
	if cerr := f.Close(); err == nil && cerr != nil {
		err = cannotWrite(path, cerr)
	}
	if err == nil {
		if rerr := os.Rename(tmp, path); rerr != nil {
			err = cannotWrite(path, rerr)
		}
	}
	if err != nil {
		os.Remove(tmp)
		return Result{}, err
	}
	return res, nil
}
