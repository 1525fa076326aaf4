/* Option parsing shared by the commands (opt.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "netral/cli/opt.h"
#include "netral/kasus/store.h"
#include "netral/util/msg.h"

int usage_error(const char *cmd, const char *fmt, ...)
{
	char prefix[64];
	va_list ap;

	snprintf(prefix, sizeof prefix, "netral %s: ", cmd);
	va_start(ap, fmt);
	vreport(prefix, fmt, ap);
	va_end(ap);
	fprintf(stderr, _("try 'netral %s --help'\n"), cmd);
	return NX_USAGE;
}

int next_opt(int argc, char **argv, const char *shortopts,
	     const struct option *lo, const char *cmd)
{
	int c;

	opterr = 0;
	c = getopt_long(argc, argv, shortopts, lo, NULL);
	if (c == '?') {
		if (optopt && optopt < 256)
			usage_error(cmd, _("unknown option '-%c'"), optopt);
		else
			usage_error(cmd, _("unknown option '%s'"), argv[optind - 1]);
		return '?';
	}
	if (c == ':') {
		usage_error(cmd, _("option '%s' needs a value"), argv[optind - 1]);
		return '?';
	}
	return c;
}

int print_help(const char *text)
{
	fputs(_(text), stdout);
	return 0;
}

int opt_format(const char *cmd, const char *arg, enum format *out)
{
	if (format_parse(arg, out) < 0)
		return usage_error(cmd, _("unknown format '%s' (table, csv, json)"), arg);
	return 0;
}

int opt_delimiter(const char *cmd, const char *arg, char *out)
{
	if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0)
		*out = '\t';
	else if (strlen(arg) == 1 && !strchr("\"\r\n", *arg))
		*out = *arg;
	else
		return usage_error(cmd, _("the delimiter must be one character or 'tab', not '%s'"), arg);
	return 0;
}

int arg_case(const char *cmd, const char *arg, char nomor[32])
{
	if (nomor_normalise(arg, nomor) < 0)
		return usage_error(cmd, _("'%s' is not a case number (like 2024-0007)"), arg);
	return 0;
}

int field_options(struct option *lo, char names[][32], int kind)
{
	int n = 0;

	for (int f = 0; f < F_COUNT; f++) {
		const struct column_def *def = field_def(f);

		if (kind && def->kind != kind)
			continue;
		snprintf(names[n], 32, "%s", def->name);
		for (char *p = names[n]; *p; p++)
			if (*p == '_')
				*p = '-';
		lo[n] = (struct option){ names[n], def->flags & CF_BOOL ? optional_argument :
					 required_argument, NULL, FIELD_OPT + f };
		n++;
	}
	return n;
}

const char *field_optarg(enum field f, const char *arg)
{
	return arg ? arg : field_def(f)->flags & CF_BOOL ? "1" : "";
}
