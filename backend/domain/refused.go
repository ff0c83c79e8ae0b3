package domain

// Refused is an error about a whole request rather than one field (a file
// that is not a book, a backup from a newer app): the UI shows its key,
// translated with params.
func Refused(key string, params map[string]any) error {
	return &Error{Code: CodeValidation, Key: key, Params: params}
}
