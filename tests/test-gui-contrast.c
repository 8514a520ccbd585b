/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Contrast in light, dark and high contrast: the app's own colours (the
 * tags, the date leaves, the badges at the door, the status of a message,
 * the charts, the template's placeholders) are measured on the rendered
 * pixels of the real views and must reach the WCAG ratios, 4.5:1 for text
 * (3:1 for large text) and 3:1 for graphics. Run with --high-contrast,
 * libadwaita's high contrast style is on (ADW_DEBUG_HIGH_CONTRAST, read
 * once at start: the setting a desktop gives through its portal or
 * org.gnome.desktop.a11y.interface). The app's style sheets may use only
 * the theme's named colours. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ok-activity-page.h"
#include "ok-agenda-view.h"
#include "ok-checkin-window.h"
#include "ok-contact-parent-page.h"
#include "ok-contact-parents-view.h"
#include "ok-demo.h"
#include "ok-families-view.h"
#include "ok-family-page.h"
#include "ok-gui-test-util.h"
#include "ok-overview-view.h"
#include "ok-send-dialog.h"
#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-template-editor.h"
#include "ok-templates-view.h"

static gboolean high_contrast;

/* Colours */

typedef struct {
  double red;
  double green;
  double blue;
} Rgb;

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

static double
luminance (Rgb c)
{
  return 0.2126 * linear (c.red) + 0.7152 * linear (c.green) + 0.0722 * linear (c.blue);
}

static double
contrast (Rgb a,
          Rgb b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static Rgb
over (const GdkRGBA *color,
      Rgb            background)
{
  return (Rgb) { color->red * color->alpha + background.red * (1 - color->alpha),
                 color->green * color->alpha + background.green * (1 - color->alpha),
                 color->blue * color->alpha + background.blue * (1 - color->alpha) };
}

/* Rendering */

typedef struct {
  int width;
  int height;
  guchar *pixels;   /* cairo's ARGB32: B, G, R, A in memory, opaque */
} Shot;

static void
shot_free (Shot *shot)
{
  g_free (shot->pixels);
  g_free (shot);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Shot, shot_free)

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* Until the window has laid out and painted what changed. */
static void
wait_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);

  gtk_widget_queue_draw (window);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  g_assert_true (ok_gui_test_wait_until (is_true, &painted, 5000));
  g_signal_handler_disconnect (clock, handler);
  ok_gui_test_spin (30);
}

static Shot *
render (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  Shot *shot = g_new0 (Shot, 1);

  wait_frame (window);
  shot->width = gtk_widget_get_width (window);
  shot->height = gtk_widget_get_height (window);
  gdk_paintable_snapshot (paintable, snapshot, shot->width, shot->height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, shot->width, shot->height));
  shot->pixels = g_malloc ((gsize) shot->width * shot->height * 4);
  gdk_texture_download (texture, shot->pixels, (gsize) shot->width * 4);
  return shot;
}

static Rgb
pixel (Shot *shot,
       int   x,
       int   y)
{
  const guchar *p;

  x = CLAMP (x, 0, shot->width - 1);
  y = CLAMP (y, 0, shot->height - 1);
  p = shot->pixels + ((gsize) y * shot->width + x) * 4;
  return (Rgb) { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0 };
}

static guint32
packed (Shot *shot,
        int   x,
        int   y)
{
  const guchar *p = shot->pixels + ((gsize) y * shot->width + x) * 4;

  return (guint32) p[2] << 16 | (guint32) p[1] << 8 | p[0];
}

static Rgb
unpacked (guint32 color)
{
  return (Rgb) { (color >> 16) / 255.0, ((color >> 8) & 0xff) / 255.0, (color & 0xff) / 255.0 };
}

typedef struct {
  guint32 color;
  guint count;
} Count;

static int
by_count (gconstpointer a,
          gconstpointer b)
{
  const Count *x = a;
  const Count *y = b;

  return (int) y->count - (int) x->count;
}

/* The colours inside a rectangle, the most frequent first. */
static GArray *
histogram (Shot                  *shot,
           const graphene_rect_t *rect)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GArray *colors = g_array_new (FALSE, FALSE, sizeof (Count));
  GHashTableIter iter;
  gpointer key, value;
  int x0 = MAX (0, (int) rect->origin.x);
  int y0 = MAX (0, (int) rect->origin.y);
  int x1 = MIN (shot->width, (int) (rect->origin.x + rect->size.width));
  int y1 = MIN (shot->height, (int) (rect->origin.y + rect->size.height));

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        gpointer color = GUINT_TO_POINTER (packed (shot, x, y) + 1);

        g_hash_table_insert (counts, color, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, color)) + 1));
      }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Count count = { GPOINTER_TO_UINT (key) - 1, GPOINTER_TO_UINT (value) };

      g_array_append_val (colors, count);
    }
  g_array_sort (colors, by_count);
  return colors;
}

/* What is measured */

/* The classes that give the app's own colours. */
static const char * const coloured[] = {
  "tag", "date-leaf", "checkin-badge", "checkin-banner", "success", "warning", "error", "accent", NULL
};

typedef struct {
  GtkWidget *widget;
  char *what;
  gboolean text;
  gboolean large;
  Rgb background;
  Rgb foreground;
} Sample;

static void
sample_free (Sample *sample)
{
  g_object_unref (sample->widget);
  g_free (sample->what);
  g_free (sample);
}

typedef struct {
  const char *view;
  const char *mode;
  GHashTable *classes;   /* the coloured classes measured */
  guint measured;
  guint failed;
} Report;

static const char *
coloured_class (GtkWidget *widget)
{
  for (guint i = 0; coloured[i] != NULL; i++)
    if (gtk_widget_has_css_class (widget, coloured[i]))
      return coloured[i];
  return NULL;
}

/* A label takes the colour of a tag or leaf around it. */
static char *
colour_source (GtkWidget *widget)
{
  GtkWidget *w = widget;

  for (guint depth = 0; w != NULL && depth < 3; depth++, w = gtk_widget_get_parent (w))
    {
      const char *name = coloured_class (w);

      if (name != NULL)
        {
          g_auto(GStrv) classes = gtk_widget_get_css_classes (w);
          g_autofree char *joined = g_strjoinv (".", classes);

          return g_strdup_printf ("%s.%s", G_OBJECT_TYPE_NAME (w), joined);
        }
    }
  return NULL;
}

static gboolean
is_large (GtkWidget *label)
{
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (label));
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96 / 72;
  /* WCAG: 18 point, or 14 point bold. */
  return size >= 24 || (size >= 18.66 && pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD);
}

/* Drawn, and not scrolled out of sight. */
static gboolean
in_sight (GtkWidget *widget,
          GtkWidget *window)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, window, &bounds))
    return FALSE;
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      graphene_rect_t area;

      if (w != window && !GTK_IS_SCROLLED_WINDOW (w))
        continue;
      if (!gtk_widget_compute_bounds (w, window, &area) || !graphene_rect_contains_rect (&area, &bounds))
        return FALSE;
    }
  return TRUE;
}

static void
collect_samples (GtkWidget *widget,
                 GtkWidget *window,
                 GPtrArray *samples)
{
  char *source;

  if (!gtk_widget_is_drawable (widget))
    return;
  if ((GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0' && gtk_widget_get_opacity (widget) > 0)
      || (GTK_IS_IMAGE (widget) && gtk_image_get_storage_type (GTK_IMAGE (widget)) != GTK_IMAGE_EMPTY))
    {
      source = in_sight (widget, window) ? colour_source (widget) : NULL;
      if (source != NULL)
        {
          Sample *sample = g_new0 (Sample, 1);

          sample->widget = g_object_ref (widget);
          sample->text = GTK_IS_LABEL (widget);
          sample->large = sample->text && is_large (widget);
          sample->what = g_strdup_printf ("“%s” (%s)",
                                          sample->text ? gtk_label_get_text (GTK_LABEL (widget)) : "icon", source);
          g_free (source);
          g_ptr_array_add (samples, sample);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_samples (child, window, samples);
}

/* The first character's box, in the window's coordinates, less a pixel
 * all round where its neighbours' edges blend in. */
static gboolean
first_letter (GtkWidget       *window,
              Sample          *sample,
              graphene_rect_t *box)
{
  GtkLabel *label = GTK_LABEL (sample->widget);
  PangoRectangle rect;
  graphene_point_t origin;
  int x, y;

  gtk_label_get_layout_offsets (label, &x, &y);
  pango_layout_index_to_pos (gtk_label_get_layout (label), 0, &rect);
  if (rect.width < 0)
    {
      rect.x += rect.width;
      rect.width = -rect.width;
    }
  if (!gtk_widget_compute_point (sample->widget, window,
                                 &GRAPHENE_POINT_INIT (x + rect.x / (float) PANGO_SCALE + 1,
                                                       y + rect.y / (float) PANGO_SCALE + 1),
                                 &origin))
    return FALSE;
  graphene_rect_init (box, origin.x, origin.y, rect.width / (float) PANGO_SCALE - 2,
                      rect.height / (float) PANGO_SCALE - 2);
  return TRUE;
}

static Rgb
most_frequent (Shot                  *shot,
               const graphene_rect_t *box)
{
  g_autoptr(GArray) colors = histogram (shot, box);

  g_assert_cmpuint (colors->len, >, 0);
  return unpacked (g_array_index (colors, Count, 0).color);
}

/* Text: rendered once with its characters turned into spaces, which
 * leaves the background a tag draws, and once into full blocks, filled
 * with the text's colour with every alpha and opacity applied. Each is
 * the colour most of the first character's box has. */
static void
measure_texts (GtkWidget *window,
               GPtrArray *samples)
{
  static const char * const inks[] = { "\u2003\u2003\u2003", "\u2588\u2588\u2588" };
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < samples->len; i++)
    {
      Sample *sample = g_ptr_array_index (samples, i);

      g_ptr_array_add (saved, sample->text ? g_strdup (gtk_label_get_label (GTK_LABEL (sample->widget))) : NULL);
    }
  for (guint pass = 0; pass < G_N_ELEMENTS (inks); pass++)
    {
      g_autoptr(Shot) shot = NULL;

      for (guint i = 0; i < samples->len; i++)
        {
          Sample *sample = g_ptr_array_index (samples, i);

          if (sample->text)
            gtk_label_set_label (GTK_LABEL (sample->widget), inks[pass]);
        }
      shot = render (window);
      for (guint i = 0; i < samples->len; i++)
        {
          Sample *sample = g_ptr_array_index (samples, i);
          graphene_rect_t box;

          if (!sample->text)
            continue;
          g_assert_true (first_letter (window, sample, &box));
          if (pass == 0)
            sample->background = most_frequent (shot, &box);
          else
            sample->foreground = most_frequent (shot, &box);
        }
    }
  for (guint i = 0; i < samples->len; i++)
    {
      Sample *sample = g_ptr_array_index (samples, i);

      if (sample->text)
        gtk_label_set_label (GTK_LABEL (sample->widget), g_ptr_array_index (saved, i));
    }
}

/* An icon: its background is the colour most of its square has, its
 * colour the one that stands out most from that. */
static void
measure_icons (GtkWidget *window,
               GPtrArray *samples,
               Shot      *shot)
{
  for (guint i = 0; i < samples->len; i++)
    {
      Sample *sample = g_ptr_array_index (samples, i);
      g_autoptr(GArray) colors = NULL;
      graphene_rect_t bounds;
      double best = 0;

      if (sample->text)
        continue;
      g_assert_true (gtk_widget_compute_bounds (sample->widget, window, &bounds));
      colors = histogram (shot, &bounds);
      sample->background = unpacked (g_array_index (colors, Count, 0).color);
      sample->foreground = sample->background;
      for (guint j = 0; j < colors->len; j++)
        {
          Rgb color = unpacked (g_array_index (colors, Count, j).color);

          if (contrast (color, sample->background) > best)
            {
              best = contrast (color, sample->background);
              sample->foreground = color;
            }
        }
    }
}

static void
check (Report     *report,
       const char *what,
       double      ratio,
       double      needed)
{
  report->measured++;
  if (ratio + 0.005 < needed)
    {
      g_test_message ("[%s, %s] %s: %.2f:1, needs %.1f:1", report->view, report->mode, what, ratio, needed);
      report->failed++;
    }
  else if (g_test_verbose ())
    g_test_message ("[%s, %s] %s: %.2f:1", report->view, report->mode, what, ratio);
}

static void
collect_charts (GtkWidget *widget,
                GPtrArray *charts)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  if (GTK_IS_DRAWING_AREA (widget))
    g_ptr_array_add (charts, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_charts (child, charts);
}

/* The charts: a solid bar against the card it stands on, each scrolled
 * into sight. */
static void
measure_charts (GtkWidget *window,
                Report    *report)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();

  collect_charts (window, charts);
  for (guint i = 0; i < charts->len; i++)
    {
      GtkWidget *chart = g_ptr_array_index (charts, i);
      GtkWidget *scrolled = gtk_widget_get_ancestor (chart, GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
      g_autoptr(Shot) shot = NULL;
      g_autoptr(GArray) colors = NULL;
      graphene_rect_t bounds;
      Rgb card;
      guint area;

      g_assert_true (gtk_widget_compute_bounds (chart, content, &bounds));
      gtk_adjustment_set_value (adjustment, bounds.origin.y + gtk_adjustment_get_value (adjustment) - 12);
      shot = render (window);
      g_assert_true (gtk_widget_compute_bounds (chart, window, &bounds));
      g_assert_cmpfloat (bounds.origin.y, >=, 0);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, shot->height);
      area = (guint) (bounds.size.width * bounds.size.height);
      colors = histogram (shot, &bounds);
      card = unpacked (g_array_index (colors, Count, 0).color);
      /* The first large colour that is not the card's: the bars. */
      for (guint j = 1; j < colors->len; j++)
        {
          Rgb color = unpacked (g_array_index (colors, Count, j).color);

          if (g_array_index (colors, Count, j).count * 100 < area)
            break;
          if (contrast (color, card) < 1.1)
            continue;
          check (report, "chart bars on their card", contrast (color, card), 3.0);
          g_hash_table_add (report->classes, (gpointer) "chart");
          break;
        }
    }
}

/* The placeholders and mistakes a template's text marks with colours. */
static void
measure_text_tags (GtkWidget *widget,
                   Shot      *shot,
                   GtkWidget *window,
                   Report    *report)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
      graphene_rect_t bounds;
      Rgb view;

      g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
      /* Below the text, where nothing is written. */
      view = pixel (shot, bounds.origin.x + bounds.size.width - 4, bounds.origin.y + bounds.size.height - 4);
      for (guint i = 0; i < 2; i++)
        {
          GtkTextTag *tag = gtk_text_tag_table_lookup (table, i == 0 ? "placeholder" : "error");
          g_autoptr(GdkRGBA) fg = NULL;
          g_autoptr(GdkRGBA) bg = NULL;
          gboolean bg_set = FALSE;
          g_autofree char *what = NULL;

          if (tag == NULL)
            continue;
          g_object_get (tag, "foreground-rgba", &fg, "background-rgba", &bg, "background-set", &bg_set, NULL);
          g_assert_nonnull (fg);
          what = g_strdup_printf ("the template's %s, %s on #%02x%02x%02x", i == 0 ? "placeholders" : "mistakes",
                                  gdk_rgba_to_string (fg), (int) round (view.red * 255), (int) round (view.green * 255),
                                  (int) round (view.blue * 255));
          check (report, what, contrast (over (fg, bg_set ? over (bg, view) : view), bg_set ? over (bg, view) : view),
                 4.5);
          g_hash_table_add (report->classes, i == 0 ? (gpointer) "placeholder" : (gpointer) "mistake");
        }
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    measure_text_tags (child, shot, window, report);
}

static void
measure_window (GtkWidget *window,
                Report    *report)
{
  g_autoptr(GPtrArray) samples = g_ptr_array_new_with_free_func ((GDestroyNotify) sample_free);
  g_autoptr(Shot) shot = render (window);

  collect_samples (window, window, samples);
  measure_icons (window, samples, shot);
  measure_texts (window, samples);
  for (guint i = 0; i < samples->len; i++)
    {
      Sample *sample = g_ptr_array_index (samples, i);
      GtkWidget *w = sample->widget;

      g_autofree char *what = g_strdup_printf ("%s, #%02x%02x%02x on #%02x%02x%02x", sample->what,
                                               (int) round (sample->foreground.red * 255),
                                               (int) round (sample->foreground.green * 255),
                                               (int) round (sample->foreground.blue * 255),
                                               (int) round (sample->background.red * 255),
                                               (int) round (sample->background.green * 255),
                                               (int) round (sample->background.blue * 255));

        for (GtkWidget *a = sample->widget; a; a = gtk_widget_get_parent (a))
          {
            g_auto(GStrv) cl = gtk_widget_get_css_classes (a);
            g_autofree char *j = g_strjoinv (".", cl);
            g_test_message ("  anc %s %s .%s op=%f", G_OBJECT_TYPE_NAME (a), gtk_widget_get_css_name (a), j, gtk_widget_get_opacity (a));
          }
      check (report, what, contrast (sample->foreground, sample->background),
             sample->text && !sample->large ? 4.5 : 3.0);
      for (guint depth = 0; w != NULL && depth < 3; depth++, w = gtk_widget_get_parent (w))
        for (guint c = 0; coloured[c] != NULL; c++)
          if (gtk_widget_has_css_class (w, coloured[c]))
            g_hash_table_add (report->classes, (gpointer) coloured[c]);
    }
  measure_charts (window, report);
  measure_text_tags (window, shot, window, report);
}

/* Light and dark, each in the high contrast style or not, as the run is;
 * @classes are what the view must have shown. */
static void
measure_modes (GtkWidget          *window,
               const char         *view,
               const char * const *classes)
{
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint failed = 0;

  g_assert_true (adw_style_manager_get_high_contrast (manager) == high_contrast);
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      Report report = { view, NULL, seen, 0, 0 };

      adw_style_manager_set_color_scheme (manager, schemes[i]);
      g_assert_true (adw_style_manager_get_dark (manager) == (i == 1));
      report.mode = i == 1 ? (high_contrast ? "dark, high contrast" : "dark")
                           : (high_contrast ? "light, high contrast" : "light");
      measure_window (window, &report);
      g_test_message ("%s, %s: %u colours measured, %u too faint", view, report.mode, report.measured, report.failed);
      failed += report.failed;
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  for (guint i = 0; classes[i] != NULL; i++)
    if (!g_hash_table_contains (seen, classes[i]))
      {
        g_test_message ("%s: nothing with %s was measured", view, classes[i]);
        failed++;
      }
  g_assert_cmpuint (failed, ==, 0);
}

/* Fixture */

typedef struct {
  OkStore *store;
  OkWindow *window;
  OkActivity *activity;   /* the first coming one, with parents at the door */
  char *excused;          /* the name of the parent who sent word */
} Fixture;

static char *
mark_parents (OkStore    *store,
              OkActivity *activity)
{
  char *excused = NULL;
  static const OkAttendanceStatus marks[] = {
    OK_ATTENDANCE_STATUS_PRESENT, OK_ATTENDANCE_STATUS_REGISTERED, OK_ATTENDANCE_STATUS_EXCUSED,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = ok_store_family_list (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < families->len && i < G_N_ELEMENTS (marks); i++)
    {
      g_autoptr(GPtrArray) parents = ok_store_parent_list (store, ok_family_get_id (g_ptr_array_index (families, i)),
                                                           &error);

      g_assert_no_error (error);
      g_assert_true (ok_store_attendance_mark (store, ok_activity_get_id (activity),
                                               ok_parent_get_id (g_ptr_array_index (parents, 0)), marks[i],
                                               FALSE, NULL, NULL, &error));
      g_assert_no_error (error);
      if (marks[i] == OK_ATTENDANCE_STATUS_EXCUSED)
        excused = g_strdup (ok_parent_get_name (g_ptr_array_index (parents, 0)));
    }
  g_assert_nonnull (excused);
  return excused;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GPtrArray) coming = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GPtrArray) parents = NULL;
  OkActivity *cancelled;
  OkDemoOptions options;
  gint64 contact;

  fixture->store = ok_gui_test_open_store ();
  ok_demo_options_init (&options);
  options.families = 12;
  options.school_years = 1;
  g_assert_true (ok_demo_generate (fixture->store, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  coming = ok_store_activity_list (fixture->store, today, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coming->len, >, 1);
  fixture->activity = g_object_ref (g_ptr_array_index (coming, 0));
  fixture->excused = mark_parents (fixture->store, fixture->activity);
  /* A cancelled one shows its red tag in the agenda. */
  cancelled = g_ptr_array_index (coming, 1);
  ok_activity_set_status (cancelled, OK_ACTIVITY_STATUS_CANCELLED);
  g_assert_true (ok_store_activity_update (fixture->store, cancelled, &error));
  g_assert_no_error (error);

  families = ok_store_family_list (fixture->store, &error);
  g_assert_no_error (error);
  parents = ok_store_parent_list (fixture->store, ok_family_get_id (g_ptr_array_index (families, 0)), &error);
  g_assert_no_error (error);
  contact = ok_store_contact_parent_add (fixture->store, ok_parent_get_id (g_ptr_array_index (parents, 0)), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok_store_coverage_add (fixture->store, contact, OK_COVERAGE_LANGUAGE, 0, "tr", &error));
  g_assert_no_error (error);

  fixture->window = ok_gui_test_new_window (fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 760);
  ok_gui_test_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ok_gui_test_spin (50);
  g_clear_object (&fixture->activity);
  g_clear_pointer (&fixture->excused, g_free);
  g_clear_object (&fixture->store);
}

static gpointer
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
open_page (Fixture    *fixture,
           const char *page)
{
  ok_window_show_page (fixture->window, page);
  ok_gui_test_spin (500);
}

/* Views */

static void
test_agenda (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const classes[] = { "date-leaf", "tag", "error", NULL };
  OkAgendaView *view = OK_AGENDA_VIEW (ok_window_get_view (fixture->window, "agenda"));

  open_page (fixture, "agenda");
  ok_agenda_view_show_activity (view, ok_activity_get_id (fixture->activity));
  ok_gui_test_spin (300);
  measure_modes (GTK_WIDGET (fixture->window), "Agenda", classes);
}

static void
test_families (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const classes[] = { "tag", "warning", NULL };
  OkFamiliesView *view = OK_FAMILIES_VIEW (ok_window_get_view (fixture->window, "families"));
  OkFamilyPage *page = find_widget (GTK_WIDGET (view), OK_TYPE_FAMILY_PAGE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = ok_store_family_list (fixture->store, &error);

  g_assert_no_error (error);
  open_page (fixture, "families");
  /* The last family: nobody of it came to anything, so it shows the
   * not reached marker. */
  ok_family_page_set_family_id (page, ok_family_get_id (g_ptr_array_index (families, families->len - 1)));
  ok_gui_test_spin (300);
  measure_modes (GTK_WIDGET (fixture->window), "Families", classes);
}

static void
test_contact_parents (Fixture       *fixture,
                      gconstpointer  data)
{
  static const char * const classes[] = { "tag", NULL };
  OkContactParentsView *view = OK_CONTACT_PARENTS_VIEW (ok_window_get_view (fixture->window, "contact-parents"));
  OkContactParentPage *page = find_widget (GTK_WIDGET (view), OK_TYPE_CONTACT_PARENT_PAGE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contacts = ok_store_contact_parent_list (fixture->store, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, >, 0);
  open_page (fixture, "contact-parents");
  ok_contact_parent_page_set_contact_parent_id (page, ok_contact_parent_get_id (g_ptr_array_index (contacts, 0)));
  ok_gui_test_spin (300);
  measure_modes (GTK_WIDGET (fixture->window), "Contact parents", classes);
}

static gboolean
report_ready (gpointer data)
{
  OkOverviewView *view = data;

  return ok_overview_view_get_report (view) != NULL && !ok_overview_view_get_busy (view);
}

static void
test_overview (Fixture       *fixture,
               gconstpointer  data)
{
  static const char * const classes[] = { "chart", NULL };
  OkOverviewView *view = OK_OVERVIEW_VIEW (ok_window_get_view (fixture->window, "overview"));

  open_page (fixture, "overview");
  g_assert_true (ok_gui_test_wait_until (report_ready, view, 10000));
  measure_modes (GTK_WIDGET (fixture->window), "Overview", classes);
}

static void
test_templates (Fixture       *fixture,
                gconstpointer  data)
{
  static const char * const classes[] = { "success", "warning", "placeholder", NULL };
  OkTemplatesView *view = OK_TEMPLATES_VIEW (ok_window_get_view (fixture->window, "templates"));

  open_page (fixture, "templates");
  ok_templates_view_open (view, "theme-meeting-invitation", "tr");
  ok_gui_test_spin (300);
  measure_modes (GTK_WIDGET (fixture->window), "Templates", classes);
}

static void
test_checkin (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const classes[] = { "checkin-badge", "success", NULL };
  g_autoptr(GError) error = NULL;
  OkCheckinWindow *window = ok_checkin_window_new (NULL, fixture->store, ok_activity_get_id (fixture->activity),
                                                   &error);

  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  ok_gui_test_present (GTK_WINDOW (window));
  ok_gui_test_spin (500);
  measure_modes (GTK_WIDGET (window), "Check-in", classes);

  /* Found by name: the excused parent's badge. */
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY)), fixture->excused);
  ok_gui_test_spin (500);
  measure_modes (GTK_WIDGET (window), "Check-in, search", classes);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_send_dialog (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const classes[] = { "success", "warning", NULL };
  g_autoptr(GError) error = NULL;
  OkSendDialog *dialog = ok_send_dialog_new (GTK_WINDOW (fixture->window), fixture->store, fixture->activity,
                                             &error);

  g_assert_no_error (error);
  ok_gui_test_present (GTK_WINDOW (dialog));
  ok_gui_test_spin (500);
  measure_modes (GTK_WIDGET (dialog), "Send dialog", classes);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The style sheets */

/* A colour written out in a style sheet or set in code stays the same in
 * dark and high contrast: only the theme's named colours (@accent_color,
 * @warning_color, …), alpha(), mix() and shade() of them, currentColor
 * and transparent follow. */
static void
test_named_colours_only (void)
{
  static const char * const dirs[] = { "ui", "src/gui" };
  g_autoptr(GRegex) literal = g_regex_new ("#[0-9a-fA-F]{3,8}\\b|\\b(rgba?|hsla?)\\s*\\(|"
                                           "\\b(white|black|red|green|blue|yellow|orange|gray|grey)\\b",
                                           G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) c_colour = g_regex_new ("\"\\s*(#[0-9a-fA-F]{3,8}|(rgba?|hsla?)\\s*\\()", 0, 0, NULL);
  guint files = 0;
  guint found = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", dirs[d], NULL);
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = g_build_filename (path, name, NULL);
          g_autofree char *contents = NULL;
          g_auto(GStrv) lines = NULL;
          gboolean css = g_str_has_suffix (name, ".css");

          if (!css && !g_str_has_suffix (name, ".c"))
            continue;
          g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
          files++;
          lines = g_strsplit (contents, "\n", -1);
          for (guint i = 0; lines[i] != NULL; i++)
            {
              g_autofree char *code = g_strdup (lines[i]);
              char *comment = strstr (code, "/*");

              /* Words in comments are no colours. */
              if (comment != NULL)
                *comment = '\0';
              if (g_regex_match (css ? literal : c_colour, code, 0, NULL))
                {
                  g_test_message ("%s/%s:%u: a colour of its own: %s", dirs[d], name, i + 1, g_strstrip (lines[i]));
                  found++;
                }
            }
        }
    }
  g_assert_cmpuint (files, >, 10);
  g_assert_cmpuint (found, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) style = NULL;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--high-contrast"))
      high_contrast = TRUE;
  if (high_contrast)
    g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
  ok_gui_test_init (&argc, &argv);

  /* What AdwApplication loads from the resources for the app. */
  style = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (style, "/nl/ouderkamer/Ouderkamer/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/contrast/named-colours-only", test_named_colours_only);
  g_test_add ("/contrast/agenda", Fixture, NULL, fixture_set_up, test_agenda, fixture_tear_down);
  g_test_add ("/contrast/families", Fixture, NULL, fixture_set_up, test_families, fixture_tear_down);
  g_test_add ("/contrast/contact-parents", Fixture, NULL, fixture_set_up, test_contact_parents, fixture_tear_down);
  g_test_add ("/contrast/overview", Fixture, NULL, fixture_set_up, test_overview, fixture_tear_down);
  g_test_add ("/contrast/templates", Fixture, NULL, fixture_set_up, test_templates, fixture_tear_down);
  g_test_add ("/contrast/check-in", Fixture, NULL, fixture_set_up, test_checkin, fixture_tear_down);
  g_test_add ("/contrast/send-dialog", Fixture, NULL, fixture_set_up, test_send_dialog, fixture_tear_down);
  return g_test_run ();
}
