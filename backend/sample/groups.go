package sample

import "kams/backend/store"

// Parents is the sample's group (集团): 江宁新能源汽车 with three
// subsidiaries, its battery maker, its electronics plant and its
// logistics arm.
func Parents() []store.SeedParent {
	const head = "江宁新能源汽车股份有限公司"
	return []store.SeedParent{
		{Account: "鼎盛锂电科技有限公司", Parent: head},
		{Account: "天工精密电子有限公司", Parent: head},
		{Account: "蓝海智慧物流有限公司", Parent: head},
	}
}

// groupBlock is how many generated accounts make one block: its first
// heads a group of the next two to four. Batches of scaledBatch (250)
// accounts hold whole blocks, so a group's accounts are seeded together.
const groupBlock = 25

// group puts the generated account i under its block's head when it is
// one of the head's subsidiaries: a 5,000-account book has 200 groups.
func (g *gen) group(i int) {
	head := i - i%groupBlock
	if n := i % groupBlock; n == 0 || n > 1+(head/groupBlock)%3+1 {
		return
	}
	at := len(g.seed.Accounts) - 1 - i%groupBlock
	if at < 0 { // the head is in another batch
		return
	}
	g.seed.Parents = append(g.seed.Parents, store.SeedParent{Account: g.name, Parent: g.seed.Accounts[at].Name})
}
