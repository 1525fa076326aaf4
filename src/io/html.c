/* HTML text (html.h). */
#include "netral/io/html.h"

void html_text(FILE *fp, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '&')
			fputs("&amp;", fp);
		else if (c == '<')
			fputs("&lt;", fp);
		else if (c == '>')
			fputs("&gt;", fp);
		else if (c == '"')
			fputs("&quot;", fp);
		else if (c == '\'')
			fputs("&#39;", fp);
		else if (c >= 0x20 && c != 0x7f)
			fputc(c, fp);
	}
}
