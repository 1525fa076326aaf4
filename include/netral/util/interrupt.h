/* Ctrl-C, SIGTERM and SIGHUP during a long run (an import): caught, so
 * that the run stops between two records and rolls back whole. */
#ifndef NETRAL_UTIL_INTERRUPT_H
#define NETRAL_UTIL_INTERRUPT_H

/* From now on the signals only set a flag; interrupt_release puts the
 * earlier handlers back. */
void interrupt_catch(void);
void interrupt_release(void);
/* Whether one came since interrupt_catch. */
int interrupt_pending(void);

#endif
