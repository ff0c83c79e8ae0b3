// Colours shared by tags and the matrix, one per quadrant.
export const quadrantColors: Record<string, string> = {
  strategic: '#d03050',
  develop: '#1f6feb',
  maintain: '#18a058',
  opportunistic: '#e6a23c',
  unclassified: '#9aa0a6',
}

export const quadrants = ['strategic', 'develop', 'maintain', 'opportunistic', 'unclassified'] as const
export const statuses = ['prospect', 'active', 'dormant', 'lost'] as const
export const stages = ['exploratory', 'basic', 'cooperative', 'interdependent', 'integrated'] as const

export const statusTypes: Record<string, 'default' | 'success' | 'warning' | 'error' | 'info'> = {
  prospect: 'info',
  active: 'success',
  dormant: 'warning',
  lost: 'error',
}

// matches is the list's search: any part of the Chinese, short or English
// name, ignoring case and spaces.
export function matches(query: string, ...names: string[]): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!q) return true
  return names.some((n) => n.toLowerCase().includes(q))
}

export const buyingRoles = ['economic', 'user', 'technical', 'coach', 'influencer'] as const
export const influences = ['high', 'medium', 'low'] as const
export const interactionKinds = ['visit', 'call', 'meeting', 'email', 'tech', 'demo', 'dinner', 'other'] as const

// The attitude scale −2…+2 and its names.
export const attitudes = [
  { value: -2, key: 'opponent', color: '#d03050' },
  { value: -1, key: 'unhappy', color: '#e6a23c' },
  { value: 0, key: 'neutral', color: '#9aa0a6' },
  { value: 1, key: 'friendly', color: '#7cc47f' },
  { value: 2, key: 'champion', color: '#18a058' },
] as const

export function attitudeOf(value: number) {
  return attitudes.find((a) => a.value === value) ?? attitudes[2]
}

// Service requests (issue 13): the backend's lists (domain/service.go).
export const serviceTypes = ['complaint', 'fault', 'inquiry', 'maintenance', 'training', 'other'] as const
export const severities = ['critical', 'high', 'medium', 'low'] as const
export const serviceChannels = ['phone', 'email', 'visit', 'wechat', 'portal', 'other'] as const
export const serviceStatuses = ['open', 'progress', 'resolved', 'closed'] as const
export const severityTypes: Record<string, 'error' | 'warning' | 'info' | 'default'> = {
  critical: 'error', high: 'warning', medium: 'info', low: 'default',
}
// The health score's parts, in the breakdown's order (domain/health.go).
export const healthParts = ['recency', 'coverage', 'attitude', 'complaints', 'satisfaction', 'stage', 'revenue'] as const
