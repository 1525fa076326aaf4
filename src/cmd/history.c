/* netral history: every event of a case, oldest first, or the log across
 * cases, newest first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/audit/log.h"
#include "netral/cli/app.h"
#include "netral/cli/opt.h"
#include "netral/cmd/cmd.h"
#include "netral/kasus/kasus.h"
#include "netral/kasus/store.h"
#include "netral/view/history.h"
#include "netral/util/msg.h"
#include "netral/util/strbuf.h"
#include "netral/io/output.h"

static const char help_text[] = N_(
"usage: netral history [CASE] [--since D] [--until D] [--operator NAME]\n"
"                      [--jenis KIND] [--limit N]\n"
"                      [--format table|csv|json|xlsx] [--pribadi] [--kontak]\n"
"                      [--excel] [--output FILE]\n"
"\n"
"Lists every change to the case, oldest first, or without CASE every event\n"
"of the log, newest first, the case number first: when it was recorded,\n"
"who made it, what kind (buat, impor, ubah, status, klasifikasi, blokir,\n"
"putusan; unit, kegiatan, pakta, izin for the prevention records; aturan\n"
"for the rules stored), the field, the old and the new value, the note and\n"
"the day it took effect.\n"
"\n"
"  --since D, --until D  events recorded on those days (UTC) or between\n"
"  --operator NAME       events made by NAME\n"
"  --jenis KIND          events of that kind\n"
"  --limit N             the first N events\n"
"  --pribadi             across cases, show the values of names, NIPs, NIKs\n"
"                        and birth dates (hidden otherwise)\n"
"  --kontak              show the values of the reporter's contact\n"
"  --excel               CSV for Indonesian Excel: a BOM, ';' and CRLF\n"
"  --format xlsx         an Excel workbook into --output, or on standard\n"
"                        output, which must not be a terminal\n"
"  --output FILE         write there, whole or not at all, mode 0600\n");

static int day_opt(const char *opt, const char *arg, char out[DATE_ISO_LEN], const char **to)
{
	struct date d;
	struct err e;

	if (date_parse(arg, &d, &e) < 0)
		return usage_error("history", "%s: %s", opt, e.msg);
	date_format(&d, out);
	*to = out;
	return 0;
}

static int kind_opt(const char *arg, const char **to)
{
	struct strbuf sb = STRBUF_INIT;

	if (audit_kind_known(arg)) {
		*to = arg;
		return 0;
	}
	for (int i = 0; audit_kinds[i]; i++)
		sb_printf(&sb, "%s%s", i ? ", " : "", audit_kinds[i]);
	usage_error("history", _("--jenis: unknown event kind '%s' (known: %s)"), arg, sb.buf);
	sb_free(&sb);
	return NX_USAGE;
}

int cmd_history(struct app *a, int argc, char **argv)
{
	enum { O_SINCE = 1000, O_UNTIL, O_OPERATOR, O_JENIS, O_LIMIT, O_PRIBADI };
	static const struct option lo[] = {
		{ "since", required_argument, NULL, O_SINCE },
		{ "until", required_argument, NULL, O_UNTIL },
		{ "operator", required_argument, NULL, O_OPERATOR },
		{ "jenis", required_argument, NULL, O_JENIS },
		{ "limit", required_argument, NULL, O_LIMIT },
		{ "pribadi", no_argument, NULL, O_PRIBADI },
		OUT_OPTIONS, OUT_OUTPUT,
		{ "kontak", no_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct audit_filter f = { 0 };
	struct out_opts out = { .fmt = FMT_TABLE, .xlsx = 1 };
	struct out_file of;
	char nomor[32], since[DATE_ISO_LEN], until[DATE_ISO_LEN];
	int c, rc = 0, kontak = 0, pribadi = 0;

	while ((c = next_opt(a, argc, argv, ":h", lo, "history")) != -1) {
		if ((rc = out_option("history", c, optarg, &out)) < 0)
			return -rc;
		if (rc) {
			rc = 0;
			continue;
		}
		switch (c) {
		case 'h':
			return print_help(help_text);
		case 'k':
			kontak = 1;
			break;
		case O_SINCE:
			rc = day_opt("--since", optarg, since, &f.since);
			break;
		case O_UNTIL:
			rc = day_opt("--until", optarg, until, &f.until);
			break;
		case O_OPERATOR:
			f.operator = optarg;
			break;
		case O_JENIS:
			rc = kind_opt(optarg, &f.jenis);
			break;
		case O_LIMIT:
			rc = opt_number("history", "--limit", optarg, 1, 1000000000L, &f.limit);
			break;
		case O_PRIBADI:
			pribadi = 1;
			break;
		default:
			return NX_USAGE;
		}
		if (rc)
			return rc;
	}
	if (optind + 1 < argc)
		return usage_error("history", _("expected at most one case number"));
	if (optind < argc && (rc = arg_case("history", argv[optind], nomor)))
		return rc;
	if ((rc = app_open(a, DB_READ)) ||
	    (optind < argc && (rc = kasus_id_of(&a->db, nomor, &f.kasus_id))))
		return rc;
	out.db = a->db.path;
	if ((rc = out_begin(&out, 0600, &of)))
		return rc;
	if (out.fmt == FMT_JSON) {
		struct json j;

		json_init(&j, of.fp);
		rc = view_history(&a->db, &f, out.fmt, of.fp, &j, NULL, kontak, pribadi, out.excel);
		json_done(&j);
	} else {
		rc = view_history(&a->db, &f, out.fmt, of.fp, NULL, of.x, kontak, pribadi, out.excel);
	}
	return out_end(&of, rc);
}
