import { h, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { NForm, NFormItem, NInput, useDialog } from 'naive-ui'
import type { ReplicationSettings } from '../api'
import { useReplicationStore } from '../stores/replication'
import { fieldMessages, toUIError } from './errors'
import { useNotify } from './notify'
import ReplicaTargetFields from '../components/ReplicaTargetFields.vue'

// The restore from a replica, from the settings or a new laptop's first
// start: where the replica is (a folder or a bucket with its keys), and
// optionally the moment to restore the book as it was then.
export function useReplicaRestore() {
  const { t } = useI18n()
  const dialog = useDialog()
  const notify = useNotify()
  const replication = useReplicationStore()

  function restoreFromReplica(start?: ReplicationSettings) {
    const target = reactive<ReplicationSettings>(
      start ? { ...start } : { enabled: true, kind: 'folder', folder: '', endpoint: '', bucket: '', path: 'kams', region: '' },
    )
    const keys = reactive({ accessKey: '', secretKey: '' })
    const at = ref('')
    const errors = ref<Record<string, string>>({})
    dialog.warning({
      title: t('replication.restoreTitle'),
      style: 'width: 560px',
      content: () =>
        h('div', [
          h('p', t('replication.restoreBody')),
          h(NForm, { labelPlacement: 'left', labelWidth: 150, 'data-testid': 'replica-restore-form' }, () => [
            h(ReplicaTargetFields, { target, keys, errors: errors.value, prefix: 'replica-restore', restoring: true }),
            h(
              NFormItem,
              {
                label: t('replication.pointInTime'),
                validationStatus: errors.value.at ? 'error' : undefined,
                feedback: errors.value.at || t('replication.pointInTimeHint'),
              },
              () =>
                h(NInput, {
                  value: at.value,
                  placeholder: '2026-12-02 18:00',
                  'data-testid': 'replica-restore-at',
                  'onUpdate:value': (v: string) => (at.value = v),
                }),
            ),
          ]),
        ]),
      positiveText: t('replication.restore'),
      negativeText: t('common.cancel'),
      onPositiveClick: async () => {
        errors.value = {}
        try {
          const sum = await replication.restore({ settings: { ...target, enabled: true }, ...keys, at: at.value.trim() })
          notify.ok(t('replication.restored', { counts: t('backups.counts', { accounts: sum.accounts, people: sum.people, deals: sum.deals }) }))
          window.location.reload() // every screen reads the restored book
        } catch (e) {
          errors.value = fieldMessages(toUIError(e), t)
          notify.fail(e)
          return false // the dialog stays: the target can be corrected
        }
      },
    })
  }

  return { restoreFromReplica }
}
