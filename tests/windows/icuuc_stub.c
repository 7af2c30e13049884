/* Test-only stand-in for Windows' icuuc.dll, which Wine 8 lacks and Qt6Core.dll imports.
 *
 * Qt uses ICU only for legacy text codecs (QStringConverter for names beyond UTF-8/16/32 and
 * Latin-1). Every converter fails to open, so Qt falls back to its own codecs. Copied into
 * the Wine prefix's system32 by tests/windows/test_msi_smoke.py; never shipped. */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
typedef void UConverter;
#define U_FILE_ACCESS_ERROR 4

static void fail(UErrorCode *err) { if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }

EXPORT UConverter *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(UConverter *c) { (void)c; }
EXPORT void ucnv_reset(UConverter *c) { (void)c; }
EXPORT int8_t ucnv_getMaxCharSize(const UConverter *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return ""; }
EXPORT void ucnv_getToUCallBack(const UConverter *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXPORT void ucnv_getFromUCallBack(const UConverter *c, void **a, const void **b) { (void)c; if (a) *a = NULL; if (b) *b = NULL; }
EXPORT void ucnv_setToUCallBack(UConverter *c, void *a, const void *b, void **d, const void **e, UErrorCode *err) { (void)c; (void)a; (void)b; (void)d; (void)e; fail(err); }
EXPORT void ucnv_setFromUCallBack(UConverter *c, void *a, const void *b, void **d, const void **e, UErrorCode *err) { (void)c; (void)a; (void)b; (void)d; (void)e; fail(err); }
EXPORT void ucnv_fromUnicode(UConverter *c, char **t, const char *tl, const uint16_t **s, const uint16_t *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
EXPORT void ucnv_toUnicode(UConverter *c, uint16_t **t, const uint16_t *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)c; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(err); }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT void ucnv_cbToUWriteUChars(void *a, const uint16_t *s, int32_t l, int32_t o, UErrorCode *err) { (void)a; (void)s; (void)l; (void)o; fail(err); }
EXPORT void ucnv_cbFromUWriteUChars(void *a, const uint16_t **s, const uint16_t *sl, int32_t o, UErrorCode *err) { (void)a; (void)s; (void)sl; (void)o; fail(err); }
EXPORT int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *err) { (void)c; fail(err); return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, UErrorCode *err) { (void)n; (void)s; fail(err); return NULL; }
/* Exported as data in ICU; Qt only takes their addresses. */
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
