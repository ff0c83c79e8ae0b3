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

// sheetFull is a list longer than an Excel sheet holds (rows, below the
// header): CSV has no limit, or a filter makes it shorter.
func sheetFull(rows int) error {
	return &domain.Error{Code: domain.CodeValidation, Key: "error.sheetFull", Params: map[string]any{"max": rows}}
}
