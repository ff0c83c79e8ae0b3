package app

import "kams/backend/service"

// Matrix is the portfolio matrix, bound to the frontend.
type Matrix struct{ svc *service.Matrix }

// Points places the live accounts under the filter: compact columns of
// scores (≤ 256 KB of JSON at 5,000 accounts), the counts per quadrant and
// the first unclassified accounts.
func (m *Matrix) Points(f service.MatrixFilter) (res service.MatrixData, err error) {
	defer guard(&err)
	return m.svc.Points(ctx(), f)
}
