package service

// PlanLines exposes lines to the black-box tests.
var PlanLines = lines
