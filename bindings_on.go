//go:build bindings

package main

// Wails builds with the bindings tag when it generates the TypeScript
// bindings; the program then must not touch the user's database.
const generatingBindings = true
