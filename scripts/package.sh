#!/usr/bin/env bash
# Builds the Linux installers: a Release build, then DEB, TGZ and (when rpmbuild is installed)
# RPM with CPack. The packages land in build/packages/. Extra arguments go to cpack
# (e.g. -G DEB).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh build
cmake --preset release
cmake --build --preset release
cpack --config build/release/CPackConfig.cmake -B build/packages "$@"
rm -rf build/packages/_CPack_Packages
ls -l build/packages
