// Ink is what a chart draws its own labels and lines with, light or dark:
// ECharts' built-in 'dark' theme colours axes, legends and tooltips, but
// the colours an option sets itself (a name on a plate, a bubble's rim)
// come from here.
export interface Ink {
  text: string // a label's text
  plate: string // the plate behind a label that crosses a bubble
  edge: string // the rim between bubbles and funnel bands: the background
  line: string // guide lines (the matrix's split, the funnel's label lines)
  dots: number // the opacity of a big book's matrix dots: more on dark, where they sink
}

export const lightInk: Ink = { text: '#333', plate: '#ffffffd9', edge: '#fff', line: '#b8bec9', dots: 0.35 }
export const darkInk: Ink = { text: '#e6e8eb', plate: '#18181cd9', edge: '#18181c', line: '#5e6370', dots: 0.6 }

export function inkFor(dark: boolean): Ink {
  return dark ? darkInk : lightInk
}

// chartTheme is the ECharts theme name for the window's theme.
export function chartTheme(dark: boolean): string | undefined {
  return dark ? 'dark' : undefined
}
