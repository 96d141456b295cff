/* 1024-point radix-2 complex FFT benchmark, plain C99 with no board
 * dependencies: the same file builds for the host, the firmware and Wasm. */
#ifndef FFT_H
#define FFT_H

#include <stdint.h>

#define FFT_N 1024

/* Precomputes the twiddle factors and the fixed input. */
void fft_init(void);
/* Each iteration transforms the fixed input into the buffer (out of place). */
void fft_bench(int iterations);
/* FNV-1a (32-bit) over the bit patterns of the 2*FFT_N output floats, each
 * hashed as its 4 bytes least significant first. */
uint32_t fft_checksum(void);

#endif
