/* Result protocol: each line is "@wmb " + one compact JSON object + "\n" on
 * the board's console. Keys are written in call order. */
#ifndef WMB_REPORT_H
#define WMB_REPORT_H

#include <stdint.h>

/* Starts a line with "type" and "build_id". */
void wmb_line_begin(const char *type);
void wmb_line_str(const char *key, const char *value);
void wmb_line_uint(const char *key, uint64_t value);
void wmb_line_hex32(const char *key, uint32_t value);
void wmb_line_end(void);

void wmb_report_hello(void);
void wmb_report_error(const char *message);
void wmb_report_done(int status);

#endif
