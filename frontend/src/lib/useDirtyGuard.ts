import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useDialog, type DialogApi } from 'naive-ui'

type Translate = (key: string) => string

// askDiscard asks 放弃修改？ and resolves true when the input may be thrown
// away; every way out of the question but "discard" keeps it. The account
// page asks it too, before leaving with unsaved changes.
export function askDiscard(dialog: DialogApi, t: Translate): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    dialog.warning({
      title: t('common.discardTitle'),
      content: t('common.discardBody'),
      positiveText: t('common.discard'),
      negativeText: t('common.keepEditing'),
      onPositiveClick: () => resolve(true),
      onNegativeClick: () => resolve(false),
      onClose: () => resolve(false),
      onMaskClick: () => resolve(false),
      onEsc: () => resolve(false),
    })
  })
}

// useDirtyGuard keeps a drawer or modal form from throwing away what was
// typed: Esc, a click on the mask, the close button and Cancel all ask for
// the form to close through requestClose (bind `:show="show"` and
// `@update:show="onUpdateShow"`), which asks 放弃修改？ when the form differs
// from what it opened with or last saved. A pristine form closes at once.
// `source` returns everything the user can edit; it is compared as JSON.
// A form that opens and closes without unmounting (a modal) passes
// { open: false } and calls open() each time it shows.
export function useDirtyGuard(source: () => unknown, { open: startOpen = true } = {}) {
  const { t } = useI18n()
  const dialog = useDialog()
  const show = ref(startOpen)
  let baseline = JSON.stringify(source())
  let asking: Promise<boolean> | null = null

  const dirty = () => JSON.stringify(source()) !== baseline

  // markSaved makes the current input the new pristine state (after a save
  // that keeps the form open).
  function markSaved() {
    baseline = JSON.stringify(source())
  }

  // confirmDiscard resolves true when the input may be thrown away. A second
  // Esc while the question is open does not stack a second question.
  function confirmDiscard(): Promise<boolean> {
    if (!dirty()) return Promise.resolve(true)
    if (asking) return asking
    asking = askDiscard(dialog, t).finally(() => {
      asking = null
    })
    return asking
  }

  async function requestClose() {
    if (await confirmDiscard()) show.value = false
  }

  // open shows the form with its current input as the pristine state.
  function open() {
    markSaved()
    show.value = true
  }

  // close shuts the form without asking: after a save or a delete, whose
  // input is no longer unsaved (a modal's own close that follows must not ask).
  function close() {
    markSaved()
    show.value = false
  }

  function onUpdateShow(v: boolean) {
    if (v) show.value = true
    else void requestClose()
  }

  return { show, dirty, markSaved, confirmDiscard, requestClose, open, close, onUpdateShow }
}
