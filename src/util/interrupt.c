/* Signals that end a long run cleanly (interrupt.h). */
#include <signal.h>
#include <string.h>

#include "netral/util/interrupt.h"

/* The one state a signal handler may touch. */
static volatile sig_atomic_t pending;
static struct sigaction old_int, old_term, old_hup;
static int caught;

static void on_signal(int sig)
{
	(void)sig;
	pending = 1;
}

void interrupt_catch(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	sigaction(SIGHUP, &sa, &old_hup);
	pending = 0;
	caught = 1;
}

void interrupt_release(void)
{
	if (!caught)
		return;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);
	caught = 0;
}

int interrupt_pending(void)
{
	return pending;
}
