/* Every output format at once, for the commands and views that offer all
 * three: aligned tables for people, CSV and JSON for programs. */
#ifndef NETRAL_IO_OUTPUT_H
#define NETRAL_IO_OUTPUT_H

#include "netral/io/csvout.h"
#include "netral/io/format.h"
#include "netral/io/json.h"
#include "netral/io/table.h"

#endif
