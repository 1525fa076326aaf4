/* Questions at the terminal, for guided entry: on standard error, the
 * answers from standard input, so that standard output stays the result. */
#ifndef NETRAL_CLI_PROMPT_H
#define NETRAL_CLI_PROMPT_H

#include <stddef.h>

/* 1 when someone can be asked: standard input and error are terminals. */
int prompt_possible(void);

/* Asks the question and reads one line into buf, without its line end.
 * Returns 0, or -1 at the end of input. */
int prompt_line(const char *question, char *buf, size_t cap);

/* A numbered list to choose from: codes[i] with its description (or
 * NULL); the answer is a number or a code, as typed, into buf ("" when
 * Enter alone is allowed: optional).  Returns 0, or -1 at the end of input. */
int prompt_choice(const char *question, const char *const *codes, const char *const *descr,
		  size_t n, int optional, char *buf, size_t cap);

/* A line of the dialogue (printf-like), what it shows cleaned of
 * control characters. */
void prompt_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* On a terminal (standard input, else /dev/tty), asks the question and
 * returns 1 for yes; 1 without asking when there is no terminal, as in
 * scripts and cron jobs, or when yes is set. */
int prompt_confirm(int yes, const char *question);

#endif
