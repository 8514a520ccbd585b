/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window's toasts, and removals that wait for an undo in one
 * before they are made final. */
#define G_LOG_DOMAIN "ok-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-window-private.h"

typedef struct {
  OkWindow *window;
  AdwToast *toast;
  OkUndoFunc commit;
  OkUndoFunc revert;
  gpointer data;
  GDestroyNotify destroy;
} Pending;

/* Toasts */

static void
on_toast_gone_cb (AdwToast *toast,
                  OkWindow *self)
{
  GList *link = g_list_find (self->toasts, toast);

  if (link == NULL)
    return;
  self->toasts = g_list_delete_link (self->toasts, link);
  g_object_unref (toast);
}

/* An urgent toast (an undo) pushes the one on screen back into the queue;
 * libadwaita 1.2 aborts when that one comes back before it has finished
 * sliding out, as when the undo is chosen at once. So the toasts before an
 * urgent one are dismissed instead, which makes an earlier removal final:
 * only the newest can be undone. */
static void
add_toast (OkWindow *self,
           AdwToast *toast)
{
  if (adw_toast_get_priority (toast) == ADW_TOAST_PRIORITY_HIGH)
    {
      GList *earlier = g_steal_pointer (&self->toasts);

      for (GList *l = earlier; l != NULL; l = l->next)
        adw_toast_dismiss (l->data);
      g_list_free_full (earlier, g_object_unref);
    }
  self->toasts = g_list_prepend (self->toasts, g_object_ref (toast));
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_gone_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Removals with undo */

static void
pending_free (Pending *pending)
{
  if (pending->destroy != NULL)
    pending->destroy (pending->data);
  g_clear_object (&pending->toast);
  g_free (pending);
}

static void
finish_pending (Pending  *pending,
                gboolean  undo)
{
  OkWindow *self = pending->window;

  if (g_list_find (self->pending, pending) == NULL)
    return;
  self->pending = g_list_remove (self->pending, pending);
  if (undo)
    pending->revert (pending->data);
  else
    pending->commit (pending->data);
  pending_free (pending);
}

static void
on_toast_undo_cb (AdwToast *toast,
                  Pending  *pending)
{
  finish_pending (pending, TRUE);
}

static void
on_toast_dismissed_cb (AdwToast *toast,
                       Pending  *pending)
{
  finish_pending (pending, FALSE);
}

void
ok_window_remove_with_undo (OkWindow       *self,
                            const char     *title,
                            OkUndoFunc      commit,
                            OkUndoFunc      revert,
                            gpointer        data,
                            GDestroyNotify  destroy)
{
  Pending *pending;

  g_return_if_fail (OK_IS_WINDOW (self));
  g_return_if_fail (commit != NULL && revert != NULL);

  pending = g_new0 (Pending, 1);
  pending->window = self;
  pending->commit = commit;
  pending->revert = revert;
  pending->data = data;
  pending->destroy = destroy;
  pending->toast = g_object_ref_sink (adw_toast_new (title));
  adw_toast_set_button_label (pending->toast, _("_Undo"));
  adw_toast_set_priority (pending->toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (pending->toast, "button-clicked", G_CALLBACK (on_toast_undo_cb), pending);
  g_signal_connect (pending->toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), pending);
  self->pending = g_list_prepend (self->pending, pending);
  add_toast (self, g_object_ref (pending->toast));
}

/* Makes every waiting removal final, as when the window closes. */
void
ok_window_commit_pending (OkWindow *self)
{
  g_return_if_fail (OK_IS_WINDOW (self));

  while (self->pending != NULL)
    {
      Pending *pending = g_list_last (self->pending)->data;

      g_signal_handlers_disconnect_by_data (pending->toast, pending);
      finish_pending (pending, FALSE);
    }
}

void
_ok_window_undo_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OkWindow *self = OK_WINDOW (widget);
  Pending *pending;
  g_autoptr(AdwToast) toast = NULL;

  if (self->pending == NULL)
    return;
  pending = self->pending->data;
  toast = g_object_ref (pending->toast);
  g_signal_handlers_disconnect_by_data (toast, pending);
  finish_pending (pending, TRUE);
  adw_toast_dismiss (toast);
}

void
ok_window_show_toast (OkWindow   *self,
                      const char *title)
{
  g_return_if_fail (OK_IS_WINDOW (self));

  add_toast (self, adw_toast_new (title));
}
