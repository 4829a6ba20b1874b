/* jm-inspector-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-edit.h"
#include "jm-inspector.h"

G_BEGIN_DECLS

/* JmInspectorFields: the fields of one inspector page (or row) bound to
 * properties of one target object (an entity or the JmDocument itself).
 *
 * A user's edit becomes a document change inside a history group whose
 * merge key is "<id>:<property>", so typing in one field is one undo
 * step; focus leaving a field seals the step. jm_inspector_fields_refresh()
 * copies the model into the widgets, touching only those that differ, so
 * the field being typed in keeps its cursor, and no edit is triggered.
 *
 * Empty text is stored as NULL (absent in the file).
 */
typedef struct _JmInspectorFields JmInspectorFields;

typedef void (*JmInspectorSuggestFunc) (JmDocument *document,
                                        GPtrArray  *suggestions,
                                        gpointer    user_data);

JmInspectorFields *jm_inspector_fields_new          (void);
void               jm_inspector_fields_free         (JmInspectorFields *self);
void               jm_inspector_fields_set_target   (JmInspectorFields *self,
                                                     JmHistory         *history,
                                                     gpointer           target);
JmHistory         *jm_inspector_fields_get_history  (JmInspectorFields *self);
JmDocument        *jm_inspector_fields_get_document (JmInspectorFields *self);
gpointer           jm_inspector_fields_get_target   (JmInspectorFields *self);

/* @widget: a GtkEditable (AdwEntryRow, GtkEntry) or a GtkTextView bound
 * to a string property. */
void               jm_inspector_fields_add_text     (JmInspectorFields *self,
                                                     GtkWidget         *widget,
                                                     const char        *property,
                                                     const char        *undo_label);
/* @toggle: bound to a boolean property */
void               jm_inspector_fields_add_switch   (JmInspectorFields *self,
                                                     GtkSwitch         *toggle,
                                                     const char        *property,
                                                     const char        *undo_label);
/* Seals the history when the focus leaves @widget (for fields the page
 * binds itself). */
void               jm_inspector_fields_seal_on_leave (JmInspectorFields *self,
                                                     GtkWidget         *widget);
void               jm_inspector_fields_refresh      (JmInspectorFields *self);
/* TRUE while refresh() writes into the widgets: handlers must not edit. */
gboolean           jm_inspector_fields_is_updating  (JmInspectorFields *self);
void               jm_inspector_fields_block        (JmInspectorFields *self);
void               jm_inspector_fields_unblock      (JmInspectorFields *self);

/* A history group for an edit of @property of the target. */
void               jm_inspector_fields_begin_edit   (JmInspectorFields *self,
                                                     const char        *undo_label,
                                                     const char        *property);
void               jm_inspector_fields_end_edit     (JmInspectorFields *self);

/* Puts a menu button with suggestions into @row (an AdwEntryRow bound
 * to a text property): picking one sets the row's text. */
void               jm_inspector_add_suggestions     (AdwEntryRow            *row,
                                                     JmInspectorFields      *fields,
                                                     JmInspectorSuggestFunc  func,
                                                     gpointer                user_data);
/* Suggest functions: channels of the map and common ones; owners named
 * anywhere in the map (map owner, touchpoint and internal step owners). */
void               jm_inspector_suggest_channels    (JmDocument *document,
                                                     GPtrArray  *suggestions,
                                                     gpointer    user_data);
void               jm_inspector_suggest_owners      (JmDocument *document,
                                                     GPtrArray  *suggestions,
                                                     gpointer    user_data);

/* Rows of a collection (a boxed GtkListBox): makes the rows of @box
 * show the items of @collection in order, keeping the row of an item
 * that is still there (so it stays expanded and focused). */
typedef GtkWidget *(*JmInspectorCreateRow) (gpointer item,
                                            gpointer user_data);

void               jm_inspector_sync_rows           (GtkListBox            *box,
                                                     JmDocument            *document,
                                                     JmCollection           collection,
                                                     gpointer               parent,
                                                     JmInspectorCreateRow   create,
                                                     gpointer               user_data);
gpointer           jm_inspector_row_get_item        (GtkWidget             *row);
GtkWidget         *jm_inspector_find_row            (GtkListBox            *box,
                                                     gpointer               item);
/* Whether @change inserts, removes or moves an item of @collection of @parent */
gboolean           jm_inspector_change_is_structural (const JmChange       *change,
                                                     JmCollection           collection,
                                                     gpointer               parent);

/* Sets the text of a GtkEditable or GtkTextView (not through the model). */
void               jm_inspector_set_widget_text     (GtkWidget  *widget,
                                                     const char *text);
/* The text of a GtkEditable or GtkTextView. Free with g_free(). */
char              *jm_inspector_dup_widget_text     (GtkWidget  *widget);

/* For tests. Pages: "map", "persona", "phase", "touchpoint". Fields are
 * the ids in the page's .ui file (e.g. "title_row", "emotion_scale");
 * lists are "participants", "kpis" and "steps", their rows' fields e.g.
 * "name_row", "target_switch", "remove_button". */
const char        *jm_inspector_get_page_name       (JmInspector *self);
GtkWidget         *jm_inspector_get_field           (JmInspector *self,
                                                     const char  *name);
guint              jm_inspector_get_n_rows          (JmInspector *self,
                                                     const char  *list);
GtkWidget         *jm_inspector_get_row_field       (JmInspector *self,
                                                     const char  *list,
                                                     guint        index,
                                                     const char  *name);

G_END_DECLS
