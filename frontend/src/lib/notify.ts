import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { message as errorMessage, toUIError } from './errors'

// useNotify is the one way a screen tells the user how an action went: a
// failure becomes the backend's translated message (never an English Go
// error), a success the text given.
export function useNotify() {
  const { t } = useI18n()
  const msg = useMessage()
  return {
    fail: (e: unknown) => {
      msg.error(errorMessage(toUIError(e), t))
    },
    ok: (text: string) => {
      msg.success(text)
    },
  }
}
