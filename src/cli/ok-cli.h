/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_CLI_ERROR (ok_cli_error_quark ())

typedef enum {
  OK_CLI_ERROR_USAGE,
  OK_CLI_ERROR_FAILED,
} OkCliError;

/* One verb of the CLI: argv[0] is the verb itself. Returns FALSE with
 * error set on failure; main() prints it and exits non-zero. */
typedef gboolean (*OkCliCommandFunc) (OkStore    *store,
                                      int         argc,
                                      char      **argv,
                                      GError    **error);

typedef struct {
  const char *verb;          /* "families", "activity", … */
  const char *summary;
  OkCliCommandFunc func;
  gboolean needs_store;      /* FALSE for verbs that work without a database */
} OkCliCommand;

GQuark   ok_cli_error_quark   (void);

/* Parses options of a sub-command; prints --help itself. */
gboolean ok_cli_parse         (GOptionContext  *context,
                               int             *argc,
                               char          ***argv,
                               GError         **error);
void     ok_cli_print_json    (JsonNode        *node);
gboolean ok_cli_check_format  (const char      *format,
                               const char * const *allowed,
                               GError         **error);
gboolean ok_cli_parse_id      (const char      *text,
                               gint64          *id,
                               GError         **error);
char    *ok_cli_csv_field     (const char      *text);
const char *ok_cli_get_database (void);

gboolean ok_cli_init          (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_demo          (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_families      (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_activity      (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_attendance    (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_template      (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_report        (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_export        (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_import_json   (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_import        (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_backup        (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_erase         (OkStore *store, int argc, char **argv, GError **error);
gboolean ok_cli_retention     (OkStore *store, int argc, char **argv, GError **error);

G_END_DECLS
