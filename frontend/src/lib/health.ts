// The relationship health's charts and words (issue 13), as pure
// functions of what the backend sent: the account's page draws them.

export interface HealthMonth {
  month: string
  health: number
}
export interface SatisfactionPoint {
  period: string
  answers: number
  score: number
  recommend: number
  nps: number
}

// trendOption is the monthly health as a line, with the alert threshold
// as a dashed line.
export function trendOption(history: HealthMonth[], threshold: number, labels: { score: string; threshold: string }) {
  return {
    grid: { left: 36, right: 16, top: 24, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: history.map((h) => h.month), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100, interval: 25 },
    series: [
      {
        name: labels.score,
        type: 'line',
        data: history.map((h) => h.health),
        smooth: false,
        symbolSize: 6,
        lineStyle: { width: 2, color: '#2080f0' },
        itemStyle: { color: '#2080f0' },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#d03050', type: 'dashed' },
          label: { formatter: `${labels.threshold} ${threshold}`, position: 'insideEndTop', color: '#d03050' },
          data: [{ yAxis: threshold }],
        },
      },
    ],
  }
}

// satisfactionOption is the mean score per quarter as bars (1–5, left
// axis) and the net promoter score as a line (−100…100, right axis).
export function satisfactionOption(points: SatisfactionPoint[], labels: { score: string; nps: string }) {
  return {
    grid: { left: 36, right: 44, top: 30, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.score, labels.nps], top: 0 },
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: [
      { type: 'value', min: 0, max: 5, interval: 1 },
      { type: 'value', min: -100, max: 100, interval: 50, splitLine: { show: false } },
    ],
    series: [
      { name: labels.score, type: 'bar', barMaxWidth: 28, data: points.map((p) => Math.round(p.score * 10) / 10), itemStyle: { color: '#18a058' } },
      { name: labels.nps, type: 'line', yAxisIndex: 1, data: points.map((p) => p.nps), itemStyle: { color: '#f0a020' }, lineStyle: { color: '#f0a020' } },
    ],
  }
}

// riskReason says why an account is in the alert: below the threshold,
// or fallen by at least the drop since last month ('' when not at risk).
export function riskReason(score: number, prev: number, threshold: number, risk: boolean): 'below' | 'drop' | '' {
  if (!risk) return ''
  return score < threshold ? 'below' : prev >= 0 && prev > score ? 'drop' : 'below'
}

// healthColor is the score's colour: red in the alert, amber below 70,
// green above.
export function healthColor(score: number, risk: boolean): string {
  if (risk) return '#d03050'
  return score < 70 ? '#c47d0e' : '#18a058'
}
