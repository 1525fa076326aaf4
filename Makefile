# netral - case tracker for political-neutrality violations by ASN/PPNPN
#
#   make              build ./netral
#   make demo         install missing build dependencies, build, run on the sample data
#   make check        install missing build dependencies, build, run every test
#                     (also under AddressSanitizer and UBSan)
#   make bench        benchmarks (not part of check)
#   make fuzz         libFuzzer targets, FUZZ_TIME seconds each (not part of check)
#   make mutate       plant each mutant of tests/mutants.tsv in a scratch copy and
#                     run the tests against it; the score (not part of check)
#   make coverage     the suite on a --coverage build (build/cov), then the lines and
#                     branches of src/ it runs, per file (not part of check)
#   make install      PREFIX=/usr/local DESTDIR=
#   make version      the version, the one number the binary, the pages and
#                     the package carry

VERSION = 0.2.0
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
LOCALEDIR ?= $(PREFIX)/share/locale
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
LIBEXECDIR ?= $(PREFIX)/libexec
# the system's settings (the defaults file naming the agency's database):
# /etc for a build under /usr, as the Debian package's
SYSCONFDIR ?= $(if $(filter /usr,$(PREFIX)),/etc,$(PREFIX)/etc)

CC ?= cc
PKG_CONFIG ?= pkg-config
CFLAGS ?= -O2 -g
SQLITE_CFLAGS := $(shell $(PKG_CONFIG) --cflags sqlite3 2>/dev/null)
SQLITE_LIBS := $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null || echo -lsqlite3)
# workbooks: written with Debian's libxlsxwriter-dev (--format xlsx), read
# with the archive and XML libraries (import of an .xlsx)
XLSX_CFLAGS := $(shell $(PKG_CONFIG) --cflags xlsxwriter 2>/dev/null)
XLSX_LIBS := $(shell $(PKG_CONFIG) --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter)
BOOK_LIBS := $(shell $(PKG_CONFIG) --libs libzip expat 2>/dev/null || echo -lzip -lexpat)
# text matched in any letter case and spelling: Unicode's case folding and
# normalisation (Debian's libunistring-dev, which has no pkg-config file)
UNISTRING_LIBS ?= -lunistring

# appended to whatever the user gives
override CFLAGS += -std=c11 -Wall -Wextra
override CPPFLAGS += -Iinclude -D_DEFAULT_SOURCE -D_FILE_OFFSET_BITS=64 \
	-DNETRAL_VERSION='"$(VERSION)"' -DLOCALEDIR='"$(LOCALEDIR)"' \
	-DNETRAL_DEFAULTS_FILE='"$(SYSCONFDIR)/default/netral"' \
	-DENABLE_NLS $(SQLITE_CFLAGS) $(XLSX_CFLAGS)
LDLIBS += $(SQLITE_LIBS) $(XLSX_LIBS) -lcsv -lnettle $(BOOK_LIBS) $(UNISTRING_LIBS) -lm

# BUILD=build/asan puts a second build beside the first
BUILD ?= build
# Each folder of src/ is a layer and includes only its own and lower ones
# (scripts/check-layers.sh holds them to it), lowest first:
#   util io db rules audit kasus cegah rekap view cli cmd, then src/main.c
SRC = $(wildcard src/*.c src/*/*.c)
OBJ = $(SRC:src/%.c=$(BUILD)/%.o) $(BUILD)/embedded.o
LIBOBJ = $(filter-out $(BUILD)/main.o,$(OBJ))
HDR = $(wildcard include/netral/*.h include/netral/*/*.h)
EMBED = data/schema.sql data/triggers.sql $(sort $(wildcard data/migrate/*.sql)) $(sort $(wildcard data/rules/*.csv)) data/rules/surat_izin.txt data/rules/surat_pengantar.txt
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%.t)
PO = $(wildcard po/*.po)
MO = $(PO:po/%.po=$(BUILD)/locale/%/LC_MESSAGES/netral.mo)

all: netral $(MO)

netral: $(BUILD)/netral
	cp $(BUILD)/netral $@

$(BUILD)/netral: $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LDLIBS)

$(BUILD)/%.o: src/%.c $(HDR) | $(BUILD)/tests
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/embedded.c: scripts/embed.sh $(EMBED) | $(BUILD)/tests
	sh scripts/embed.sh $(EMBED) > $@.tmp && mv $@.tmp $@

$(BUILD)/embedded.o: $(BUILD)/embedded.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests:
	mkdir -p $@

$(BUILD)/tests/%.t: tests/unit/%.c tests/unit/tap.h tests/unit/tsv.h $(LIBOBJ) | $(BUILD)/tests
	$(CC) $(CPPFLAGS) -Itests/unit $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJ) $(LDLIBS)

$(BUILD)/tests/gen: bench/gen.c | $(BUILD)/tests
	$(CC) -O2 -o $@ bench/gen.c

$(BUILD)/locale/%/LC_MESSAGES/netral.mo: po/%.po
	mkdir -p $(@D)
	msgfmt -c -o $@ $<

# the fuzz targets, driven over their corpora by tests/fuzz/driver.c
FUZZ_TARGETS = fuzz_csv_import fuzz_ident fuzz_rules fuzz_cegah fuzz_xlsx
REPLAY = $(FUZZ_TARGETS:%=$(BUILD)/tests/replay_%)

$(BUILD)/tests/replay_%: tests/fuzz/%.c tests/fuzz/driver.c $(LIBOBJ) | $(BUILD)/tests
	$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< tests/fuzz/driver.c $(LIBOBJ) $(LDLIBS)

# a failing disk for the tests: preloaded, it fails each call into SQLite
# in turn, or an fsync, a link or a rename (tests/cli/faults.bats,
# outputs.bats); built without the build's own flags
$(BUILD)/tests/fault.so: tests/fault/disk.c | $(BUILD)/tests
	$(CC) -shared -fPIC -O2 -Wall -Wextra $(SQLITE_CFLAGS) -o $@ $< -ldl

# the steps each statement of a command takes, to see a cost that grows
# with the database (tests/cli/scaling.bats)
$(BUILD)/tests/steps.so: tests/fault/steps.c | $(BUILD)/tests
	$(CC) -shared -fPIC -O2 -Wall -Wextra $(SQLITE_CFLAGS) -o $@ $< -ldl $(SQLITE_LIBS)

units: $(UNIT) $(BUILD)/tests/gen $(REPLAY) $(BUILD)/tests/fault.so $(BUILD)/tests/steps.so

deps:
	@sh scripts/deps.sh

demo:
	@sh scripts/deps.sh
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh

check:
	@sh scripts/deps.sh
	@$(MAKE) --no-print-directory test
	@$(MAKE) --no-print-directory test-asan

# the suite against one build
test: $(BUILD)/netral $(MO) units
	sh scripts/check-layers.sh $(BUILD)
	groff -mandoc -ww -z doc/netral.1 doc/netral-import.5
	xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 -o $(BUILD)/netral.pot $(SRC)
	msgcmp po/id.po $(BUILD)/netral.pot
	prove $(UNIT)
	for t in $(FUZZ_TARGETS); do $(BUILD)/tests/replay_$$t tests/fuzz/corpus/$$t > /dev/null 2>&1 || \
		{ echo "replaying tests/fuzz/corpus/$$t failed"; $(BUILD)/tests/replay_$$t tests/fuzz/corpus/$$t; exit 1; }; done
	NETRAL=$(CURDIR)/$(BUILD)/netral NETRAL_LOCALEDIR=$(CURDIR)/$(BUILD)/locale \
		NETRAL_SANITIZED=$(if $(findstring sanitize,$(CFLAGS)),1) \
		GEN=$(CURDIR)/$(BUILD)/tests/gen FAULT=$(CURDIR)/$(BUILD)/tests/fault.so \
		STEPS=$(CURDIR)/$(BUILD)/tests/steps.so \
		prove --exec 'bats --tap' tests/cli/*.bats

# the same suite under AddressSanitizer and UndefinedBehaviorSanitizer
# locals begin as a pattern, not as whatever the stack held: a read
# before the first write shows in the tests, whatever the optimiser does
ASAN_CFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all \
	-ftrivial-auto-var-init=pattern
test-asan:
	@$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="$(ASAN_CFLAGS)" \
		LDFLAGS="-fsanitize=address,undefined" test

bench: netral
	sh bench/run.sh

# The mutants of tests/mutants.tsv, each planted in a scratch copy of the
# tree and run against the tests (scripts/mutate.sh); MUTANTS="id ..." runs
# only those
mutate:
	sh scripts/mutate.sh -j 2 $(MUTANTS)

# The suite on a --coverage build, then gcov's count of the lines and
# branches of src/ it runs (scripts/coverage.sh; tests/unreachable.tsv names
# the lines no input reaches)
COV_CFLAGS = -O0 -g --coverage
COV = BUILD=build/cov CFLAGS="$(COV_CFLAGS)" LDFLAGS=--coverage
coverage:
	@mkdir -p build/cov
	find build/cov -name '*.gcda' -delete
	@$(MAKE) --no-print-directory $(COV) build/cov/netral units
	@# one run writes the counts of every object; writable by all, they
	@# also take the counts of the tests that run netral as another user
	build/cov/netral --version > /dev/null
	find build/cov -name '*.gcda' -exec chmod a+rw {} +
	@$(MAKE) --no-print-directory $(COV) test
	sh scripts/coverage.sh build/cov

# Fuzzing with clang's libFuzzer: each target for FUZZ_TIME seconds.
FUZZ_TIME ?= 60
FUZZ_SRC = $(filter-out src/main.c,$(SRC))
FUZZ_CC = clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined $(CPPFLAGS)

$(BUILD)/fuzz/%: tests/fuzz/%.c $(FUZZ_SRC) $(HDR) $(BUILD)/embedded.c
	mkdir -p $(@D)
	$(FUZZ_CC) -o $@ $< $(FUZZ_SRC) $(BUILD)/embedded.c $(LDLIBS)

fuzz: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%)
	for t in $(FUZZ_TARGETS); do \
		mkdir -p $(BUILD)/fuzz/$$t.corpus; \
		$(BUILD)/fuzz/$$t -max_total_time=$(FUZZ_TIME) -close_fd_mask=2 \
			-artifact_prefix=$(BUILD)/fuzz/$$t- \
			$(BUILD)/fuzz/$$t.corpus tests/fuzz/corpus/$$t || exit 1; \
	done

# every seed and every crash input found so far, run once
fuzz-regress: $(FUZZ_TARGETS:%=$(BUILD)/fuzz/%)
	for t in $(FUZZ_TARGETS); do \
		$(BUILD)/fuzz/$$t -runs=0 -close_fd_mask=2 tests/fuzz/corpus/$$t || exit 1; \
	done

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(LIBEXECDIR)
	install -m 755 netral $(DESTDIR)$(BINDIR)/netral
	install -m 755 scripts/netral-rekap $(DESTDIR)$(LIBEXECDIR)/netral-rekap
	sed 's/^\.Os netral$$/.Os netral $(VERSION)/' doc/netral.1 > $(DESTDIR)$(MANDIR)/man1/netral.1
	sed 's/^\.Os netral$$/.Os netral $(VERSION)/' doc/netral-import.5 > $(DESTDIR)$(MANDIR)/man5/netral-import.5
	chmod 644 $(DESTDIR)$(MANDIR)/man1/netral.1 $(DESTDIR)$(MANDIR)/man5/netral-import.5
	install -m 644 completions/netral.bash $(DESTDIR)$(BASHCOMPDIR)/netral
	for mo in $(MO); do \
		lang=$$(echo $$mo | sed 's|.*/locale/\([^/]*\)/.*|\1|'); \
		install -d $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES; \
		install -m 644 $$mo $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/netral.mo; \
	done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/netral $(DESTDIR)$(MANDIR)/man1/netral.1 \
		$(DESTDIR)$(MANDIR)/man5/netral-import.5 $(DESTDIR)$(BASHCOMPDIR)/netral \
		$(DESTDIR)$(LIBEXECDIR)/netral-rekap
	for po in $(PO); do \
		lang=$$(basename $$po .po); \
		rm -f $(DESTDIR)$(LOCALEDIR)/$$lang/LC_MESSAGES/netral.mo; \
	done

# the message catalogue template, from the sources
po/netral.pot: $(SRC) $(HDR)
	xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 --add-comments \
		--package-name=netral --package-version=$(VERSION) -o $@ $(SRC)

version:
	@echo $(VERSION)

clean:
	rm -rf build netral

.PHONY: all units deps demo check test test-asan bench coverage mutate fuzz fuzz-regress install uninstall version clean
