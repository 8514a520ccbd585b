/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The fields of one pupil row, in the order of the canonical header. */
typedef enum {
  OK_IMPORT_FIELD_NONE = -1,
  OK_IMPORT_FIELD_PUPIL_NUMBER,
  OK_IMPORT_FIELD_FIRST_NAME,
  OK_IMPORT_FIELD_INFIX,
  OK_IMPORT_FIELD_LAST_NAME,
  OK_IMPORT_FIELD_GROUP,
  OK_IMPORT_FIELD_PARENT1_NAME,
  OK_IMPORT_FIELD_PARENT1_PHONE,
  OK_IMPORT_FIELD_PARENT1_EMAIL,
  OK_IMPORT_FIELD_PARENT2_NAME,
  OK_IMPORT_FIELD_PARENT2_PHONE,
  OK_IMPORT_FIELD_PARENT2_EMAIL,
  OK_IMPORT_FIELD_HOME_LANGUAGE,
  OK_IMPORT_FIELD_INTERPRETER,
  OK_IMPORT_FIELD_POSTCODE,
  OK_IMPORT_FIELD_HOUSE_NUMBER,
  OK_IMPORT_FIELD_LEAVING_DATE,
  OK_IMPORT_FIELD_HOUSE_NUMBER_SUFFIX,
  OK_IMPORT_FIELD_ENROLMENT_DATE,
  OK_IMPORT_N_FIELDS
} OkImportField;

OkImportField  ok_import_field_from_header (const char    *header);
const char    *ok_import_field_get_header  (OkImportField  field);
const char    *ok_import_field_get_label   (OkImportField  field);
gboolean       ok_import_field_is_required (OkImportField  field);

#define OK_TYPE_IMPORT_MAPPING (ok_import_mapping_get_type ())
G_DECLARE_FINAL_TYPE (OkImportMapping, ok_import_mapping, OK, IMPORT_MAPPING, GObject)

OkImportMapping *ok_import_mapping_new              (const char * const *header);
OkImportMapping *ok_import_mapping_copy             (OkImportMapping    *self);

guint            ok_import_mapping_get_n_columns    (OkImportMapping    *self);
const char      *ok_import_mapping_get_column_name  (OkImportMapping    *self,
                                                     guint               column);
int              ok_import_mapping_get_column       (OkImportMapping    *self,
                                                     OkImportField       field);
OkImportField    ok_import_mapping_get_field        (OkImportMapping    *self,
                                                     guint               column);
void             ok_import_mapping_set_field        (OkImportMapping    *self,
                                                     guint               column,
                                                     OkImportField       field);
char           **ok_import_mapping_dup_unknown_columns (OkImportMapping *self);
gboolean         ok_import_mapping_check            (OkImportMapping    *self,
                                                     GError            **error);

G_END_DECLS
