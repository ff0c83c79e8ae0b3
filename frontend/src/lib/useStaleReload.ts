import { useI18n } from 'vue-i18n'
import { useDialog } from 'naive-ui'
import { toUIError } from './errors'

// isChangedElsewhere tells a save refused because the record was saved
// elsewhere (another window on the same book) since this form read it.
export const isChangedElsewhere = (e: unknown) => toUIError(e).key === 'conflict.changedElsewhere'

// useStaleReload offers to reload a record whose save was refused as stale:
// reloading shows what the other window saved (the input here is dropped,
// which the dialog says); declining keeps the input on screen to copy.
export function useStaleReload() {
  const { t } = useI18n()
  const dialog = useDialog()
  let open = false // a retried save while the question is up asks once
  // offerReload returns whether e was a stale save (and the offer made).
  return function offerReload(e: unknown, reload: () => Promise<void> | void): boolean {
    if (!isChangedElsewhere(e)) return false
    if (open) return true
    open = true
    dialog.warning({
      title: t('conflict.title'),
      content: t('conflict.reloadBody'),
      positiveText: t('conflict.reload'),
      negativeText: t('conflict.keepInput'),
      onPositiveClick: () => {
        void reload()
      },
      onAfterLeave: () => {
        open = false
      },
    })
    return true
  }
}
