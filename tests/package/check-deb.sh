#!/usr/bin/env bash
# Checks the Debian package the way a distribution would before shipping it: builds it (from the
# debug binary, for speed: the layout is the same), unpacks it with dpkg-deb, runs the packaged
# binary, and validates the desktop entry, the AppStream metainfo, the icons, the manual page and
# the completions. Run by scripts/test; installs its validators when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
for package in desktop-file-utils appstream dpkg-dev; do
    dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

fail() { echo "package check: $*" >&2; exit 1; }

deb=$(scripts/package --debug | tail -1)
[ -f "$deb" ] || fail "scripts/package printed no package ($deb)"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"

control=$(dpkg-deb -f "$deb" Package Version Depends)
grep -q '^Package: tactful$' <<<"$control" || fail "control names another package: $control"
grep -q 'libxkbcommon-x11-0' <<<"$control" || fail "Depends lacks the window's run-time libraries: $control"

version=$("$unpacked/usr/bin/tactful" --version)
expected=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
grep -q "^tactful $expected (" <<<"$version" || fail "--version says \"$version\", not version $expected"
grep -q "Debian package" <<<"$version" || fail "--version does not name the packaged build: $version"

desktop-file-validate "$unpacked/usr/share/applications/tactful.desktop" || fail "desktop entry invalid"
grep -q '^Exec=tactful --show$' "$unpacked/usr/share/applications/tactful.desktop" || fail "no 'Show the phrasebook' action"
appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/*.metainfo.xml || fail "metainfo invalid"

for size in 16 24 32 48 64 128 256 512; do
    icon="$unpacked/usr/share/icons/hicolor/${size}x${size}/apps/tactful.png"
    [ -s "$icon" ] || fail "no ${size}px icon"
    read -r width height < <(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' "$icon")
    [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "${size}px icon is ${width}x${height}"
done
[ -s "$unpacked/usr/share/icons/hicolor/scalable/apps/tactful.svg" ] || fail "no scalable icon"

zcat "$unpacked/usr/share/man/man1/tactful.1.gz" | grep -q '^\.TH tactful 1' || fail "manual page missing or not roff"
grep -q 'complete' "$unpacked/usr/share/bash-completion/completions/tactful" || fail "bash completions missing"
grep -q '#compdef tactful' "$unpacked/usr/share/zsh/vendor-completions/_tactful" || fail "zsh completions missing"
grep -q 'complete -c tactful' "$unpacked/usr/share/fish/vendor_completions.d/tactful.fish" || fail "fish completions missing"
echo "package check: $(basename "$deb") is complete and valid"
