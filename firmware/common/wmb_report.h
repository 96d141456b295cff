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
void wmb_line_bool(const char *key, int value);
void wmb_line_end(void);

void wmb_report_hello(void);
void wmb_report_error(const char *message);
void wmb_report_done(int status);

/* Append to a NUL-terminated message of capacity n, truncating: for error
 * messages built without printf. Hex is 8 lowercase digits. */
void wmb_msg_str(char *msg, uint32_t n, const char *s);
void wmb_msg_uint(char *msg, uint32_t n, uint32_t value);
void wmb_msg_hex32(char *msg, uint32_t n, uint32_t value);

#endif
