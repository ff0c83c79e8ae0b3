package listexport

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"kams/backend/domain"
)

// A list longer than an Excel sheet holds is refused with a translated
// error (CSV has no such limit); the file is never a cut-off sheet.
func TestListLongerThanASheetIsRefused(t *testing.T) {
	defer func(n int) { maxSheetRows = n }(maxSheetRows)
	maxSheetRows = 3 // the header and two rows
	name := "test-rows"
	register(Spec[struct{}]{Name: name, Title: Column{Zh: "测试", En: "Test"}, Columns: []Column{{Key: "n", Zh: "序号", En: "No."}},
		Rows: func(_ context.Context, _ Source, _ struct{}, _ string, emit Emit) error {
			for i := range 5 {
				if err := emit(Row{"n": i}); err != nil {
					return err
				}
			}
			return nil
		}})
	defer delete(lists, name)
	_, err := Write(context.Background(), Source{}, name, nil, XLSX, "zh", &bytes.Buffer{})
	var de *domain.Error
	if !errors.As(err, &de) || de.Key != "error.sheetFull" || de.Params["max"] != 2 {
		t.Fatalf("5 rows in a sheet of 2: %v", err)
	}
	res, err := Write(context.Background(), Source{}, name, nil, CSV, "zh", &bytes.Buffer{})
	if err != nil || res.Rows != 5 {
		t.Fatalf("5 rows to CSV: %d, %v", res.Rows, err)
	}
}
