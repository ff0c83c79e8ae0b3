package service

// PlanLines exposes lines to the black-box tests.
var PlanLines = lines

// SetCalendarPage sets how many calendar entries one read brings, until
// the returned func puts it back.
func SetCalendarPage(n int) func() {
	old := calendarPage
	calendarPage = n
	return func() { calendarPage = old }
}
