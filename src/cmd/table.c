/* The command table: every command, its Indonesian alias and its line in
 * --help.  A command without a summary is not listed. */
#include <stddef.h>

#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/util/msg.h"

const struct command commands[] = {
	{ "init", NULL, cmd_init, N_("create the database, or upgrade it") },
	{ "add", "lapor", cmd_add, N_("record a reported case and classify it") },
	{ "show", "lihat", cmd_show, N_("show a case with its classification") },
	{ "list", "daftar", cmd_list, N_("list cases") },
	{ "import", "impor", cmd_import, N_("import cases from a CSV file, all or nothing") },
	{ "status", NULL, cmd_status, N_("move a case along the workflow: recommendation, sanction") },
	{ "edit", "ubah", cmd_edit, N_("correct a case's data; it is reclassified") },
	{ "history", "riwayat", cmd_history, N_("every change to a case, who made it and when") },
	{ "overdue", "tunggakan", cmd_overdue, N_("proven cases past the follow-up deadline (exit 1 if any)") },
	{ "putusan", NULL, cmd_putusan, N_("record the Satgas's decision on a case the matrix leaves to it") },
	{ "merge", "gabung", cmd_gabung, N_("merge a duplicate into the case it repeats") },
	{ "reopen", "buka", cmd_reopen, N_("reopen a case closed by mistake, with the reason") },
	{ "blokir", NULL, cmd_blokir, N_("flag a case as blocked in SIASN, or lift the flag") },
	{ "export", "rekap", cmd_export, N_("KASN-style summaries: the funnel and tables, as table, CSV or JSON") },
	{ "classify", "klasifikasi", cmd_classify, N_("classify a case, or an act without recording it") },
	{ "check", "periksa", cmd_check, N_("check the database and every case against its history") },
	{ "backup", "cadangkan", cmd_backup, N_("a consistent copy of the database, while others write") },
	{ "rules", "aturan", cmd_rules, N_("print the rules, or check a rules folder") },
	{ "election", "pemilihan", cmd_election, N_("list or add contests (elections)") },
	{ "unit", NULL, cmd_unit, N_("the agency's units, their heads and headcounts") },
	{ "kegiatan", "activity", cmd_kegiatan, N_("record what a unit did to prevent violations: ikrar, pakta...") },
	{ "pakta", "pact", cmd_pakta, N_("import or list the signatories of the integrity pact") },
	{ "kepatuhan", "compliance", cmd_kepatuhan, N_("the units' prevention duties against the schedule (exit 1 if behind)") },
	{ "izin", "permit", cmd_izin, N_("permits for ASN serving on election committees, and their letters") },
	{ "pelaporan", "reporting", cmd_pelaporan, N_("reports sent up: to whom, when, the letter's number, each file's SHA-256") },
	{ "asal", NULL, cmd_asal, N_("the origins of a roll-up: their official names and codes") },
	{ "complete", NULL, cmd_complete, NULL },
	{ NULL, NULL, NULL, NULL }
};
