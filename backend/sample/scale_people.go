package sample

import (
	"fmt"
	"strings"
	"unicode"

	"kams/backend/domain"
	"kams/backend/store"
)

// contacts adds eight to twelve people to the account: the top, two or
// three vice presidents reporting to the top, and managers and engineers
// reporting to them. The top is the economic buyer; the others take the
// roles a real map has, a coach among them now and then.
func (g *gen) contacts(c city, core zhEn) {
	domainName := strings.ToLower(lettersOf(core.en)+lettersOf(c.en)) + ".com.cn"
	switchboard := fmt.Sprintf("%s-%d", c.tel, g.between(5000, 8999))
	n := g.between(8, 12)
	vps := g.between(2, 3)
	g.people = g.people[:0]
	for k := range n {
		var p post
		boss, role, inf := "", domain.RoleInfluencer, domain.InfluenceMedium
		switch {
		case k == 0:
			p, role, inf = pick(g.r, scaleTops), domain.RoleEconomic, domain.InfluenceHigh
		case k <= vps:
			p, boss = scaleVPs[(k-1+g.r.IntN(len(scaleVPs)))%len(scaleVPs)], "p0"
			role = pick(g.r, []domain.BuyingRole{domain.RoleTechnical, domain.RoleInfluencer, domain.RoleUser})
			inf = pick(g.r, []domain.Influence{domain.InfluenceHigh, domain.InfluenceHigh, domain.InfluenceMedium})
		default:
			p, boss = pick(g.r, scaleStaff), fmt.Sprintf("p%d", g.between(1, vps))
			role = pick(g.r, []domain.BuyingRole{domain.RoleUser, domain.RoleUser, domain.RoleTechnical, domain.RoleTechnical,
				domain.RoleCoach, domain.RoleInfluencer})
			inf = pick(g.r, []domain.Influence{domain.InfluenceMedium, domain.InfluenceLow, domain.InfluenceLow})
		}
		sur, given := pick(g.r, scaleSurnames), pick(g.r, scaleGiven)
		name, latin := sur.zh+given.zh, given.en
		if g.chance(0.6) {
			g2 := pick(g.r, scaleGiven)
			name, latin = name+g2.zh, latin+g2.en
		}
		key := fmt.Sprintf("p%d", k)
		ct := domain.Contact{
			Name: name, Title: p.title, Department: p.dept,
			Phone:  fmt.Sprintf("%s%d", switchboard, 8000+k*10+g.r.IntN(10)),
			Mobile: fmt.Sprintf("1%d%09d", pick(g.r, []int{3, 5, 8, 8, 9}), g.r.IntN(1_000_000_000)),
			Email:  fmt.Sprintf("%s.%s%d@%s", latin, sur.en, k, domainName),
			Role:   role, Influence: inf, Attitude: g.between(-2, 2), Strength: g.between(0, 5),
			Notes: pick(g.r, scaleNotes),
		}
		if g.chance(0.6) {
			ct.WeChat = fmt.Sprintf("%s%s%02d", sur.en, latin, g.r.IntN(100))
		}
		if g.chance(0.75) {
			ct.Birthday = fmt.Sprintf("%d-%02d-%02d", g.today.Year()-g.between(28, 60), g.between(1, 12), g.between(1, 28))
		}
		ct.Interests = pick(g.r, scaleInterests)
		if g.chance(0.5) {
			if more := pick(g.r, scaleInterests); more != ct.Interests {
				ct.Interests += "、" + more
			}
		}
		if g.status == domain.StatusProspect && ct.Strength > 2 {
			ct.Strength = g.between(0, 2)
		}
		g.seed.Contacts = append(g.seed.Contacts, store.SeedContact{Account: g.name, Key: key, ReportsTo: boss, Contact: ct})
		g.people = append(g.people, person{key: key, name: name, role: role})
	}
}

// lettersOf keeps the ASCII letters of s ("Xi'an" → "Xian").
func lettersOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r < unicode.MaxASCII && unicode.IsLetter(r) {
			return r
		}
		return -1
	}, s)
}

// present picks one to three distinct people of the account.
func (g *gen) present() []person {
	n := min(len(g.people), g.between(1, 3))
	out := make([]person, 0, n)
	for _, i := range g.r.Perm(len(g.people))[:n] {
		out = append(out, g.people[i])
	}
	return out
}

func keysOf(ps []person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.key
	}
	return out
}
