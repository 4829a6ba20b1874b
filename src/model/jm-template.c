/* jm-template.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-template"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-template.h"

#define MAX_PHASES 8

typedef struct
{
  const char *name;
  const char *description;
  const char *title;
  const char *persona;
  const char *persona_profile;
  const char *phases[MAX_PHASES];
} TemplateInfo;

/* Strings are marked with N_() and translated when a map is created, so
 * the phases come out in the language of the person making the map. */
static const TemplateInfo templates[JM_N_TEMPLATES] = {
  [JM_TEMPLATE_EMPTY] = {
    N_("Empty Map"),
    N_("One persona and the classic phases, ready to fill in"),
    N_("New Journey Map"),
    N_("Persona 1"),
    NULL,
    { N_("Awareness"), N_("Consideration"), N_("Purchase"), N_("Use"), N_("Service"),
      N_("Loyalty"), NULL },
  },
  [JM_TEMPLATE_B2C_ONLINE_SHOP] = {
    N_("B2C Online Shop"),
    N_("From the first ad to the repeat purchase"),
    N_("Online Shop – First Purchase"),
    N_("First-time buyer"),
    N_("Has never bought from us; compares offers on the phone"),
    { N_("Awareness"), N_("Consideration"), N_("Purchase"), N_("Delivery"), N_("Use"),
      N_("Service"), N_("Loyalty"), NULL },
  },
  [JM_TEMPLATE_B2B_MACHINE_BUILDER] = {
    N_("B2B Machine Builder"),
    N_("The core process chain from enquiry to spare parts"),
    N_("Machine Builder – Customer Journey"),
    N_("Purchasing manager"),
    N_("Buys production machines for a mid-sized manufacturer"),
    { N_("Enquiry and Offer"), N_("Order Clarification"), N_("Order Fulfilment"),
      N_("Commissioning"), N_("Service and Maintenance"), N_("Spare Parts"), NULL },
  },
  [JM_TEMPLATE_SAAS_ONBOARDING] = {
    N_("SaaS Onboarding"),
    N_("From sign-up to a team that relies on the product"),
    N_("SaaS Onboarding"),
    N_("Team admin"),
    N_("Sets the product up for a team of ten"),
    { N_("Sign-up"), N_("First Login"), N_("Setup"), N_("First Success"), N_("Team Adoption"),
      N_("Renewal"), NULL },
  },
};

const char *
jm_template_get_name (JmTemplate template)
{
  g_return_val_if_fail (template < JM_N_TEMPLATES, NULL);
  return _(templates[template].name);
}

const char *
jm_template_get_description (JmTemplate template)
{
  g_return_val_if_fail (template < JM_N_TEMPLATES, NULL);
  return _(templates[template].description);
}

JmDocument *
jm_template_create (JmTemplate template)
{
  const TemplateInfo *info;
  g_autoptr(JmDocument) document = NULL;
  g_autoptr(JmPersona) persona = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (template < JM_N_TEMPLATES, NULL);

  info = &templates[template];
  document = jm_document_new ();
  jm_document_set_title (document, _(info->title));
  jm_document_set_created (document, now);
  jm_document_set_modified (document, now);

  persona = jm_persona_new ("p1", _(info->persona));
  if (info->persona_profile != NULL)
    jm_persona_set_profile (persona, _(info->persona_profile));
  jm_document_insert (document, JM_COLLECTION_PERSONAS, NULL, persona, -1);

  for (guint i = 0; i < MAX_PHASES && info->phases[i] != NULL; i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i + 1);
      g_autoptr(JmPhase) phase = jm_phase_new (id, _(info->phases[i]));

      jm_document_insert (document, JM_COLLECTION_PHASES, NULL, phase, -1);
    }

  return g_steal_pointer (&document);
}
