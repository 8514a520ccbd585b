/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GTK 4.8's list view makes a row for every item, up to 200, as soon as it
 * has a model and before it knows how many rows fit. A school year of
 * activities made 200 agenda rows where 15 show: the larger part of the
 * first frame. Through this slice a list view sees only as many items as
 * fill the tallest monitor until it has been laid out once (from then on it
 * makes rows for what shows), and all of them after that. */
#include "config.h"

#include "ok-list-slice.h"

/* No row of the app's lists is lower than this. */
#define ROW_HEIGHT_MIN 48
#define ROWS_WITHOUT_MONITORS 40

/* Enough rows to fill the tallest monitor from top to bottom. */
static guint
rows_to_fill_a_screen (GtkWidget *list_view)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (list_view));
  int tallest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      tallest = MAX (tallest, geometry.height);
    }
  return tallest > 0 ? (guint) tallest / ROW_HEIGHT_MIN + 1 : ROWS_WITHOUT_MONITORS;
}

static gboolean
show_all_once_laid_out (GtkWidget     *list_view,
                        GdkFrameClock *clock,
                        gpointer       user_data)
{
  if (gtk_widget_get_height (list_view) == 0)
    return G_SOURCE_CONTINUE;
  ok_list_slice_show_all (user_data);
  return G_SOURCE_REMOVE;
}

/**
 * ok_list_slice_new:
 * @list_view: the list view that will show the slice
 * @model: (nullable): the items
 *
 * Returns: (transfer full): the model to give @list_view (or its
 *   selection model) in place of @model
 */
GtkSliceListModel *
ok_list_slice_new (GtkWidget  *list_view,
                   GListModel *model)
{
  GtkSliceListModel *slice = gtk_slice_list_model_new (model != NULL ? g_object_ref (model) : NULL, 0,
                                                      rows_to_fill_a_screen (list_view));

  gtk_widget_add_tick_callback (list_view, show_all_once_laid_out, g_object_ref (slice), g_object_unref);
  return slice;
}

/**
 * ok_list_slice_show_all:
 * @slice: a slice from ok_list_slice_new()
 *
 * Shows every item now, for when one beyond the first must be selected
 * before the list has been laid out.
 */
void
ok_list_slice_show_all (GtkSliceListModel *slice)
{
  gtk_slice_list_model_set_size (slice, G_MAXUINT);
}
