#!/usr/bin/env bash
# ctest tst_package: `cpack -G DEB` makes the .deb from this build folder, and the package
# holds the programs and the desktop integration, with the dependencies it must declare.
# Usage: check-package.sh BUILD_DIR WORK_DIR
set -euo pipefail
build_dir=$1
work_dir=$2
rm -rf "$work_dir"
mkdir -p "$work_dir"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work_dir" >"$work_dir/cpack.log" 2>&1 || {
    cat "$work_dir/cpack.log" >&2
    exit 1
}
shopt -s nullglob
debs=("$work_dir"/cardscope_*.deb)
[[ ${#debs[@]} -eq 1 ]] || { echo "expected one cardscope_*.deb in $work_dir, found ${#debs[@]}" >&2; exit 1; }
deb=${debs[0]}
contents=$(dpkg -c "$deb")
status=0
for path in ./usr/bin/cardscope ./usr/bin/cardscope-cli \
    ./usr/share/applications/org.cardscope.CardScope.desktop \
    ./usr/share/metainfo/org.cardscope.CardScope.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.cardscope.CardScope.svg; do
    grep -q " $path\$" <<<"$contents" || { echo "missing in the package: $path" >&2; status=1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for package in libpcsclite1 libqt6widgets6 libqt6svg6; do
    grep -q "$package" <<<"$depends" || { echo "Depends lacks $package: $depends" >&2; status=1; }
done
[[ $(dpkg-deb -f "$deb" Package) == cardscope ]] || { echo "package name is not cardscope" >&2; status=1; }
echo "$(basename "$deb"): $(wc -l <<<"$contents") entries; Depends: $depends"
exit $status
