// The export flow every printed document shares: ask where to save (the
// native dialog), write, say where it went, and remember the "open after
// export" box.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { api, type ExportedFile } from '../api'
import { useNotify } from './notify'

// SaveOptions: choose asks where to save (default: the PDF dialog); done
// says what was written.
export interface SaveOptions {
  choose?: (fileName: string, title: string) => Promise<string>
  done?: (f: ExportedFile) => string
}

export function useExport() {
  const { t } = useI18n()
  const msg = useMessage()
  const notify = useNotify()
  const openAfter = ref(false)
  const busy = ref('')
  const lastPath = ref('')

  async function loadOpenAfter() {
    try {
      openAfter.value = await api.openAfterExport()
    } catch (e) {
      notify.fail(e)
    }
  }

  async function remember(on: boolean) {
    openAfter.value = on
    try {
      await api.setOpenAfterExport(on)
    } catch (e) {
      notify.fail(e)
    }
  }

  // save asks for a path offering fileName (a PDF unless opts.choose asks
  // otherwise), then writes there; false when the user cancelled or the
  // write failed (the message says why). opts.done words the success.
  async function save(kind: string, fileName: string, title: string, write: (path: string) => Promise<ExportedFile>, opts: SaveOptions = {}): Promise<boolean> {
    busy.value = kind
    try {
      const path = await (opts.choose ?? api.choosePDFPath)(fileName, title)
      if (!path) return false // cancelled: nothing written
      const done = await write(path)
      lastPath.value = done.path
      msg.success(opts.done ? opts.done(done) : t('export.done', { path: done.path }), { duration: 6000 })
      if (done.openError) msg.warning(t('export.openFailed', { detail: done.openError }))
      return true
    } catch (e) {
      notify.fail(e)
      return false
    } finally {
      busy.value = ''
    }
  }

  return { openAfter, busy, lastPath, loadOpenAfter, remember, save }
}
