import { h, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { NInput, useDialog } from 'naive-ui'
import { useBackupsStore } from '../stores/backups'
import { useNotify } from './notify'

// The two flows around a backup file the user carries: restoring one
// (from the settings or the first start; a sealed one asks its passphrase,
// a plain one says what it holds first) and sealing the book into one
// with a passphrase typed twice.
export function useBackupFiles() {
  const { t } = useI18n()
  const dialog = useDialog()
  const notify = useNotify()
  const backups = useBackupsStore()

  const passwordInput = (value: { value: string }, testid: string, placeholder: string) =>
    h(NInput, {
      type: 'password',
      showPasswordOn: 'click',
      value: value.value,
      placeholder,
      'data-testid': testid,
      'onUpdate:value': (v: string) => (value.value = v),
    })

  async function restoreFromFile() {
    let path = ''
    try {
      path = await backups.chooseFile(t('backups.chooseFile'))
    } catch (e) {
      notify.fail(e)
      return
    }
    if (path) await restorePath(path)
  }

  // restorePath restores from a file the app was given (the menu, a
  // second launch, the Finder): what it holds is said first.
  async function restorePath(path: string) {
    try {
      const file = await backups.inspectFile(path)
      const pass = ref('')
      const counts = t('backups.counts', { accounts: file.book.accounts, people: file.book.people, deals: file.book.deals })
      dialog.warning({
        title: t('backups.restoreTitle'),
        content: () =>
          file.encrypted
            ? h('div', [h('p', t('backups.sealedBody', { file: path })), passwordInput(pass, 'restore-passphrase', t('backups.passphrase'))])
            : h('p', t('backups.restoreFileBody', { file: path, counts })),
        positiveText: t('backups.restore'),
        negativeText: t('common.cancel'),
        onPositiveClick: async () => {
          try {
            await backups.restoreFile(path, pass.value)
            window.location.reload() // every screen reads the restored book
          } catch (e) {
            notify.fail(e)
            return false // the dialog stays: another passphrase can be tried
          }
        },
      })
    } catch (e) {
      notify.fail(e)
    }
  }

  function exportSealed() {
    const pass = ref('')
    const again = ref('')
    dialog.info({
      title: t('backups.sealTitle'),
      content: () =>
        h('div', { class: 'seal-form' }, [
          h('p', t('backups.sealBody')),
          passwordInput(pass, 'seal-passphrase', t('backups.passphrase')),
          h('div', { style: 'height: 8px' }),
          passwordInput(again, 'seal-passphrase-again', t('backups.passphraseAgain')),
        ]),
      positiveText: t('backups.seal'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        if (pass.value !== again.value) {
          notify.fail({ code: 'validation', key: 'backups.passphraseMismatch' })
          return false
        }
        try {
          const path = await backups.exportSealed(t('backups.sealTitle'), pass.value)
          if (path) notify.ok(t('backups.sealed', { file: path }))
        } catch (e) {
          notify.fail(e)
          return false
        }
      },
    })
  }

  return { restoreFromFile, restorePath, exportSealed }
}
