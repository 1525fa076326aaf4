/* HTML text: what a page shows of a value, escaped. */
#ifndef NETRAL_IO_HTML_H
#define NETRAL_IO_HTML_H

#include <stdio.h>

/* s as HTML text or an attribute value: & < > " ' escaped, control
 * characters left out. */
void html_text(FILE *fp, const char *s);

#endif
