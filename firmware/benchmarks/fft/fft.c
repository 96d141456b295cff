/* Radix-2 decimation-in-time Cooley-Tukey FFT of a fixed input into an
 * interleaved buffer [re0, im0, re1, im1, ...], out of place: the bit-reversal
 * permutation reads the input, the butterflies work in the buffer. The input
 * is never overwritten, so each iteration is the transform alone, with nothing
 * to restore. Only basic IEEE operations in a fixed order (no math.h, build
 * with -ffp-contract=off), so every platform produces the same bits. */
#include "fft.h"

#include <string.h>

static float input[2 * FFT_N];
static float buffer[2 * FFT_N];
/* exp(-2 pi i k / N) for k < N/2, interleaved like the buffer. */
static float twiddle[FFT_N];

/* Taylor series up to x^17 and x^16: for 0 <= x <= pi/4 the truncation error
 * is below double rounding. */
static double sin_small(double x)
{
    double x2 = x * x;
    double s = 1.0;
    for (int k = 8; k >= 1; k--) {
        s = 1.0 - x2 / (double)((2 * k) * (2 * k + 1)) * s;
    }
    return x * s;
}

static double cos_small(double x)
{
    double x2 = x * x;
    double c = 1.0;
    for (int k = 8; k >= 1; k--) {
        c = 1.0 - x2 / (double)((2 * k - 1) * (2 * k)) * c;
    }
    return c;
}

/* cos and sin of 2 pi k / N for 0 <= k <= N/4, from arguments <= pi/4. */
static void quarter_circle(int k, double *c, double *s)
{
    const double step = 2.0 * 3.14159265358979323846 / FFT_N;
    if (k <= FFT_N / 8) {
        *c = cos_small(k * step);
        *s = sin_small(k * step);
    } else {
        *c = sin_small((FFT_N / 4 - k) * step);
        *s = cos_small((FFT_N / 4 - k) * step);
    }
}

/* Two square-ish tones from integers: exact in float and bounded. */
static void load_input(void)
{
    for (int n = 0; n < FFT_N; n++) {
        input[2 * n] = (float)((n * 7) % 16 - 8) * 0.125f + (float)((n * 3) % 64 - 32) * 0.015625f;
        input[2 * n + 1] = (float)((n * 5) % 32 - 16) * 0.03125f;
    }
}

void fft_init(void)
{
    load_input();
    for (int k = 0; k < FFT_N / 2; k++) {
        double c, s;
        if (k <= FFT_N / 4) {
            quarter_circle(k, &c, &s);
        } else {
            /* angle = pi/2 + rest: cos = -sin(rest), sin = cos(rest) */
            double rest_c, rest_s;
            quarter_circle(k - FFT_N / 4, &rest_c, &rest_s);
            c = -rest_s;
            s = rest_c;
        }
        twiddle[2 * k] = (float)c;
        twiddle[2 * k + 1] = (float)-s;
    }
}

/* buffer[rev(i)] = input[i]: the permutation the in-place algorithm does by
 * swaps, done as the load (j runs through the bit-reversed indices). */
static void bit_reverse(void)
{
    int j = 0;
    for (int i = 0; i < FFT_N; i++) {
        buffer[2 * j] = input[2 * i];
        buffer[2 * j + 1] = input[2 * i + 1];
        int bit = FFT_N >> 1;
        while (bit >= 1 && (j & bit)) {
            j ^= bit;
            bit >>= 1;
        }
        j |= bit;
    }
}

static void transform(void)
{
    bit_reverse();
    for (int size = 2, stride = FFT_N / 2; size <= FFT_N; size <<= 1, stride >>= 1) {
        int half = size >> 1;
        for (int start = 0; start < FFT_N; start += size) {
            for (int k = 0; k < half; k++) {
                float wr = twiddle[2 * k * stride], wi = twiddle[2 * k * stride + 1];
                float *a = &buffer[2 * (start + k)];
                float *b = &buffer[2 * (start + k + half)];
                float xr = b[0] * wr - b[1] * wi;
                float xi = b[0] * wi + b[1] * wr;
                b[0] = a[0] - xr;
                b[1] = a[1] - xi;
                a[0] = a[0] + xr;
                a[1] = a[1] + xi;
            }
        }
    }
}

void fft_bench(int iterations)
{
    for (int i = 0; i < iterations; i++) {
        transform();
    }
}

uint32_t fft_checksum(void)
{
    uint32_t hash = 2166136261u;
    for (int i = 0; i < 2 * FFT_N; i++) {
        uint32_t bits;
        memcpy(&bits, &buffer[i], sizeof bits);
        for (int byte = 0; byte < 4; byte++) {
            hash ^= (bits >> (8 * byte)) & 0xFFu;
            hash *= 16777619u;
        }
    }
    return hash;
}
