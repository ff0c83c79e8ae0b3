import { describe, expect, it } from 'vitest'
import { filterAccounts, type AccountFilter } from './filter'
import type { AccountView } from '../api'

const v = (id: number, name: string, en: string, quadrant: string, status: string, industry: string, region: string, manager: string, keyAccount: boolean) =>
  ({ account: { id, name, shortName: name.slice(0, 4), englishName: en, status, industry, region, manager }, scores: { quadrant, keyAccount } }) as unknown as AccountView

const list = [
  v(1, '江宁新能源汽车股份有限公司', 'Jiangning New Energy Vehicle', 'strategic', 'active', '汽车', '华东', '王磊', true),
  v(2, '华北钢铁集团有限公司', 'North China Iron & Steel', 'maintain', 'active', '钢铁', '华北', '陈志强', false),
  v(3, '星河半导体设备有限公司', 'Xinghe Semiconductor', 'develop', 'prospect', '半导体', '华东', '李娜', true),
]
const none: AccountFilter = { query: '', tiers: [], statuses: [], industries: [], regions: [], managers: [], keyOnly: false }
const ids = (f: Partial<AccountFilter>) => filterAccounts(list, { ...none, ...f }).map((x) => x.account.id)

describe('filterAccounts', () => {
  it.each([
    [{}, [1, 2, 3]],
    [{ query: '钢铁' }, [2]],
    [{ query: '新能' }, [1]],
    [{ query: '华' }, [2]],
    [{ query: 'SEMI' }, [3]],
    [{ query: ' iron & steel ' }, [2]],
    [{ query: '江宁' }, [1]],
    [{ query: 'nothing' }, []],
    [{ tiers: ['strategic', 'develop'] }, [1, 3]],
    [{ statuses: ['prospect'] }, [3]],
    [{ industries: ['钢铁'] }, [2]],
    [{ regions: ['华东'] }, [1, 3]],
    [{ managers: ['王磊', '李娜'] }, [1, 3]],
    [{ keyOnly: true }, [1, 3]],
    [{ regions: ['华东'], keyOnly: true, query: '星河' }, [3]],
  ] as [Partial<AccountFilter>, number[]][])('%j → %j', (f, want) => {
    expect(ids(f)).toEqual(want)
  })
})
