/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Two coordinators on the same row: another connection saves while an
 * editor is open, and the editor's save offers to reload or to overwrite
 * instead of failing. Both choices, in the family, parent and activity
 * editors. */
#include "config.h"

#include <string.h>

#include "ok-activity-editor.h"
#include "ok-conflict-dialog.h"
#include "ok-family-editor.h"
#include "ok-gui-test-util.h"
#include "ok-parent-editor.h"
#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-test-school.h"

typedef struct {
  OkStore *store;
  OkStore *colleague;     /* the other coordinator's connection */
  OkWindow *window;
  OkTestSchool school;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = ok_gui_test_open_store ();
  ok_test_school_fill (fixture->store, &fixture->school);
  fixture->colleague = ok_store_reopen (fixture->store, &error);
  g_assert_no_error (error);
  fixture->window = ok_gui_test_new_window (fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  ok_gui_test_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ok_gui_test_spin (50);
  g_clear_object (&fixture->colleague);
  g_clear_object (&fixture->store);
}

static OkConflictDialog *
find_conflict_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (OK_IS_CONFLICT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return OK_CONFLICT_DIALOG (window);
    }
  return NULL;
}

/* Saves, expects the conflict dialog on top of the editor and answers it
 * as a click on its button would. */
static void
save_into_conflict (GtkWindow  *editor,
                    const char *response)
{
  OkConflictDialog *dialog;

  g_assert_null (find_conflict_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  dialog = find_conflict_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == editor);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "in the meantime"));
  g_object_ref (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  ok_gui_test_spin (20);
}

static void
set_row (gpointer    editor,
         GType       type,
         const char *name,
         const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (ok_gui_test_child (editor, type, name)), text);
}

static const char *
row_text (gpointer    editor,
          GType       type,
          const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (ok_gui_test_child (editor, type, name)));
}

static OkFamily *
get_family (OkStore *store,
            gint64   id)
{
  g_autoptr(GError) error = NULL;
  OkFamily *family = ok_store_family_get (store, id, &error);

  g_assert_no_error (error);
  return family;
}

/* The colleague changes the family's name and notes and saves. */
static void
colleague_renames_family (Fixture    *fixture,
                          const char *name)
{
  g_autoptr(OkFamily) theirs = get_family (fixture->colleague, fixture->school.family_ozturk);
  g_autoptr(GError) error = NULL;

  ok_family_set_name (theirs, name);
  ok_family_set_notes (theirs, "Gewijzigd door een collega");
  g_assert_true (ok_store_family_update (fixture->colleague, theirs, &error));
  g_assert_no_error (error);
}

static void
test_family (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(OkFamily) family = get_family (fixture->store, fixture->school.family_ozturk);
  g_autoptr(OkFamily) stored = NULL;
  OkFamilyEditor *editor = ok_family_editor_new (GTK_WINDOW (fixture->window), fixture->store, family);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  ok_gui_test_present (GTK_WINDOW (editor));
  set_row (editor, OK_TYPE_FAMILY_EDITOR, "name_row", "Familie Öztürk-Yılmaz");
  colleague_renames_family (fixture, "Familie Öztürk (collega)");

  /* Reload: the colleague's version shows in the editor, which stays
   * open; nothing of ours was written. */
  save_into_conflict (GTK_WINDOW (editor), "reload");
  g_assert_nonnull (editor);
  g_assert_cmpstr (row_text (editor, OK_TYPE_FAMILY_EDITOR, "name_row"), ==, "Familie Öztürk (collega)");
  g_assert_cmpstr (row_text (editor, OK_TYPE_FAMILY_EDITOR, "notes_row"), ==, "Gewijzigd door een collega");
  stored = get_family (fixture->store, fixture->school.family_ozturk);
  g_assert_cmpstr (ok_family_get_name (stored), ==, "Familie Öztürk (collega)");
  g_clear_object (&stored);

  /* Saving from the reloaded version is an ordinary save. */
  set_row (editor, OK_TYPE_FAMILY_EDITOR, "name_row", "Familie Öztürk-Yılmaz");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ok_gui_test_spin (20);
  g_assert_null (find_conflict_dialog ());
  g_assert_null (editor);
  stored = get_family (fixture->store, fixture->school.family_ozturk);
  g_assert_cmpstr (ok_family_get_name (stored), ==, "Familie Öztürk-Yılmaz");
  g_assert_cmpstr (ok_family_get_notes (stored), ==, "Gewijzigd door een collega");
  g_clear_object (&stored);

  /* Overwrite: our version goes over the colleague's. */
  g_clear_object (&family);
  family = get_family (fixture->store, fixture->school.family_ozturk);
  editor = ok_family_editor_new (GTK_WINDOW (fixture->window), fixture->store, family);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  ok_gui_test_present (GTK_WINDOW (editor));
  set_row (editor, OK_TYPE_FAMILY_EDITOR, "name_row", "Familie Öztürk (onze versie)");
  set_row (editor, OK_TYPE_FAMILY_EDITOR, "notes_row", "");
  colleague_renames_family (fixture, "Familie Öztürk (weer de collega)");
  save_into_conflict (GTK_WINDOW (editor), "overwrite");
  g_assert_null (editor);
  stored = get_family (fixture->store, fixture->school.family_ozturk);
  g_assert_cmpstr (ok_family_get_name (stored), ==, "Familie Öztürk (onze versie)");
  g_assert_null (ok_family_get_notes (stored));
}

static void
test_parent (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkParent) parent = ok_store_parent_get (fixture->store, fixture->school.parent_ayse, &error);
  g_autoptr(OkParent) theirs = ok_store_parent_get (fixture->colleague, fixture->school.parent_ayse, &error);
  g_autoptr(OkParent) stored = NULL;
  OkParentEditor *editor;

  g_assert_no_error (error);
  editor = ok_parent_editor_new (GTK_WINDOW (fixture->window), fixture->store, fixture->school.family_ozturk,
                                 parent);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  ok_gui_test_present (GTK_WINDOW (editor));
  set_row (editor, OK_TYPE_PARENT_EDITOR, "phone_row", "+31 6 9999 0000");

  ok_parent_set_phone (theirs, "+31 6 1111 2222");
  g_assert_true (ok_store_parent_update (fixture->colleague, theirs, &error));
  g_assert_no_error (error);

  save_into_conflict (GTK_WINDOW (editor), "reload");
  g_assert_nonnull (editor);
  g_assert_cmpstr (row_text (editor, OK_TYPE_PARENT_EDITOR, "phone_row"), ==, "+31 6 1111 2222");

  ok_parent_set_name (theirs, "Ayşe Öztürk-Demir");
  g_assert_true (ok_store_parent_update (fixture->colleague, theirs, &error));
  g_assert_no_error (error);
  set_row (editor, OK_TYPE_PARENT_EDITOR, "phone_row", "+31 6 9999 0000");
  save_into_conflict (GTK_WINDOW (editor), "overwrite");
  g_assert_null (editor);
  stored = ok_store_parent_get (fixture->store, fixture->school.parent_ayse, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ok_parent_get_name (stored), ==, "Ayşe Öztürk");
  g_assert_cmpstr (ok_parent_get_phone (stored), ==, "+31 6 9999 0000");
}

static void
test_activity (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) activity = ok_store_activity_get (fixture->store, fixture->school.theme_meeting, &error);
  g_autoptr(OkActivity) theirs = ok_store_activity_get (fixture->colleague, fixture->school.theme_meeting, &error);
  g_autoptr(OkActivity) stored = NULL;
  OkActivityEditor *editor;

  g_assert_no_error (error);
  editor = ok_activity_editor_new (GTK_WINDOW (fixture->window), fixture->store, activity,
                                   OK_ACTIVITY_EDITOR_EDIT);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  ok_gui_test_present (GTK_WINDOW (editor));
  set_row (editor, OK_TYPE_ACTIVITY_EDITOR, "location_row", "Aula");

  ok_activity_set_title (theirs, "Mediawijsheid voor ouders");
  ok_activity_set_location (theirs, "Ouderkamer");
  g_assert_true (ok_store_activity_update (fixture->colleague, theirs, &error));
  g_assert_no_error (error);

  save_into_conflict (GTK_WINDOW (editor), "reload");
  g_assert_nonnull (editor);
  g_assert_cmpstr (row_text (editor, OK_TYPE_ACTIVITY_EDITOR, "title_row"), ==, "Mediawijsheid voor ouders");
  g_assert_cmpstr (row_text (editor, OK_TYPE_ACTIVITY_EDITOR, "location_row"), ==, "Ouderkamer");

  ok_activity_set_location (theirs, "Gymzaal");
  g_assert_true (ok_store_activity_update (fixture->colleague, theirs, &error));
  g_assert_no_error (error);
  set_row (editor, OK_TYPE_ACTIVITY_EDITOR, "location_row", "Aula");
  save_into_conflict (GTK_WINDOW (editor), "overwrite");
  g_assert_null (editor);
  stored = ok_store_activity_get (fixture->store, fixture->school.theme_meeting, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ok_activity_get_title (stored), ==, "Mediawijsheid voor ouders");
  g_assert_cmpstr (ok_activity_get_location (stored), ==, "Aula");
}

/* Cancel writes nothing and leaves the editor as it was. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(OkFamily) family = get_family (fixture->store, fixture->school.family_ozturk);
  g_autoptr(OkFamily) stored = NULL;
  OkFamilyEditor *editor = ok_family_editor_new (GTK_WINDOW (fixture->window), fixture->store, family);

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  ok_gui_test_present (GTK_WINDOW (editor));
  set_row (editor, OK_TYPE_FAMILY_EDITOR, "name_row", "Familie Öztürk-Yılmaz");
  colleague_renames_family (fixture, "Familie Öztürk (collega)");
  save_into_conflict (GTK_WINDOW (editor), "cancel");
  g_assert_nonnull (editor);
  g_assert_cmpstr (row_text (editor, OK_TYPE_FAMILY_EDITOR, "name_row"), ==, "Familie Öztürk-Yılmaz");
  stored = get_family (fixture->store, fixture->school.family_ozturk);
  g_assert_cmpstr (ok_family_get_name (stored), ==, "Familie Öztürk (collega)");
  gtk_window_destroy (GTK_WINDOW (editor));
}

int
main (int argc, char *argv[])
{
  ok_gui_test_init (&argc, &argv);
  g_test_add ("/gui/conflict/family", Fixture, NULL, fixture_set_up, test_family, fixture_tear_down);
  g_test_add ("/gui/conflict/parent", Fixture, NULL, fixture_set_up, test_parent, fixture_tear_down);
  g_test_add ("/gui/conflict/activity", Fixture, NULL, fixture_set_up, test_activity, fixture_tear_down);
  g_test_add ("/gui/conflict/cancel", Fixture, NULL, fixture_set_up, test_cancel, fixture_tear_down);
  return g_test_run ();
}
