/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Once a school year, on start-up: the families whose last pupil left
 * longer ago than the school's retention period, each with a check box
 * (all checked), to erase their personal data or to decide later. Nothing
 * is erased without this dialog's yes. */
#define G_LOG_DOMAIN "ok-retention-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-check-button.h"
#include "ok-date-text.h"
#include "ok-retention-dialog.h"
#include "ok-store-privacy.h"
#include "ok-window.h"

struct _OkRetentionDialog
{
  AdwMessageDialog parent_instance;

  /* Template widgets */
  GtkListBox *list_box;

  /* Owned references */
  OkStore *store;
  GPtrArray *leavers;     /* OkLeaver * */
  GPtrArray *checks;      /* GtkCheckButton *, in the order of leavers */
  char *today;
};

G_DEFINE_FINAL_TYPE (OkRetentionDialog, ok_retention_dialog, ADW_TYPE_MESSAGE_DIALOG)

static guint
count_checked (OkRetentionDialog *self)
{
  guint checked = 0;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      checked++;
  return checked;
}

/* With every box unchecked, the answer is to keep them all: the review is
 * still done for this school year. */
static void
on_check_toggled_cb (OkRetentionDialog *self)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);
  gboolean any = count_checked (self) > 0;

  adw_message_dialog_set_response_label (dialog, "erase", any ? _("_Erase") : _("_Keep All"));
  adw_message_dialog_set_response_appearance (dialog, "erase",
                                              any ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_DEFAULT);
}

static void
show_error (OkRetentionDialog *self,
            const GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (self)),
                                              _("Could not erase the families"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
erase_checked (OkRetentionDialog  *self,
               guint              *n_erased,
               GError            **error)
{
  *n_erased = 0;
  if (!ok_store_begin (self->store, error))
    return FALSE;
  for (guint i = 0; i < self->checks->len; i++)
    {
      OkLeaver *leaver = g_ptr_array_index (self->leavers, i);

      if (!gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        continue;
      if (!ok_store_family_erase (self->store, leaver->family_id, error))
        {
          ok_store_rollback (self->store);
          return FALSE;
        }
      (*n_erased)++;
    }
  if (!ok_store_retention_mark_reviewed (self->store, self->today, error))
    {
      ok_store_rollback (self->store);
      return FALSE;
    }
  return ok_store_commit (self->store, error);
}

static void
ok_retention_dialog_response (AdwMessageDialog *dialog,
                              const char       *response)
{
  OkRetentionDialog *self = OK_RETENTION_DIALOG (dialog);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_erased;

  if (!g_str_equal (response, "erase"))
    return;
  if (!erase_checked (self, &n_erased, &error))
    {
      show_error (self, error);
      return;
    }
  if (!OK_IS_WINDOW (parent) || n_erased == 0)
    return;
  message = g_strdup_printf (ngettext ("The personal data of %u family is erased",
                                       "The personal data of %u families is erased", n_erased), n_erased);
  ok_window_show_toast (OK_WINDOW (parent), message);
  ok_window_data_changed (OK_WINDOW (parent), OK_DATA_ALL);
}

static void
add_leaver (OkRetentionDialog *self,
            OkLeaver          *leaver)
{
  g_autofree char *left = ok_date_text_from_iso (leaver->last_left);
  g_autofree char *subtitle = g_strdup_printf (_("Last pupil left on %s"), left);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = ok_check_button_new_with_label (NULL);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), leaver->name != NULL ? leaver->name : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY, row, NULL, -1);
  gtk_list_box_append (self->list_box, row);
  g_ptr_array_add (self->checks, check);
}

static void
ok_retention_dialog_dispose (GObject *object)
{
  OkRetentionDialog *self = OK_RETENTION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_RETENTION_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->leavers, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (ok_retention_dialog_parent_class)->dispose (object);
}

static void
ok_retention_dialog_class_init (OkRetentionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = ok_retention_dialog_dispose;
  dialog_class->response = ok_retention_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-retention-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OkRetentionDialog, list_box);
}

static void
ok_retention_dialog_init (OkRetentionDialog *self)
{
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Who is on the list when a review is due: *leavers stays NULL when none
 * is due. */
static gboolean
find_leavers (OkStore     *store,
              const char  *today,
              GPtrArray  **leavers,
              int         *years,
              GError     **error)
{
  gboolean due = FALSE;

  *leavers = NULL;
  if (!ok_store_retention_review_due (store, today, &due, error))
    return FALSE;
  if (!due)
    return TRUE;
  *leavers = ok_store_retention_list (store, today, error);
  if (*leavers == NULL)
    return FALSE;
  *years = ok_store_retention_get_years (store, error);
  if (*years < 0)
    {
      g_clear_pointer (leavers, g_ptr_array_unref);
      return FALSE;
    }
  return TRUE;
}

/* A failure must not keep anyone from working: the review comes again at
 * the next start. */
static void
log_failure (const GError *error)
{
  g_message ("Could not check for families who left long ago: %s", error->message);
}

static OkRetentionDialog *
create (GtkWindow  *parent,
        OkStore    *store,
        const char *today,
        GPtrArray  *leavers,
        int         years)
{
  OkRetentionDialog *self;

  if (leavers == NULL || leavers->len == 0)
    {
      g_clear_pointer (&leavers, g_ptr_array_unref);
      return NULL;
    }

  self = g_object_new (OK_TYPE_RETENTION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  self->leavers = leavers;
  for (guint i = 0; i < self->leavers->len; i++)
    add_leaver (self, g_ptr_array_index (self->leavers, i));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  ngettext ("The last pupil of these families left the school more than %d year "
                                            "ago. Erase the personal data of the checked families? Their "
                                            "attendance stays only as anonymous counts. This cannot be undone.",
                                            "The last pupil of these families left the school more than %d years "
                                            "ago. Erase the personal data of the checked families? Their "
                                            "attendance stays only as anonymous counts. This cannot be undone.",
                                            years), years);
  return self;
}

OkRetentionDialog *
ok_retention_dialog_new_if_due (GtkWindow  *parent,
                                OkStore    *store,
                                const char *today)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *leavers = NULL;
  int years = 0;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (!find_leavers (store, today, &leavers, &years, &error))
    {
      log_failure (error);
      return NULL;
    }
  return create (parent, store, today, leavers, years);
}

/* The same in a worker thread on a second connection: on start-up the
 * list of a big school takes a tenth of a second that the first frame
 * should not wait for. */

typedef struct {
  GtkWindow *parent;
  OkStore *store;
  char *location;
  gint64 school_id;
  char *today;
  GPtrArray *leavers;
  int years;
} Check;

static void
check_free (Check *check)
{
  g_clear_object (&check->parent);
  g_clear_object (&check->store);
  g_free (check->location);
  g_free (check->today);
  g_clear_pointer (&check->leavers, g_ptr_array_unref);
  g_free (check);
}

static void
check_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Check *check = task_data;
  g_autoptr(OkStore) store = NULL;
  GError *error = NULL;

  store = ok_store_open_full (check->location, OK_STORE_OPEN_NO_MIGRATE, &error);
  if (store != NULL)
    ok_store_set_school_id (store, check->school_id);
  if (store == NULL || !find_leavers (store, check->today, &check->leavers, &check->years, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
ok_retention_dialog_new_if_due_async (GtkWindow           *parent,
                                      OkStore             *store,
                                      const char          *today,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Check *check;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (OK_IS_STORE (store));

  check = g_new0 (Check, 1);
  check->parent = g_object_ref (parent);
  check->store = g_object_ref (store);
  check->location = g_strdup (ok_store_get_location (store));
  check->school_id = ok_store_get_school_id (store);
  check->today = g_strdup (today);
  task = g_task_new (NULL, NULL, callback, user_data);
  g_task_set_source_tag (task, ok_retention_dialog_new_if_due_async);
  g_task_set_task_data (task, check, (GDestroyNotify) check_free);
  g_task_run_in_thread (task, check_in_thread);
}

/* NULL also when the window it was asked for has closed meanwhile. */
OkRetentionDialog *
ok_retention_dialog_new_if_due_finish (GAsyncResult *result)
{
  Check *check = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      log_failure (error);
      return NULL;
    }
  if (!gtk_widget_get_visible (GTK_WIDGET (check->parent)))
    return NULL;
  return create (check->parent, check->store, check->today, g_steal_pointer (&check->leavers), check->years);
}

guint
ok_retention_dialog_get_n_families (OkRetentionDialog *self)
{
  g_return_val_if_fail (OK_IS_RETENTION_DIALOG (self), 0);

  return self->leavers->len;
}
