import { h } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog } from 'naive-ui'
import type { Stage } from '../api'
import { useAppStore } from '../stores/app'
import { openTasks, stageName } from './deals'

// useMoveConfirm asks before an open deal moves on to a later stage while key
// tasks of the stage it leaves are still open; moving back, or with every
// task ticked, goes ahead without a question.
export function useMoveConfirm() {
  const { t } = useI18n()
  const dialog = useDialog()
  const app = useAppStore()

  return function confirmMove(deal: { name: string; tasksDone?: string[] | null }, from: string, to: string): Promise<boolean> {
    const stages: Stage[] = app.settings?.stages ?? []
    const i = stages.findIndex((s) => s.id === from)
    const j = stages.findIndex((s) => s.id === to)
    const open = openTasks(stages[i], deal.tasksDone ?? [], app.lang)
    if (j <= i || !open.length) return Promise.resolve(true)
    const name = (id: string) => stageName(stages, id, app.lang)
    return new Promise((resolve) => {
      dialog.warning({
        title: t('deal.moveTitle'),
        content: () =>
          h('div', { 'data-testid': 'move-confirm' }, [
            h('p', t('deal.moveBody', { name: deal.name, stage: name(from), next: name(to) })),
            h('ul', { style: 'margin: 6px 0 0; padding-left: 20px' }, open.map((task) => h('li', { 'data-testid': 'open-task' }, task))),
          ]),
        positiveText: t('deal.moveAnyway'),
        negativeText: t('common.cancel'),
        onPositiveClick: () => resolve(true),
        onNegativeClick: () => resolve(false),
        onClose: () => resolve(false),
        onMaskClick: () => resolve(false),
      })
    })
  }
}
