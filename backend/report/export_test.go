package report

// Margin is the page margin in millimetres, for the tests of the output.
const Margin = margin
