/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Passwords of PostgreSQL databases live in the user's keyring (the
 * Secret Service: GNOME Keyring, KWallet), keyed by host, port, database
 * and user, never in settings or files. The app keeps the location
 * without its password (ok_secret_strip_password) in its settings and
 * the password here. */

char     *ok_secret_strip_password         (const char           *location);

gboolean  ok_secret_store_password         (const char           *location,
                                            const char           *password,
                                            GCancellable         *cancellable,
                                            GError              **error);
void      ok_secret_store_password_async   (const char           *location,
                                            const char           *password,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
gboolean  ok_secret_store_password_finish  (GAsyncResult         *result,
                                            GError              **error);

/* NULL, without an error, when the keyring has none. */
char     *ok_secret_lookup_password        (const char           *location,
                                            GCancellable         *cancellable,
                                            GError              **error);
gboolean  ok_secret_clear_password         (const char           *location,
                                            GCancellable         *cancellable,
                                            GError              **error);

/* The location to open: a postgresql:// address without a password gets
 * the one from the keyring, when a keyring is running and has one; any
 * other location comes back as it is. Never fails: without a password
 * PostgreSQL's own ~/.pgpass and PGPASSWORD still apply. */
char     *ok_secret_complete_location      (const char           *location);

G_END_DECLS
