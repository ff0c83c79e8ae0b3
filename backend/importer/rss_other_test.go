//go:build !linux

package importer

// peakRSS is not measured here.
func peakRSS() int64 { return 0 }

// cpuTime is not measured here.
func cpuTime() float64 { return 0 }
