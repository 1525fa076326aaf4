/* Questions at the terminal (prompt.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "netral/cli/prompt.h"
#include "netral/util/msg.h"

int prompt_possible(void)
{
	return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

int prompt_line(const char *question, char *buf, size_t cap)
{
	size_t len;

	sanitise(stderr, question);
	fputs(": ", stderr);
	fflush(stderr);
	if (!fgets(buf, (int)cap, stdin)) {
		fputc('\n', stderr);
		return -1;
	}
	len = strcspn(buf, "\r\n");
	if (buf[len] == '\0' && len + 1 == cap) {
		/* longer than any field takes: drop the rest of the line */
		int c;

		while ((c = getchar()) != EOF && c != '\n')
			;
	}
	buf[len] = '\0';
	return 0;
}

int prompt_choice(const char *question, const char *const *codes, const char *const *descr,
		  size_t n, int optional, char *buf, size_t cap)
{
	char *end;
	long i;

	prompt_say("%s", question);
	for (size_t k = 0; k < n; k++)
		prompt_say("  %2zu  %-24s %s", k + 1, codes[k], descr && descr[k] ? descr[k] : "");
	if (prompt_line(optional ? _("number or code (Enter: none)") : _("number or code"), buf, cap) < 0)
		return -1;
	i = strtol(buf, &end, 10);
	if (*buf && !*end && i >= 1 && (size_t)i <= n)
		snprintf(buf, cap, "%s", codes[i - 1]);
	return 0;
}

void prompt_say(const char *fmt, ...)
{
	char line[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	sanitise(stderr, line);
	fputc('\n', stderr);
}

int prompt_confirm(int yes, const char *question)
{
	FILE *tty = NULL, *in = stdin;
	char answer[16];
	int ok;

	if (yes)
		return 1;
	if (!isatty(STDIN_FILENO)) {
		/* the cases came on standard input: ask the terminal itself,
		 * where someone watches it (not in a script's captured run) */
		if (!isatty(STDERR_FILENO) || !(tty = fopen("/dev/tty", "r+")))
			return 1;
		in = tty;
	}
	sanitise(tty ? tty : stderr, question);
	fputs(" [y/N] ", tty ? tty : stderr);
	fflush(tty ? tty : stderr);
	ok = fgets(answer, sizeof answer, in) && (answer[0] == 'y' || answer[0] == 'Y');
	if (tty)
		fclose(tty);
	return ok;
}
