/* jm-application.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-window.h"

G_BEGIN_DECLS

#define JM_TYPE_APPLICATION (jm_application_get_type())

G_DECLARE_FINAL_TYPE (JmApplication, jm_application, JM, APPLICATION, AdwApplication)

/* Actions: app.new-window, app.quit, app.about, app.shortcuts. */

JmApplication *jm_application_new                (GApplicationFlags  extra_flags);

/* Opens @file: presents the window that already shows it, else loads it
 * into @preferred (nullable) if that has no unsaved changes, else into a
 * window that shows no map, else into a new window. */
JmWindow      *jm_application_open_file          (JmApplication     *self,
                                                  GFile             *file,
                                                  JmWindow          *preferred);
JmWindow      *jm_application_new_window         (JmApplication     *self);

/* Registers the UI's GResource (once); see src/ui/meson.build. */
void           jm_application_register_resources (void);

G_END_DECLS
