import { describe, expect, it } from 'vitest'
import { formatDateTime, formatMoney, formatPercent, fromMajor, parseMoney, toMajor } from './format'

describe('parseMoney', () => {
  it.each([
    ['0', 0],
    ['12', 1200],
    ['1,234.5', 123450],
    ['1,234.56', 123456],
    [' 46 000 000 ', 4600000000],
    ['１２３．４', 12340],
    ['0.10', 10],
    ['1.230', 123],
    ['', null],
    ['abc', null],
    ['-5', null],
    ['1.234', null],
    ['1e5', null],
    ['99999999999999999999', null],
  ])('%j → %j', (text, want) => {
    expect(parseMoney(text)).toBe(want)
  })

  it('knows yen has no minor unit', () => {
    expect(parseMoney('1200', 'JPY')).toBe(1200)
    expect(parseMoney('12.5', 'JPY')).toBe(null)
  })
})

describe('major and minor units', () => {
  it('round-trips amounts a float would spoil', () => {
    for (const minor of [1, 10, 29, 1999, 123456789, 4_600_000_000, 999_999_999_999_99]) {
      expect(fromMajor(toMajor(minor))).toBe(minor)
    }
    expect(fromMajor(0.1 + 0.2)).toBe(30)
    expect(fromMajor(null)).toBe(0)
  })
})

describe('formatting', () => {
  it('formats money for each language', () => {
    expect(formatMoney(123456, 'CNY', 'zh-CN')).toBe('¥1,234.56')
    expect(formatMoney(123456, 'CNY', 'en')).toBe('CN¥1,234.56')
    expect(formatMoney(4_600_000_000, 'CNY', 'zh-CN', true)).toBe('¥4600万')
    expect(formatMoney(4_600_000_000, 'CNY', 'en', true)).toBe('CN¥46M')
  })
  it('formats shares and dates', () => {
    expect(formatPercent(0.368, 'en')).toBe('36.8%')
    expect(formatDateTime('', 'en')).toBe('')
    expect(formatDateTime('2026-11-27T08:30:00Z', 'zh-CN')).toMatch(/2026年11月27日/)
  })
})
