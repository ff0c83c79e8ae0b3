//go:build !bindings

package app

// GeneratingBindings is true only in the build Wails makes to read the
// bound types.
const GeneratingBindings = false
