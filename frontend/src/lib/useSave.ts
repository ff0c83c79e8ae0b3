import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { fieldMessages, message as errorMessage, toUIError } from './errors'
import { localDate } from './format'
import { useStaleReload } from './useStaleReload'

// useSave runs a form's save: a busy flag, the backend's field errors
// (translated, by field) for the form items, a translated toast either way.
// A save refused because another window saved the record since offers to
// reload it with reload.
export function useSave(reload?: () => Promise<void> | void) {
  const { t } = useI18n()
  const offerReload = useStaleReload()
  const msg = useMessage()
  const saving = ref(false)
  const errors = ref<Record<string, string>>({})
  const status = (field: string) => (errors.value[field] ? 'error' : undefined)

  // attempt is the one body behind run and runOk: it tells success from
  // failure even when the action itself returns nothing.
  async function attempt<T>(action: () => Promise<T>, success: string): Promise<{ ok: true; out: T } | { ok: false }> {
    saving.value = true
    errors.value = {}
    try {
      const out = await action()
      msg.success(success)
      return { ok: true, out }
    } catch (e) {
      const err = toUIError(e)
      errors.value = fieldMessages(err, t)
      msg.error(errorMessage(err, t))
      if (reload) offerReload(err, reload)
      return { ok: false }
    } finally {
      saving.value = false
    }
  }

  // run returns the action's result, or undefined when it failed.
  async function run<T>(action: () => Promise<T>, success: string): Promise<T | undefined> {
    const r = await attempt(action, success)
    return r.ok ? r.out : undefined
  }

  // runOk says whether the action succeeded, for actions returning nothing
  // (a delete), where run's undefined can't tell failure from success.
  async function runOk(action: () => Promise<unknown>, success: string): Promise<boolean> {
    return (await attempt(action, success)).ok
  }

  return { saving, errors, status, run, runOk }
}

// dateModel binds a 'YYYY-MM-DD' field of a form to a Naive date picker,
// which speaks in timestamps; the day is read and written in local time.
export function dateModel<K extends string>(form: Record<K, string>, field: K) {
  return computed({
    get: () => (form[field] ? Date.parse(form[field] + 'T00:00:00') : null),
    set: (v: number | null) => {
      form[field] = v === null ? '' : localDate(new Date(v))
    },
  })
}
