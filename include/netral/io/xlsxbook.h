/* The parts of an .xlsx workbook that every sheet reads through: the ZIP
 * archive (libzip), its XML parts streamed through expat a piece at a
 * time, the list of sheets, the date system, which cell formats show a
 * day, and the table of shared strings.  Every part is read within a
 * limit, so a hostile workbook (a ZIP bomb, a huge string table) is
 * refused, never allowed to exhaust memory.  Used by xlsxin.c only. */
#ifndef NETRAL_IO_XLSXBOOK_H
#define NETRAL_IO_XLSXBOOK_H

#include <stdint.h>
#include <stdio.h>

/* Limits on what one workbook may hold.  Excel's own: 1,048,576 rows,
 * 16,384 columns. */
#define XLSX_MAX_ROW 1048576L
#define XLSX_MAX_COL 16384L
#define XLSX_MAX_PART (1024ull * 1024 * 1024)   /* bytes of a sheet's XML, unpacked */
#define XLSX_MAX_SMALL (64ull * 1024 * 1024)    /* of the workbook, its links, its styles */
#define XLSX_MAX_STRINGS (128ull * 1024 * 1024) /* text of the shared strings, in all */
#define XLSX_MAX_MERGES 65536

struct xlsx_sheet {
	char *name, *rid, *path;   /* path: NULL for what is not a worksheet (a chart) */
	int hidden;
};

struct xlsxbook {
	const char *name;               /* the file, as messages name it */
	void *zip;
	int date1904;                   /* days counted from 1904, as old Mac Excel did */
	struct xlsx_sheet *sheets;
	size_t nsheets;
	unsigned char *xf_date;         /* per cell format: 1 when it shows a day */
	size_t nxf;
	char *sst;                      /* the shared strings, each NUL-terminated */
	size_t sst_len, sst_cap, *sst_off, nsst, sst_ocap;
	char *sst_path, *styles_path;
};

/* A part being read: the handlers get element names without their
 * namespace; a handler that finds the part unusable calls xml_stop. */
struct xmlpart {
	struct xlsxbook *b;
	const char *path;
	void *parser;
	void *ud;
	int stop;
	void (*start)(struct xmlpart *x, const char *el, const char **attr);
	void (*end)(struct xmlpart *x, const char *el);
	void (*text)(struct xmlpart *x, const char *s, int len);
};

/* Opens the workbook in fp (read again from its start; fp stays the
 * caller's) and reads its sheets and the links to its parts.  An exit
 * status, said. */
int xlsxbook_open(struct xlsxbook *b, FILE *fp, const char *name);
void xlsxbook_close(struct xlsxbook *b);
/* Streams one part through x's handlers within limit bytes; a missing
 * part is 0 when optional.  An exit status, said. */
int xlsxbook_part(struct xlsxbook *b, struct xmlpart *x, const char *path, uint64_t limit,
		  int optional);
/* Says what makes the part unusable and stops its reading with NX_DATA. */
void xml_stop(struct xmlpart *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Stops the reading with rc, said already (a reader's own status). */
void xml_halt(struct xmlpart *x, int rc);
/* An attribute's value, or NULL. */
const char *xml_attr(const char **attr, const char *name);
/* Which cell formats show a day (xf_date), from the styles part
 * (xlsxtext.c, as the two below). */
int xlsxbook_styles(struct xlsxbook *b);
/* The shared strings, from their part.  Both an exit status, said. */
int xlsxbook_strings(struct xlsxbook *b);
/* Excel's _xHHHH_ escapes of characters XML cannot hold, undone in place. */
void xlsx_unescape(char *s);
/* Shared string i, or NULL when the table has no such string. */
const char *xlsxbook_string(const struct xlsxbook *b, unsigned long i);
/* The sheet named want (NULL: the first visible worksheet), or -1, said
 * with the sheets there are. */
int xlsxbook_sheet(const struct xlsxbook *b, const char *want);

#endif
