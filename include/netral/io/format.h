/* The formats of --format, and counts written for people. */
#ifndef NETRAL_IO_FORMAT_H
#define NETRAL_IO_FORMAT_H

/* FMT_XLSX: a workbook (xlsxout.h), for the commands that write one */
enum format { FMT_TABLE, FMT_CSV, FMT_JSON, FMT_XLSX };

/* Parses --format's value; -1 when unknown. */
int format_parse(const char *s, enum format *out);

/* A count for people: 1,596 in English, 1.596 in Indonesian. */
void fmt_count(long long n, char buf[32]);

#endif
