package listexport

import "kams/backend/domain"

// badFormat is a file name that is neither .xlsx nor .csv.
func badFormat(path string) error {
	var v domain.Validation
	v.Add("path", "error.listFormat", map[string]any{"path": path})
	return v.Err()
}

// cannotWrite is a file the system would not let us write.
func cannotWrite(path string, err error) error {
	return &domain.Error{Code: domain.CodeConflict, Key: "error.cannotWrite",
		Params: map[string]any{"path": path, "detail": err.Error()}}
}
