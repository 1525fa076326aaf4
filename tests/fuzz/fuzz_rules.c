/* libFuzzer target: the rules loader and checker.  The first byte picks
 * which rules file the rest replaces in a copy of the built-in folder. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "netral/util/embed.h"
#include "netral/rules/catalog.h"
#include "netral/rules/load.h"

/* Every file of a rules folder, as the catalogue names them. */
static const char *files[2 * RT_COUNT];
static size_t nfiles;

static char dir[64];

static void cleanup(void)
{
	char path[128];

	for (size_t i = 0; i < nfiles; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		unlink(path);
	}
	rmdir(dir);
}

static void write_file(const char *name, const void *p, size_t n)
{
	char path[128];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (!(fp = fopen(path, "w")) || fwrite(p, 1, n, fp) != n || fclose(fp) != 0)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rules r;
	size_t which;

	if (!*dir) {
		for (size_t i = 0; i < RT_COUNT; i++) {
			files[nfiles++] = rules_tables[i].file;
			if (rules_tables[i].agency_file)
				files[nfiles++] = rules_tables[i].agency_file;
		}
		snprintf(dir, sizeof dir, "/tmp/netral-fuzz-rules.%ld", (long)getpid());
		mkdir(dir, 0700);
		atexit(cleanup);
	}
	for (size_t i = 0; i < nfiles; i++) {
		char name[64];
		const struct embedded *em;

		snprintf(name, sizeof name, "data/rules/%s", files[i]);
		if (!(em = embedded_find(name)))
			abort();
		write_file(files[i], em->data, em->len);
	}
	if (size == 0)
		return 0;
	which = data[0] % nfiles;
	write_file(files[which], data + 1, size - 1);
	rules_load_dir(&r, dir, 1);
	rules_free(&r);
	return 0;
}
