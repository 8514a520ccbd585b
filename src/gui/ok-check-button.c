/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A check button on its own, not one of a group of radio buttons. GTK
 * 4.8 treats the arrow keys on any focused check button as moving through
 * a radio group and activates the button they land on: a check button
 * alone then toggles on every arrow key, so that someone moving through a
 * form with the keyboard changes what they pass (and a status that is
 * stored at once is stored). Here the arrow keys move focus on, as they
 * do everywhere else; Space still toggles. */
#define G_LOG_DOMAIN "ok-check-button"

#include "config.h"

#include "ok-check-button.h"

struct _OkCheckButton
{
  GtkCheckButton parent_instance;
};

G_DEFINE_FINAL_TYPE (OkCheckButton, ok_check_button, GTK_TYPE_CHECK_BUTTON)

static gboolean
ok_check_button_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  /* Focus leaves: the parent moves it on in that direction. */
  if (gtk_widget_is_focus (widget))
    return FALSE;
  return GTK_WIDGET_CLASS (ok_check_button_parent_class)->focus (widget, direction);
}

static void
ok_check_button_class_init (OkCheckButtonClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->focus = ok_check_button_focus;
}

static void
ok_check_button_init (OkCheckButton *self)
{
}

GtkWidget *
ok_check_button_new_with_label (const char *label)
{
  return g_object_new (OK_TYPE_CHECK_BUTTON, "label", label, NULL);
}
