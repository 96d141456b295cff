/* Hand-written JSON line writer: no printf, to keep flash small and honest. */
#include "wmb_report.h"

#include "wmb_board.h"

/* The GNU build-id note placed in flash by the linker script:
 * namesz, descsz, type, name (padded to 4), desc. */
extern const uint32_t __wmb_build_id[];

static void put_str(const char *s)
{
    while (*s) {
        board_putc(*s++);
    }
}

static void put_json_string(const char *s)
{
    board_putc('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') {
            board_putc('\\');
        }
        board_putc(*s);
    }
    board_putc('"');
}

static const char hex_digits[] = "0123456789abcdef";

static void put_hex(const uint8_t *bytes, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        board_putc(hex_digits[bytes[i] >> 4]);
        board_putc(hex_digits[bytes[i] & 0xF]);
    }
}

/* Decimal digits of value, least significant first; returns how many. */
static int decimal(char buf[20], uint64_t value)
{
    int i = 0;
    do {
        buf[i++] = (char)('0' + value % 10u);
        value /= 10u;
    } while (value != 0);
    return i;
}

static void put_key(const char *key)
{
    board_putc(',');
    put_json_string(key);
    board_putc(':');
}

void wmb_line_begin(const char *type)
{
    uint32_t namesz = __wmb_build_id[0];
    uint32_t descsz = __wmb_build_id[1];
    const uint8_t *desc = (const uint8_t *)&__wmb_build_id[3] + ((namesz + 3u) & ~3u);

    put_str("@wmb {\"type\":");
    put_json_string(type);
    put_key("build_id");
    board_putc('"');
    put_hex(desc, descsz);
    board_putc('"');
}

void wmb_line_str(const char *key, const char *value)
{
    put_key(key);
    put_json_string(value);
}

void wmb_line_uint(const char *key, uint64_t value)
{
    char buf[20];
    int i = decimal(buf, value);
    put_key(key);
    while (i > 0) {
        board_putc(buf[--i]);
    }
}

void wmb_line_hex32(const char *key, uint32_t value)
{
    uint8_t be[4] = {(uint8_t)(value >> 24), (uint8_t)(value >> 16), (uint8_t)(value >> 8),
                     (uint8_t)value};
    put_key(key);
    board_putc('"');
    put_hex(be, 4);
    board_putc('"');
}

void wmb_line_bool(const char *key, int value)
{
    put_key(key);
    put_str(value ? "true" : "false");
}

void wmb_line_end(void)
{
    put_str("}\n");
}

void wmb_report_hello(void)
{
    wmb_line_begin("hello");
    wmb_line_str("board", WMB_BOARD_NAME);
    wmb_line_str("target", WMB_TARGET_NAME);
    wmb_line_str("stack", WMB_STACK_NAME);
    wmb_line_str("runtime", WMB_RUNTIME_NAME);
    wmb_line_str("benchmark", WMB_BENCHMARK_NAME);
    wmb_line_str("counter", counter_unit);
    wmb_line_uint("core_hz", WMB_CORE_HZ);
    wmb_line_uint("counter_resolution", counter_scale);
    wmb_line_end();
}

void wmb_report_error(const char *message)
{
    wmb_line_begin("error");
    wmb_line_str("message", message);
    wmb_line_end();
}

void wmb_report_done(int status)
{
    wmb_line_begin("done");
    wmb_line_uint("status", (uint64_t)status);
    wmb_line_end();
}

static void msg_putc(char *msg, uint32_t n, char c)
{
    uint32_t len = 0;
    while (msg[len]) {
        len++;
    }
    if (len + 1u < n) {
        msg[len] = c;
        msg[len + 1u] = '\0';
    }
}

void wmb_msg_str(char *msg, uint32_t n, const char *s)
{
    while (*s) {
        msg_putc(msg, n, *s++);
    }
}

void wmb_msg_uint(char *msg, uint32_t n, uint32_t value)
{
    char buf[20];
    for (int i = decimal(buf, value); i > 0;) {
        msg_putc(msg, n, buf[--i]);
    }
}

void wmb_msg_hex32(char *msg, uint32_t n, uint32_t value)
{
    for (int shift = 28; shift >= 0; shift -= 4) {
        msg_putc(msg, n, hex_digits[(value >> shift) & 0xFu]);
    }
}
