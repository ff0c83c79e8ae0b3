import { defineAsyncComponent, type Component } from 'vue'
import type { View } from './stores/app'
import HomeView from './views/HomeView.vue'

// One route table: every screen of the shell, its menu label (an i18n
// key) and icon (an SVG path). Home, the first screen, is in the entry
// chunk; every other screen loads on first use, so the charts (ECharts)
// and the big screens are parsed only when opened.
export interface Route {
  view: View
  component: Component
  label?: string // no label: not in the menu (an account opens from the list)
  icon?: string
}

const lazy = (load: () => Promise<{ default: Component }>) => defineAsyncComponent(load)

export const routes: Route[] = [
  { view: 'home', component: HomeView, label: 'nav.home', icon: 'M3 11l9-8 9 8M5 9.5V21h5v-6h4v6h5V9.5' },
  {
    view: 'accounts',
    component: lazy(() => import('./views/AccountsView.vue')),
    label: 'nav.accounts',
    icon: 'M3 21h18M5 21V7l7-4 7 4v14M9 10h.01M15 10h.01M9 14h.01M15 14h.01',
  },
  { view: 'account', component: lazy(() => import('./views/AccountDetail.vue')) },
  { view: 'group', component: lazy(() => import('./views/GroupView.vue')) },
  { view: 'deals', component: lazy(() => import('./views/DealBoard.vue')), label: 'nav.deals', icon: 'M4 4h4v16H4zM10 4h4v10h-4zM16 4h4v6h-4z' },
  { view: 'funnel', component: lazy(() => import('./views/FunnelView.vue')), label: 'nav.funnel', icon: 'M3 4h18l-7 8v6l-4 2v-8z' },
  {
    view: 'targets',
    component: lazy(() => import('./views/TargetsView.vue')),
    label: 'targets.nav',
    icon: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM12 12h.01',
  },
  { view: 'week', component: lazy(() => import('./views/WeekView.vue')), label: 'week.nav', icon: 'M4 5h16v15H4zM4 10h16M9 3v4M15 3v4M8 14l2 2 4-4' },
  { view: 'kpi', component: lazy(() => import('./views/KpiView.vue')), label: 'kpi.nav', icon: 'M4 20V10M10 20V4M16 20v-7M22 20H2' },
  { view: 'matrix', component: lazy(() => import('./views/MatrixView.vue')), label: 'nav.matrix', icon: 'M12 3v18M3 12h18M7 7h.01M17 17h.01M16 7h2M6 17h2' },
  {
    view: 'team',
    component: lazy(() => import('./views/TeamView.vue')),
    label: 'team.nav',
    icon: 'M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM22 21v-2a4 4 0 0 0-3-3.9M16 3.1a4 4 0 0 1 0 7.8',
  },
  {
    view: 'assessments',
    component: lazy(() => import('./views/AssessmentsView.vue')),
    label: 'assess.nav',
    icon: 'M9 11l3 3 8-8M20 12v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9',
  },
  {
    view: 'service',
    component: lazy(() => import('./views/ServiceView.vue')),
    label: 'service.nav',
    icon: 'M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v6H4zM17 14h3v6h-3zM20 20a4 4 0 0 1-4 3h-3',
  },
  {
    view: 'import',
    component: lazy(() => import('./views/ImportView.vue')),
    label: 'import.nav',
    icon: 'M12 3v12M7 10l5 5 5-5M4 17v3h16v-3',
  },
  {
    view: 'marketing',
    component: lazy(() => import('./views/MarketingView.vue')),
    label: 'marketing.nav',
    icon: 'M3 11v3a1 1 0 0 0 1 1h2l5 4V6L6 10H4a1 1 0 0 0-1 1zM15 8a5 5 0 0 1 0 8M18 5a9 9 0 0 1 0 14',
  },
  { view: 'trash', component: lazy(() => import('./views/TrashView.vue')), label: 'nav.trash', icon: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3' },
  {
    view: 'settings',
    component: lazy(() => import('./views/SettingsView.vue')),
    label: 'nav.settings',
    icon: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12a7 7 0 0 0-.1-1.2l2-1.6-2-3.4-2.4 1a7 7 0 0 0-2-1.2L14 3h-4l-.5 2.6a7 7 0 0 0-2 1.2l-2.4-1-2 3.4 2 1.6a7 7 0 0 0 0 2.4l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 2 1.2L10 21h4l.5-2.6a7 7 0 0 0 2-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z',
  },
]

export const routeOf = (v: View): Route => routes.find((r) => r.view === v) ?? routes[0]
