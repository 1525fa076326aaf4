/* CSV output for spreadsheets and scripts. */
#ifndef NETRAL_IO_CSVOUT_H
#define NETRAL_IO_CSVOUT_H

#include <stdio.h>

/* CSV output. Text cells that a spreadsheet would run as a formula (=, +,
 * -, @, tab, CR first) get a leading apostrophe unless raw is set. */
struct csvout {
	FILE *fp;
	char delim;
	int crlf;
	int comma;       /* decimals with a comma (Indonesian Excel) */
	int cr;          /* lines end with a lone CR, as the input did */
	int raw;
	int tty;         /* a terminal: no character that acts on it */
	int nfield;
};

/* What a spreadsheet would run as a formula (=, +, -, @, tab, CR first),
 * or read as a number and so alter (digits alone with a leading zero, as
 * a phone number, or more than 15 of them), also behind apostrophes: such a
 * text is written with one apostrophe more, which a spreadsheet keeps as
 * text, and csvin_unmark takes one off again. */
int csv_needs_mark(const char *s);

void csvout_init(struct csvout *c, FILE *fp);
void csvout_bom(struct csvout *c);
/* What Indonesian Excel opens in one step (--excel): a UTF-8 BOM, ';'
 * between cells, CRLF line ends and decimal commas.  Writes the BOM. */
void csvout_excel(struct csvout *c);
void csvout_text(struct csvout *c, const char *s);
/* Numbers and codes the tool computed: written as they are. */
void csvout_plain(struct csvout *c, const char *s);
void csvout_end(struct csvout *c);

#endif
