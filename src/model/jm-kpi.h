/* jm-kpi.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define JM_TYPE_KPI (jm_kpi_get_type())

G_DECLARE_FINAL_TYPE (JmKpi, jm_kpi, JM, KPI, GObject)

/* Properties: "name" (string), "unit" (string), "target" and "actual"
 * (double), "has-target" and "has-actual" (boolean; FALSE means the
 * member is absent in the file). The properties are independent (each
 * change has a simple inverse); jm_kpi_set_target() sets both.
 */
JmKpi      *jm_kpi_new            (const char *name);
const char *jm_kpi_get_name       (JmKpi      *self);
const char *jm_kpi_get_unit       (JmKpi      *self);
gboolean    jm_kpi_get_has_target (JmKpi      *self);
double      jm_kpi_get_target     (JmKpi      *self);
gboolean    jm_kpi_get_has_actual (JmKpi      *self);
double      jm_kpi_get_actual     (JmKpi      *self);
void        jm_kpi_set_name       (JmKpi      *self,
                                   const char *name);
void        jm_kpi_set_unit       (JmKpi      *self,
                                   const char *unit);
void        jm_kpi_set_target     (JmKpi      *self,
                                   double      target);
void        jm_kpi_unset_target   (JmKpi      *self);
void        jm_kpi_set_actual     (JmKpi      *self,
                                   double      actual);
void        jm_kpi_unset_actual   (JmKpi      *self);

G_END_DECLS
