package app

import "bytes"

// WriteProfile writes an account's customer profile form (客户档案表) to
// path in lang.
func (r *Reports) WriteProfile(accountID int64, lang, path string) (res ExportedFile, err error) {
	defer guard(&err)
	return r.write(path, func(b *bytes.Buffer) error { return r.svc.Profile(ctx(), accountID, lang, b) })
}

// WriteFunnel writes the funnel table (销售漏斗表) of a period for a lead
// (a member's name; "" for the whole team) to path in lang.
func (r *Reports) WriteFunnel(period, lead, lang, path string) (res ExportedFile, err error) {
	defer guard(&err)
	return r.write(path, func(b *bytes.Buffer) error { return r.svc.FunnelTable(ctx(), period, lead, lang, b) })
}
