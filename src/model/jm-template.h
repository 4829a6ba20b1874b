/* jm-template.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-document.h"

G_BEGIN_DECLS

/* Starting points for a new map. Names are translated into the user's
 * language when the map is made. */
typedef enum
{
  JM_TEMPLATE_EMPTY,
  JM_TEMPLATE_B2C_ONLINE_SHOP,
  JM_TEMPLATE_B2B_MACHINE_BUILDER,
  JM_TEMPLATE_SAAS_ONBOARDING,
  JM_N_TEMPLATES
} JmTemplate;

const char *jm_template_get_name        (JmTemplate template);
const char *jm_template_get_description (JmTemplate template);
/* A new, detached document: title, phases and a first persona. */
JmDocument *jm_template_create          (JmTemplate template);

G_END_DECLS
