/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Once a school year, on start-up: the families whose last pupil left
 * longer ago than the school's retention period, each with a check box
 * (all checked), to erase their personal data or to decide later. Nothing
 * is erased without this dialog's yes. */
#define G_LOG_DOMAIN "ok-retention-dialog"

#include "config.h"

#include <glib/gi18n.h>

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
  GtkWidget *check = gtk_check_button_new ();

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

OkRetentionDialog *
ok_retention_dialog_new_if_due (GtkWindow  *parent,
                                OkStore    *store,
                                const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) leavers = NULL;
  OkRetentionDialog *self;
  gboolean due = FALSE;
  int years;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (!ok_store_retention_review_due (store, today, &due, &error))
    goto failed;
  if (!due)
    return NULL;
  leavers = ok_store_retention_list (store, today, &error);
  if (leavers == NULL)
    goto failed;
  if (leavers->len == 0)
    return NULL;
  years = ok_store_retention_get_years (store, &error);
  if (years < 0)
    goto failed;

  self = g_object_new (OK_TYPE_RETENTION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->today = g_strdup (today);
  self->leavers = g_steal_pointer (&leavers);
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

failed:
  /* This must not keep anyone from working: the review comes again at the
   * next start. */
  g_message ("Could not check for families who left long ago: %s", error->message);
  return NULL;
}

guint
ok_retention_dialog_get_n_families (OkRetentionDialog *self)
{
  g_return_val_if_fail (OK_IS_RETENTION_DIALOG (self), 0);

  return self->leavers->len;
}
