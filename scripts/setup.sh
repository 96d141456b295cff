#!/usr/bin/env bash
# Installs the Debian packages wasm-mcu-bench needs, only those missing.
# Used by both README commands and by .ci/run; --tests adds what only the tests need. Needs root (or sudo) only when something is missing.
set -euo pipefail

# command -> Debian package that provides it
declare -A need=(
  [arm-none-eabi-gcc]=gcc-arm-none-eabi
  [qemu-system-arm]=qemu-system-arm
  [cmake]=cmake
  [ninja]=ninja-build
  [valgrind]=valgrind
  [ccache]=ccache
  [gcc]=gcc
  [clang-19]=clang-19
  [wasm-ld-19]=lld-19
  [wat2wasm]=wabt
  [wasm-interp]=wabt
  [gdb-multiarch]=gdb-multiarch   # the GDB-remote flasher (QEMU stand-ins for boards in the tests)
  [sigrok-cli]=sigrok-cli         # external toggle rate (its demo driver stands in for a logic analyzer in the tests)
)
missing=()
for cmd in "${!need[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${need[$cmd]}")
done
# newlib has no command of its own: look for its nano spec file.
[ -f /usr/lib/arm-none-eabi/newlib/nano.specs ] || missing+=(libnewlib-arm-none-eabi)
# The suites' Wasm modules (Embench-IoT, CoreMark) link wasi-libc's string and math functions, and compiler-rt's builtins.
[ -f /usr/lib/wasm32-wasi/libc.a ] || missing+=(wasi-libc)
[ -f /usr/lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a ] || missing+=(libclang-rt-19-dev-wasm32)
# wamrc (WAMR's AOT compiler) builds against Debian's LLVM 19.
[ -f /usr/lib/llvm-19/lib/cmake/llvm/LLVMConfig.cmake ] || missing+=(llvm-19-dev)
[ -f /usr/lib/llvm-19/lib/cmake/clang/ClangConfig.cmake ] || missing+=(libclang-19-dev)
# Zephyr builds with Debian's Python modules (run by /usr/bin/python3), dtc and picolibc.
for dev in libzstd-dev zlib1g-dev libxml2-dev libedit-dev libffi-dev \
           python3-pyelftools python3-yaml python3-pykwalify python3-ruamel.yaml python3-dateutil \
           python3-jsonschema python3-packaging device-tree-compiler picolibc-arm-none-eabi; do
  dpkg-query -W -f='${Status}' "$dev" 2>/dev/null | grep -q 'install ok installed' || missing+=("$dev")
done

# Only the tests look at pages in a browser (the history page, the report): Debian's headless Chromium, and
# a colour emoji font, without which the report's status marks are drawn as empty boxes in the screenshots.
if [ "${1:-}" = "--tests" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  [ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
fi

mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u | sed '/^$/d')
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages for the tests and the build (dist/ itself needs none): only when missing or stale.
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
fi
