/* libFuzzer target: the workbook reader.  The bytes are an .xlsx file;
 * every record it gives must hold what csvin_record promises (each field
 * as long as it says, a known kind of cell), whatever the archive and
 * its XML hold. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "netral/io/xlsxin.h"

static int on_record(void *ctx, const struct csvin_record *r)
{
	(void)ctx;
	for (size_t i = 0; i < r->n; i++) {
		if (strlen(r->f[i]) != r->len[i] || (r->cell && r->cell[i] > 7))
			abort();
	}
	if (r->problem && r->problem_field >= r->n + 16384)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvin in;

	memset(&in, 0, sizeof in);
	in.name = "fuzz.xlsx";
	in.workbook = 1;
	in.max_record = 64 * 1024;
	if (!(in.fp = tmpfile()))
		return 0;
	if (fwrite(data, 1, size, in.fp) == size && fflush(in.fp) == 0) {
		rewind(in.fp);
		xlsxin_read(&in, on_record, NULL);
	}
	fclose(in.fp);
	return 0;
}
