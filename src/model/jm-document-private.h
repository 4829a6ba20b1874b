/* jm-document-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-document.h"

G_BEGIN_DECLS

/* The array behind a collection (@parent: the touchpoint of KPIs and
 * internal steps), or NULL with a critical for a wrong call. */
GPtrArray *jm_document_get_array  (JmDocument   *self,
                                   JmCollection  collection,
                                   gpointer      parent);
/* The index of @object in @array, or −1. */
int        jm_document_find_index (GPtrArray    *array,
                                   gpointer      object);

/* For a reader building a new document that nobody watches yet:
 * appends @object (taking a reference) to the end of its list, with no
 * JmChange and no ::changed, and without jm_document_insert()'s check
 * that the object is not in the list already, a scan per item that
 * makes loading quadratic. */
void       jm_document_append_new (JmDocument   *self,
                                   JmCollection  collection,
                                   gpointer      parent,
                                   gpointer      object);

G_END_DECLS
