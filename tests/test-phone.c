/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ok-phone.h"
#include "ok-test-util.h"

static void
test_dutch_mobile (void)
{
  static const char * const spellings[] = {
    "06-12345678", "06 1234 5678", "+31 6 12345678", "0031612345678", "0612345678",
    "+31612345678", "+31 (0)6 12345678", "+31 06 12345678", "06.12.34.56.78", "(06) 12345678",
    "612345678", " 06 - 123 456 78 ", "06\u00a012345678",
  };

  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    {
      g_autofree char *e164 = ok_phone_normalize (spellings[i]);

      g_assert_cmpstr (e164, ==, "+31612345678");
    }
}

static void
test_dutch_landline (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "010-1234567", "+31101234567" },
    { "010 123 45 67", "+31101234567" },
    { "+31 10 1234567", "+31101234567" },
    { "0031 20 1234567", "+31201234567" },
    { "0596-123456", "+31596123456" },
    { "088-1234567", "+31881234567" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *e164 = ok_phone_normalize (cases[i].in);

      g_assert_cmpstr (e164, ==, cases[i].out);
    }
}

static void
test_foreign (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "+32 470 12 34 56", "+32470123456" },
    { "0032 470 123456", "+32470123456" },
    { "+90 532 123 45 67", "+905321234567" },
    { "+380 67 123 4567", "+380671234567" },
    { "+297 560 1234", "+2975601234" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *e164 = ok_phone_normalize (cases[i].in);

      g_assert_cmpstr (e164, ==, cases[i].out);
    }
}

static void
test_garbage (void)
{
  static const char * const garbage[] = {
    "", "   ", "geen", "onbekend", "06-1234567", "06-123456789", "12345", "+31 6 1234567",
    "06-1234567x", "ext. 12", "+", "++31612345678", "+0612345678", "0612345678 ext 2",
    "+1234567890123456", "00", "+31", "0000000000", "06/1234/5678/9",
  };

  for (guint i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      g_autofree char *e164 = ok_phone_normalize (garbage[i]);

      if (e164 != NULL)
        g_error ("“%s” became %s", garbage[i], e164);
    }
  g_assert_null (ok_phone_normalize (NULL));
}

static void
test_can_message (void)
{
  g_assert_true (ok_phone_can_message ("+31612345678"));
  g_assert_false (ok_phone_can_message ("+31101234567"));
  g_assert_true (ok_phone_can_message ("+32470123456"));
  g_assert_false (ok_phone_can_message (NULL));
  g_assert_false (ok_phone_can_message ("0612345678"));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/phone/dutch-mobile", test_dutch_mobile);
  g_test_add_func ("/phone/dutch-landline", test_dutch_landline);
  g_test_add_func ("/phone/foreign", test_foreign);
  g_test_add_func ("/phone/garbage", test_garbage);
  g_test_add_func ("/phone/can-message", test_can_message);
  return g_test_run ();
}
