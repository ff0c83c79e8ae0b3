//go:build bindings

package app

// GeneratingBindings: Wails builds with the bindings tag when it generates
// the TypeScript bindings; the program then must not touch the user's
// database.
const GeneratingBindings = true
