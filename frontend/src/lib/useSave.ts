import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { fieldMessages, message as errorMessage, toUIError } from './errors'
import { localDate } from './format'

// useSave runs a form's save: a busy flag, the backend's field errors
// (translated, by field) for the form items, a translated toast either way.
export function useSave() {
  const { t } = useI18n()
  const msg = useMessage()
  const saving = ref(false)
  const errors = ref<Record<string, string>>({})
  const status = (field: string) => (errors.value[field] ? 'error' : undefined)

  async function run<T>(action: () => Promise<T>, success: string): Promise<T | undefined> {
    saving.value = true
    errors.value = {}
    try {
      const out = await action()
      msg.success(success)
      return out
    } catch (e) {
      const err = toUIError(e)
      errors.value = fieldMessages(err, t)
      msg.error(errorMessage(err, t))
      return undefined
    } finally {
      saving.value = false
    }
  }

  return { saving, errors, status, run }
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
