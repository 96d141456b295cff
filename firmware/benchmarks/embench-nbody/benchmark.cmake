# Embench-IoT 1.0's nbody (benchmarks/embench/embench.cmake builds it).
set(EMBENCH_MEMBER nbody)
set(EMBENCH_WASM_STACK 1024)
# benchmark_body sums bodies_energy() 100 times per pass. With sqrt a known pure
# builtin, GCC calls it once and adds the result 100 times, and clang folds its
# square roots into constants (the positions never change) and does the same:
# a pass was one sum and 100 additions (Embench issue 160; 40,660 instructions
# natively, 15,940 through wasm3 on the F746ZG). As an ordinary C library call,
# sqrt keeps the 100 energy sums, 10 square roots each, in both builds (clang
# still folds the distances' constant parts, GCC computes them: the module does
# somewhat less arithmetic a pass).
set(EMBENCH_FLAGS -fno-builtin-sqrt)
# WAMR pool per runtime: measured (README, Embench-IoT and CoreMark).
set(BENCHMARK_WASM_RUNTIME_HEAPS wamr-classic 15360 wamr-fast 16384 wamr-aot 21504)
include(${CMAKE_CURRENT_LIST_DIR}/../embench/embench.cmake)
