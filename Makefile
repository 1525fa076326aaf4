# netral - case tracker for political-neutrality violations by ASN/PPNPN
#
#   make            build ./netral
#   make demo       install missing build dependencies, build, run on the sample data
#   make check      install missing build dependencies, build, run every test
#   make bench      benchmarks (not part of check)
#   make install    PREFIX=/usr/local DESTDIR=

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
LOCALEDIR ?= $(PREFIX)/share/locale
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions

CC ?= cc
PKG_CONFIG ?= pkg-config
CFLAGS ?= -O2 -g
SQLITE_CFLAGS := $(shell $(PKG_CONFIG) --cflags sqlite3 2>/dev/null)
SQLITE_LIBS := $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null || echo -lsqlite3)

# appended to whatever the user gives
override CFLAGS += -std=c11 -Wall -Wextra
override CPPFLAGS += -Iinclude -D_DEFAULT_SOURCE -D_FILE_OFFSET_BITS=64 \
	-DNETRAL_VERSION='"$(VERSION)"' -DLOCALEDIR='"$(LOCALEDIR)"' \
	-DENABLE_NLS $(SQLITE_CFLAGS)
LDLIBS += $(SQLITE_LIBS) -lcsv

SRC = $(wildcard src/*.c)
OBJ = $(SRC:src/%.c=build/%.o) build/embedded.o
LIBOBJ = $(filter-out build/main.o,$(OBJ))
EMBED = data/schema.sql $(wildcard data/migrate/*.sql) $(sort $(wildcard data/rules/*.csv))
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT = $(UNIT_SRC:tests/unit/%.c=build/tests/%.t)

all: netral

netral: $(OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LDLIBS)

build/%.o: src/%.c $(wildcard include/netral/*.h) | build
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

build/embedded.c: scripts/embed.sh $(EMBED) | build
	sh scripts/embed.sh $(EMBED) > $@.tmp && mv $@.tmp $@

build/embedded.o: build/embedded.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

build:
	mkdir -p build/tests

build/tests/%.t: tests/unit/%.c tests/unit/tap.h $(LIBOBJ) | build
	$(CC) $(CPPFLAGS) -Itests/unit $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJ) $(LDLIBS)

deps:
	@sh scripts/deps.sh

demo:
	@sh scripts/deps.sh
	@$(MAKE) --no-print-directory netral
	@sh scripts/demo.sh

check:
	@sh scripts/deps.sh
	@$(MAKE) --no-print-directory test

build/tests/gen: bench/gen.c | build
	$(CC) -O2 -o $@ bench/gen.c

test: netral $(UNIT) build/tests/gen
	groff -mandoc -ww -z doc/netral.1 doc/netral-import.5
	prove $(UNIT)
	NETRAL=$(CURDIR)/netral prove --exec 'bats --tap' tests/cli/*.bats

bench: netral
	sh bench/run.sh

install: netral
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 netral $(DESTDIR)$(BINDIR)/netral
	install -m 644 doc/netral.1 $(DESTDIR)$(MANDIR)/man1/netral.1
	install -m 644 doc/netral-import.5 $(DESTDIR)$(MANDIR)/man5/netral-import.5

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/netral $(DESTDIR)$(MANDIR)/man1/netral.1 \
		$(DESTDIR)$(MANDIR)/man5/netral-import.5

clean:
	rm -rf build netral

.PHONY: all deps demo check test bench install uninstall clean
